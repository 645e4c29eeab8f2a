using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Npgsql;
using OcopMarket.Identity.Model;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace OcopMarket.Identity;

/// <summary>
/// Where a request comes from, for throttling guesses: the TCP peer address, as the rate limiter uses it (no forwarded
/// header is trusted, so a client cannot pick its own). An IPv6 client is counted by its /64, the block a single
/// host usually holds, so it cannot get a fresh allowance by changing its address.
/// </summary>
public sealed record ClientSource(string Key)
{
    public static ClientSource Of(IPAddress? address)
    {
        if (address == null) return new ClientSource("unknown");
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return new ClientSource(address.ToString());
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new ClientSource(new IPAddress(bytes) + "/64");
    }
}

/// <summary>
/// The failure counts of <see cref="LockoutPolicy"/>, shared by every API process in the table ocop_login_failures.
/// Keys are SHA-256 hashes (the table holds no e-mail or address in the clear), and the same keys are counted whether
/// or not an account exists for the e-mail, so the answers never tell. Both keys of an attempt are locked and
/// updated in one transaction, in key order so that two attempts never wait on each other in a circle.
/// </summary>
public sealed class LoginThrottle(NpgsqlDataSource db, DatabaseSchema schema, IOptions<LockoutPolicy> options, TimeProvider clock)
{
    internal const string TableName = "ocop_login_failures";

    private LockoutPolicy Policy => options.Value;

    internal static Table DefineTable(string schemaName)
    {
        var table = new Table(new PostgresqlObjectName(schemaName, TableName));
        table.AddColumn<string>("key").AsPrimaryKey();
        table.AddColumn<int>("failures").NotNull().DefaultValue(0);
        table.AddColumn("locked_until", "timestamptz");
        table.AddColumn("last_failure", "timestamptz");
        return table;
    }

    private static string PairKey(string email, ClientSource source) => Hash("pair\n" + User.NormalizeEmail(email) + "\n" + source.Key);
    private static string SourceKey(ClientSource source) => Hash("source\n" + source.Key);
    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Counts a password attempt for this e-mail from this source; refused (counting nothing) while either is locked.</summary>
    public Task<TimeSpan?> AdmitAsync(string email, ClientSource source, CancellationToken ct) =>
        AdmitAsync([(PairKey(email, source), Policy.MaxFailures), (SourceKey(source), Policy.SourceMaxFailures)], ct);

    /// <summary>Counts a failure-prone attempt of the source alone (a registration that might hit an e-mail in use).</summary>
    public Task<TimeSpan?> AdmitSourceAsync(ClientSource source, CancellationToken ct) =>
        AdmitAsync([(SourceKey(source), Policy.SourceMaxFailures)], ct);

    /// <summary>The right password: the e-mail's count from this source is cleared, the source's takes back this attempt.</summary>
    public Task SucceededAsync(string email, ClientSource source, CancellationToken ct) =>
        ChangeAsync([PairKey(email, source), SourceKey(source)], rows =>
        {
            rows[0] = rows[0] with { Count = FailureCount.None };
            rows[1] = rows[1] with { Count = LockoutPolicy.TakeBack(rows[1].Count) };
        }, create: false, ct);

    /// <summary>An admitted source attempt that turned out not to be a failure (the e-mail was free).</summary>
    public Task TakeBackSourceAsync(ClientSource source, CancellationToken ct) =>
        ChangeAsync([SourceKey(source)], rows =>
            rows[0] = rows[0] with { Count = LockoutPolicy.TakeBack(rows[0].Count) }, create: false, ct);

    private async Task<TimeSpan?> AdmitAsync((string Key, int Max)[] keys, CancellationToken ct)
    {
        TimeSpan? refused = null;
        var now = clock.GetUtcNow();
        await ChangeAsync(keys.Select(k => k.Key).ToArray(), rows =>
        {
            var next = new FailureCount[rows.Length];
            for (var i = 0; i < rows.Length; i++)
            {
                var (retryAfter, count) = Policy.Admit(rows[i].Count, keys[i].Max, now);
                if (retryAfter > refused.GetValueOrDefault()) refused = retryAfter;
                next[i] = count;
            }
            // Refused by either key: nothing is counted, so hammering a lock neither extends nor escalates it.
            if (refused != null) return;
            for (var i = 0; i < rows.Length; i++) rows[i] = rows[i] with { Count = next[i] };
        }, create: true, ct);
        return refused;
    }

    private sealed record Row(string Key, FailureCount Count);

    /// <summary>
    /// Locks the rows of these keys, lets change rewrite them, and saves what changed. Missing rows are created empty
    /// when counting (create), so that a first attempt is locked too; a success or take-back has nothing to undo there.
    /// </summary>
    private async Task ChangeAsync(string[] keys, Action<Row[]> change, bool create, CancellationToken ct)
    {
        var table = schema.Table(TableName);
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var ordered = keys.Order(StringComparer.Ordinal).ToArray();
        if (create)
        {
            await using var ensure = new NpgsqlCommand(
                $"insert into {table} (key) select unnest($1::text[]) on conflict (key) do nothing", connection, transaction);
            ensure.Parameters.Add(new NpgsqlParameter { Value = ordered });
            await ensure.ExecuteNonQueryAsync(ct);
        }
        var found = new Dictionary<string, FailureCount>();
        await using (var select = new NpgsqlCommand(
            $"select key, failures, locked_until, last_failure from {table} where key = any($1) order by key for update", connection, transaction))
        {
            select.Parameters.Add(new NpgsqlParameter { Value = ordered });
            await using var reader = await select.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                found[reader.GetString(0)] = new FailureCount(reader.GetInt32(1),
                    reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2),
                    reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3));
        }

        var rows = keys.Select(k => new Row(k, found.GetValueOrDefault(k, FailureCount.None))).ToArray();
        var before = rows.ToArray();
        change(rows);
        var changed = rows.Where((row, i) => row != before[i]).ToArray();
        if (changed.Length > 0)
        {
            await using var update = new NpgsqlCommand($"""
                update {table} as t set failures = c.failures, locked_until = c.locked_until, last_failure = c.last_failure
                from unnest($1::text[], $2::int[], $3::timestamptz[], $4::timestamptz[]) as c(key, failures, locked_until, last_failure)
                where t.key = c.key
                """, connection, transaction);
            update.Parameters.Add(new NpgsqlParameter { Value = changed.Select(r => r.Key).ToArray() });
            update.Parameters.Add(new NpgsqlParameter { Value = changed.Select(r => r.Count.Failures).ToArray() });
            update.Parameters.Add(new NpgsqlParameter { Value = changed.Select(r => r.Count.LockedUntil).ToArray() });
            update.Parameters.Add(new NpgsqlParameter { Value = changed.Select(r => r.Count.LastFailure).ToArray() });
            await update.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }

    /// <summary>Deletes counts whose last failure is older than ForgetHours (they would count as nothing anyway).</summary>
    public async Task PurgeAsync(CancellationToken ct)
    {
        await using var command = db.CreateCommand($"delete from {schema.Table(TableName)} where last_failure is null or last_failure < $1");
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow().AddHours(-Policy.ForgetHours) });
        await command.ExecuteNonQueryAsync(ct);
    }
}
