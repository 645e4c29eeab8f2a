using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Marten;
using Npgsql;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace OcopMarket.Identity;

/// <summary>
/// Operations per minute on /graphql, bound from "RateLimits". A request counts one operation, except a mutation
/// request, which counts each of its root fields (aliases included) and a bulk field by its items.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>Callers without credentials, per client IP address.</summary>
    public int AnonymousPerMinute { get; set; } = 300;
    /// <summary>Third-party shops, per API key: the higher limit that a key is for.</summary>
    public int ApiKeyPerMinute { get; set; } = 3000;
    /// <summary>Signed-in users (managers, buyers, admins), per user.</summary>
    public int UserPerMinute { get; set; } = 1200;
    /// <summary>
    /// How many items of a bulk mutation (publishProducts, verifyCertificates, setStockLevels…) count as one operation:
    /// a call with N items counts ceil(N / BulkItemsPerOperation), at least 1.
    /// </summary>
    public int BulkItemsPerOperation { get; set; } = 100;
    /// <summary>How often each API process adds its counts to the shared ones in PostgreSQL.</summary>
    public int SyncMilliseconds { get; set; } = 1000;
}

/// <summary>
/// Rate limits on /graphql shared by every API process: per API key, else user, else client IP, in fixed one-minute
/// windows of the wall clock. Each process counts in memory and refuses at once when its view of the window is full;
/// every SyncMilliseconds it adds its new counts to a shared row per caller and window and reads back the totals of
/// the callers it has seen this minute, and the first request of a caller in a window reads that caller's total. So
/// N processes allow the limit plus at most what arrives between two syncs, not N times the limit. If PostgreSQL
/// cannot be reached, each process goes on limiting on its own counts. A partition is only ever a verified key or user
/// (a made-up key cannot buy a fresh allowance) or a client IP; a request that presents a credential first takes from
/// its IP's allowance, before the credential is looked up, and gets it back when the credential is valid (see
/// <see cref="AuthenticationMiddleware"/>). Over the limit: 429, Retry-After and RATE_LIMITED.
/// </summary>
public sealed class SharedRateLimiter(NpgsqlDataSource db, DatabaseSchema schema, RateLimitOptions options, TimeProvider clock,
    ILogger<SharedRateLimiter> logger) : BackgroundService
{
    internal const string TableName = "ocop_rate_usage";

    /// <summary>One caller's window as this process sees it; Caller is the hash stored in PostgreSQL.</summary>
    private sealed class Window(string caller, long minute)
    {
        public string Caller { get; } = caller;
        public long Minute { get; } = minute;
        public int Shared; // total in PostgreSQL when last read (this process's synced counts included)
        public int Pending; // counted here since then
        public volatile bool Loaded;
    }

    private readonly ConcurrentDictionary<(string Partition, long Minute), Window> windows = new();

    internal static Table DefineTable(string schemaName)
    {
        var table = new Table(new PostgresqlObjectName(schemaName, TableName));
        // A hash of the partition (never an IP address or a key id in the clear) and the minute since the Unix epoch.
        table.AddColumn<string>("caller").AsPrimaryKey();
        table.AddColumn<long>("minute").AsPrimaryKey();
        table.AddColumn<int>("count").NotNull().DefaultValue(0);
        return table;
    }

    /// <summary>Takes operations (one request's worth by default) from the caller's allowance; false with the time to wait
    /// when it is spent (then nothing is taken).</summary>
    public async ValueTask<(bool Allowed, TimeSpan RetryAfter)> TryTakeAsync(string partition, int perMinute, CancellationToken ct, int count = 1)
    {
        var now = clock.GetUtcNow();
        var minute = now.ToUnixTimeSeconds() / 60;
        var window = windows.GetOrAdd((partition, minute), key => new Window(Hash(key.Partition), key.Minute));
        if (!window.Loaded) await LoadAsync(window, ct);
        // Lock-free: every request of a busy caller goes through the same window.
        var pending = Interlocked.Add(ref window.Pending, count);
        if (Volatile.Read(ref window.Shared) + pending <= perMinute) return (true, TimeSpan.Zero);
        Interlocked.Add(ref window.Pending, -count);
        return (false, DateTimeOffset.FromUnixTimeSeconds((minute + 1) * 60) - now);
    }

    /// <summary>
    /// Gives back one request taken from the caller this minute: a credential that turned out valid counts against its
    /// own key or user, not its IP. (A refund that lands just after the minute changed gives that window one extra.)
    /// </summary>
    public void Refund(string partition)
    {
        var minute = clock.GetUtcNow().ToUnixTimeSeconds() / 60;
        if (windows.TryGetValue((partition, minute), out var window)) Interlocked.Decrement(ref window.Pending);
    }

    /// <summary>Raises the window's shared count to at least this total (totals only grow within a window).</summary>
    private static void RaiseShared(Window window, int total)
    {
        var seen = Volatile.Read(ref window.Shared);
        while (total > seen)
        {
            var before = Interlocked.CompareExchange(ref window.Shared, total, seen);
            if (before == seen) return;
            seen = before;
        }
    }

    private async Task LoadAsync(Window window, CancellationToken ct)
    {
        try
        {
            await using var command = db.CreateCommand($"select count from {schema.Table(TableName)} where caller = $1 and minute = $2");
            command.Parameters.Add(new NpgsqlParameter { Value = window.Caller });
            command.Parameters.Add(new NpgsqlParameter { Value = window.Minute });
            RaiseShared(window, await command.ExecuteScalarAsync(ct) is int n ? n : 0);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            logger.LogWarning(e, "Rate limits: shared counts unavailable; limiting on this process's counts");
        }
        window.Loaded = true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(50, options.SyncMilliseconds)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SyncAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Never let the loop die (that would stop the host): the next tick tries again.
                logger.LogWarning(e, "Rate limits: could not share counts; limiting on this process's counts");
            }
        }
    }

    /// <summary>
    /// Adds every window's pending count to the shared rows, then reads the totals of this minute's windows back (other
    /// processes' requests included); forgets past minutes.
    /// </summary>
    public async Task SyncAsync(CancellationToken ct)
    {
        var minute = clock.GetUtcNow().ToUnixTimeSeconds() / 60;
        foreach (var old in windows.Keys.Where(k => k.Minute < minute)) windows.TryRemove(old, out _);

        var batch = new List<(Window Window, int Count)>();
        foreach (var window in windows.Values)
        {
            // Moved from pending to shared in two steps: a request in between may see one count short, no more.
            var taken = Interlocked.Exchange(ref window.Pending, 0);
            if (taken == 0) continue;
            Interlocked.Add(ref window.Shared, taken); // until the total comes back
            batch.Add((window, taken));
        }
        if (batch.Count > 0)
        {
            await using var add = db.CreateCommand($"""
                insert into {schema.Table(TableName)} as u (caller, minute, count)
                select * from unnest($1::text[], $2::bigint[], $3::int[])
                on conflict (caller, minute) do update set count = u.count + excluded.count
                """);
            add.Parameters.Add(new NpgsqlParameter { Value = batch.Select(b => b.Window.Caller).ToArray() });
            add.Parameters.Add(new NpgsqlParameter { Value = batch.Select(b => b.Window.Minute).ToArray() });
            add.Parameters.Add(new NpgsqlParameter { Value = batch.Select(b => b.Count).ToArray() });
            await add.ExecuteNonQueryAsync(ct);
        }

        var current = windows.Values.Where(w => w.Minute == minute).ToDictionary(w => w.Caller);
        if (current.Count > 0)
        {
            await using var read = db.CreateCommand($"select caller, count from {schema.Table(TableName)} where minute = $1 and caller = any($2)");
            read.Parameters.Add(new NpgsqlParameter { Value = minute });
            read.Parameters.Add(new NpgsqlParameter { Value = current.Keys.ToArray() });
            await using var reader = await read.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                if (!current.TryGetValue(reader.GetString(0), out var window)) continue;
                RaiseShared(window, reader.GetInt32(1));
            }
        }

        // Rows of windows that ended are no use to anyone: each process clears them once a minute.
        if (cleanedUpTo == minute) return;
        await using var cleanup = db.CreateCommand($"delete from {schema.Table(TableName)} where minute < $1");
        cleanup.Parameters.Add(new NpgsqlParameter { Value = minute - 1 });
        await cleanup.ExecuteNonQueryAsync(ct);
        cleanedUpTo = minute;
    }

    private long cleanedUpTo;

    private static string Hash(string partition) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(partition)))[..32];
}

public static class RateLimiting
{
    public static IServiceCollection AddOcopRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection("RateLimits").Get<RateLimitOptions>() ?? new RateLimitOptions());
        services.AddSingleton<SharedRateLimiter>();
        services.AddHostedService(sp => sp.GetRequiredService<SharedRateLimiter>());
        services.ConfigureMarten(options => options.Storage.ExtendedSchemaObjects.Add(SharedRateLimiter.DefineTable(options.DatabaseSchemaName)));
        return services;
    }
}
