using System.Diagnostics;
using Marten;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using OcopMarket.Infrastructure;
using OcopMarket.Kernel.Events;
using OcopMarket.Kernel.Persistence;

namespace OcopMarket.Bench;

/// <summary>
/// ./bench.sh --events N: the outbox's own costs, in a schema of its own (bench_events, dropped first). Records N events
/// through EventOutbox on Marten sessions (one per session, as a mutation does, and a hundred per session), then lets
/// dispatchers hand them to consumers: one that does nothing (the dispatcher's own cost), one that inserts a row per
/// event in the dispatch transaction (what the notifications consumer does), and two dispatchers side by side on two
/// consumers (two processes). Prints events per second and this process's CPU milliseconds per event.
/// </summary>
internal static class EventsBench
{
    public static async Task<int> RunAsync(BenchOptions options, CancellationToken ct)
    {
        const string schema = "bench_events";
        await using (var drop = new NpgsqlConnection(options.ConnectionString))
        {
            await drop.OpenAsync(ct);
            await new NpgsqlCommand($"drop schema if exists {schema} cascade", drop).ExecuteNonQueryAsync(ct);
        }
        await using var app = OcopApp.Build(["--urls", "http://127.0.0.1:0"], builder =>
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Marten"] = options.ConnectionString,
                ["Marten:Schema"] = schema,
                ["Seed:Load"] = "false",
                ["Events:Dispatch"] = "false",
                ["Logging:LogLevel:Default"] = "Warning",
            }));
        var store = app.Services.GetRequiredService<IDocumentStore>();
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var outbox = app.Services.GetRequiredService<EventOutbox>();
        var db = app.Services.GetRequiredService<NpgsqlDataSource>();
        await using (var table = db.CreateCommand($"create table {schema}.bench_handled (id uuid primary key, type text not null)"))
            await table.ExecuteNonQueryAsync(ct);

        var n = options.Events;
        var rows = new List<string> { "| step | events | seconds | events/s | client CPU ms/event |", "|---|---:|---:|---:|---:|" };
        void Row(string step, int count, Stopwatch clock, TimeSpan cpu) =>
            rows.Add($"| {step} | {count:N0} | {clock.Elapsed.TotalSeconds:0.00} | {count / clock.Elapsed.TotalSeconds:N0} | {(cpu.TotalMilliseconds / count):0.000} |");

        // Recording: the cost a change pays for its event (4 writers, as concurrent requests would).
        foreach (var perSession in new[] { 1, 100 })
        {
            var count = perSession == 1 ? Math.Min(n, 5000) : n;
            var (clock, cpu) = await Measure(() => Task.WhenAll(Enumerable.Range(0, 4).Select(async w =>
            {
                for (var done = w * perSession; done < count; done += 4 * perSession)
                {
                    await using var session = store.LightweightSession();
                    for (var i = 0; i < perSession; i++)
                        outbox.Record(session, "bench.happened", $"bench:{(done + i) % 97}", EventAudience.Everyone(), new { n = done + i, sku = "SKU-" + i });
                    await session.SaveChangesAsync(ct);
                }
            })));
            Row($"record, {perSession} per session, 4 writers", count, clock, cpu);
        }
        var total = Math.Min(n, 5000) + n;

        var schemaName = app.Services.GetRequiredService<DatabaseSchema>();
        OutboxDispatcher Dispatcher(IOutboxConsumer consumer) => new(db, schemaName, [consumer], Options.Create(new OutboxOptions { BatchSize = 200 }),
            TimeProvider.System, NullLogger<OutboxDispatcher>.Instance);
        async Task Drain(IOutboxConsumer consumer)
        {
            var dispatcher = Dispatcher(consumer);
            while (await dispatcher.DispatchOnceAsync(consumer, ct) > 0) { }
        }

        var idle = new BenchConsumer("bench-nothing", null);
        var (c1, u1) = await Measure(() => Drain(idle));
        Row("dispatch to a consumer that does nothing", idle.Count, c1, u1);

        var writing = new BenchConsumer("bench-rows", $"{schema}.bench_handled");
        var (c2, u2) = await Measure(() => Drain(writing));
        Row("dispatch to a consumer writing a row per event", writing.Count, c2, u2);

        var left = new BenchConsumer("bench-left", null);
        var right = new BenchConsumer("bench-right", null);
        var (c3, u3) = await Measure(() => Task.WhenAll(Drain(left), Drain(right)));
        Row("two dispatchers, two consumers at once (events handed out)", left.Count + right.Count, c3, u3);

        if (idle.Count != total || writing.Count != total || left.Count != total || right.Count != total)
        {
            Console.Error.WriteLine($"expected {total} events per consumer, got {idle.Count}, {writing.Count}, {left.Count}, {right.Count}");
            return 1;
        }
        Console.WriteLine(string.Join('\n', rows));
        return 0;
    }

    private static async Task<(Stopwatch, TimeSpan)> Measure(Func<Task> work)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await work();
        clock.Stop();
        return (clock, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    private sealed class BenchConsumer(string name, string? table) : IOutboxConsumer
    {
        public int Count;
        public string Name => name;
        public bool Handles(string type) => true;

        public async Task HandleAsync(IReadOnlyList<OutboxEvent> events, NpgsqlTransaction transaction, CancellationToken ct)
        {
            if (table != null)
            {
                await using var insert = new NpgsqlCommand($"insert into {table} (id, type) select * from unnest($1::uuid[], $2::text[])",
                    transaction.Connection, transaction);
                insert.Parameters.Add(new NpgsqlParameter { Value = events.Select(e => e.Id).ToArray() });
                insert.Parameters.Add(new NpgsqlParameter { Value = events.Select(e => e.Type).ToArray() });
                await insert.ExecuteNonQueryAsync(ct);
            }
            Count += events.Count;
        }
    }
}
