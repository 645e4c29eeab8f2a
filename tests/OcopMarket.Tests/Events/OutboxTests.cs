using System.Collections.Concurrent;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using OcopMarket.Kernel.Events;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Events;

/// <summary>The outbox with its dispatcher switched off, so each test drives dispatchers of its own.</summary>
public class OutboxFixture : ApiFixture
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Events:Dispatch"] = "false" };

    public EventOutbox Outbox => App.Services.GetRequiredService<EventOutbox>();
    public IDocumentStore Store => App.Services.GetRequiredService<IDocumentStore>();
    public NpgsqlDataSource Db => App.Services.GetRequiredService<NpgsqlDataSource>();

    /// <summary>A dispatcher as another API process would run one: its own instance over the same database.</summary>
    public OutboxDispatcher Dispatcher(IOutboxConsumer consumer, int batchSize = 200) => Dispatcher([consumer], batchSize);

    public OutboxDispatcher Dispatcher(IOutboxConsumer[] consumers, int batchSize = 200, TimeSpan? keepFor = null) => new(
        Db, App.Services.GetRequiredService<DatabaseSchema>(), consumers,
        Options.Create(new OutboxOptions { BatchSize = batchSize, KeepFor = keepFor ?? TimeSpan.FromDays(7) }), TimeProvider.System,
        NullLogger<OutboxDispatcher>.Instance);

    public async Task<long> StoredAsync(string subject)
    {
        await using var command = Db.CreateCommand($"select count(*) from {Schema}.ocop_outbox where subject = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = subject });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Records events the way a module does: queued on a session, written by its SaveChanges.</summary>
    public async Task RecordAsync(string subject, params int[] numbers)
    {
        await using var session = Store.LightweightSession();
        foreach (var n in numbers) Outbox.Record(session, "test.happened", subject, new EventAudience(), new { n });
        await session.SaveChangesAsync();
    }
}

/// <summary>Keeps what it was given; may be told to fail, or to dawdle so that another dispatcher could overtake it.</summary>
public sealed class RecordingConsumer(string name = "test", Func<string, bool>? handles = null) : IOutboxConsumer
{
    public ConcurrentQueue<OutboxEvent> Handled { get; } = new();
    public int FailNext;
    public TimeSpan Dawdle = TimeSpan.Zero;

    public string Name => name;
    public bool Handles(string type) => handles?.Invoke(type) ?? type.StartsWith("test.");

    public async Task HandleAsync(IReadOnlyList<OutboxEvent> events, NpgsqlTransaction transaction, CancellationToken ct)
    {
        if (Interlocked.Exchange(ref FailNext, 0) == 1) throw new InvalidOperationException("receiver down");
        if (Dawdle > TimeSpan.Zero) await Task.Delay(Dawdle, ct);
        foreach (var e in events) Handled.Enqueue(e);
    }

    public int[] Numbers(string? subject = null) =>
        Handled.Where(e => subject == null || e.Subject == subject).Select(e => e.Data.GetProperty("n").GetInt32()).ToArray();
}

public class OutboxTests(OutboxFixture api) : IClassFixture<OutboxFixture>
{
    private static string Subject() => "test:" + Guid.NewGuid().ToString("N")[..8];

    private static async Task DrainAsync(OutboxDispatcher dispatcher, IOutboxConsumer consumer)
    {
        while (await dispatcher.DispatchOnceAsync(consumer, CancellationToken.None) > 0) { }
    }

    /// <summary>
    /// Dispatches until the consumer has <paramref name="count"/> events of the subject. An event becomes readable once
    /// every transaction older than it has ended, in the whole PostgreSQL cluster (other test fixtures' too): usually at
    /// once, but not always on the first try.
    /// </summary>
    private static async Task DeliverAsync(OutboxDispatcher dispatcher, RecordingConsumer consumer, string subject, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (consumer.Numbers(subject).Length < count && DateTime.UtcNow < deadline)
        {
            if (await dispatcher.DispatchOnceAsync(consumer, CancellationToken.None) == 0) await Task.Delay(20);
        }
        await DrainAsync(dispatcher, consumer);
    }

    [Fact]
    public async Task Events_committed_with_a_change_reach_a_consumer_once_in_order_with_their_data()
    {
        var consumer = new RecordingConsumer("once-" + Subject());
        var subject = Subject();
        await api.RecordAsync(subject, 1, 2, 3);
        await api.RecordAsync(subject, 4);
        var dispatcher = api.Dispatcher(consumer);

        await DeliverAsync(dispatcher, consumer, subject, 4);
        await DrainAsync(dispatcher, consumer);

        Assert.Equal([1, 2, 3, 4], consumer.Numbers(subject));
        var first = consumer.Handled.First(e => e.Subject == subject);
        Assert.Equal("test.happened", first.Type);
        Assert.NotEqual(Guid.Empty, first.Id);
        Assert.Equal(4, consumer.Handled.Where(e => e.Subject == subject).Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public async Task An_event_whose_change_was_rolled_back_is_never_handled()
    {
        var consumer = new RecordingConsumer("rollback-" + Subject());
        var subject = Subject();
        await using (var session = api.Store.LightweightSession())
        {
            api.Outbox.Record(session, "test.happened", subject, new EventAudience(), new { n = 1 });
            // The unit of work fails as a whole: a duplicate key in the same batch.
            api.Outbox.Record(session, "test.happened", subject, new EventAudience(), new { n = 2 });
            session.QueueSqlCommand("select 1/0");
            await Assert.ThrowsAnyAsync<Exception>(() => session.SaveChangesAsync());
        }
        await api.RecordAsync(subject, 3);

        await DeliverAsync(api.Dispatcher(consumer), consumer, subject, 1);

        Assert.Equal([3], consumer.Numbers(subject));
    }

    [Fact]
    public async Task A_consumer_that_fails_gets_the_same_events_again_and_nothing_twice()
    {
        var consumer = new RecordingConsumer("retry-" + Subject());
        var subject = Subject();
        await api.RecordAsync(subject, 1, 2);
        var dispatcher = api.Dispatcher(consumer);

        consumer.FailNext = 1;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            while (DateTime.UtcNow < deadline && await dispatcher.DispatchOnceAsync(consumer, CancellationToken.None) == 0) await Task.Delay(20);
        });
        Assert.Empty(consumer.Numbers(subject));
        await DeliverAsync(dispatcher, consumer, subject, 2);

        Assert.Equal([1, 2], consumer.Numbers(subject));
    }

    [Fact]
    public async Task Events_recorded_while_no_dispatcher_ran_are_delivered_by_the_next_one()
    {
        // What a process killed between commit and delivery leaves: committed events and a position that never moved.
        var name = "restart-" + Subject();
        var subject = Subject();
        var before = new RecordingConsumer(name);
        await DrainAsync(api.Dispatcher(before), before);
        await api.RecordAsync(subject, 1, 2, 3);

        var after = new RecordingConsumer(name);
        await DeliverAsync(api.Dispatcher(after), after, subject, 3);

        Assert.Empty(before.Numbers(subject));
        Assert.Equal([1, 2, 3], after.Numbers(subject));
    }

    [Fact]
    public async Task An_event_committed_late_is_not_skipped_by_a_position_that_moved_on()
    {
        var consumer = new RecordingConsumer("late-" + Subject());
        var subject = Subject();
        var dispatcher = api.Dispatcher(consumer);
        await DrainAsync(dispatcher, consumer);

        // A transaction takes its id and records first, but commits last.
        await using var connection = await api.Db.OpenConnectionAsync();
        await using var slow = await connection.BeginTransactionAsync();
        await api.Outbox.RecordAsync(slow, "test.happened", subject, new EventAudience(), new { n = 1 }, CancellationToken.None);
        await api.RecordAsync(subject, 2);

        await DrainAsync(dispatcher, consumer);
        Assert.Empty(consumer.Numbers(subject)); // the later event waits for the transaction still running

        await slow.CommitAsync();
        await DeliverAsync(dispatcher, consumer, subject, 2);
        Assert.Equal([1, 2], consumer.Numbers(subject));
    }

    [Fact]
    public async Task Two_dispatchers_on_one_consumer_handle_each_event_once_in_order()
    {
        var name = "pair-" + Subject();
        var consumer = new RecordingConsumer(name) { Dawdle = TimeSpan.FromMilliseconds(5) };
        var subjects = Enumerable.Range(0, 4).Select(_ => Subject()).ToArray();
        await DrainAsync(api.Dispatcher(consumer), consumer);

        // Writers and two dispatchers (as two API processes would run them) at the same time.
        var writers = subjects.Select(async s =>
        {
            for (var i = 0; i < 25; i++) await api.RecordAsync(s, 2 * i, 2 * i + 1);
        }).ToArray();
        var done = false;
        var dispatchers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            var dispatcher = api.Dispatcher(consumer, batchSize: 7);
            while (!Volatile.Read(ref done)) await DrainAsync(dispatcher, consumer);
        })).ToArray();
        await Task.WhenAll(writers);
        Volatile.Write(ref done, true);
        await Task.WhenAll(dispatchers);
        foreach (var s in subjects) await DeliverAsync(api.Dispatcher(consumer), consumer, s, 50);

        foreach (var s in subjects) Assert.Equal(Enumerable.Range(0, 50).ToArray(), consumer.Numbers(s));
        Assert.Equal(consumer.Handled.Count, consumer.Handled.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public async Task Old_events_are_deleted_once_every_consumer_has_passed_them()
    {
        var subject = Subject();
        var first = new RecordingConsumer("prune-a-" + subject);
        var second = new RecordingConsumer("prune-b-" + subject);
        await api.RecordAsync(subject, 1, 2);
        var pruner = api.Dispatcher([first, second], keepFor: TimeSpan.Zero);

        await DeliverAsync(api.Dispatcher(first), first, subject, 2);
        await pruner.PruneAsync(CancellationToken.None);
        Assert.Equal(2, await api.StoredAsync(subject)); // the second consumer has not started: it holds everything

        await DeliverAsync(api.Dispatcher(second), second, subject, 2);
        await api.RecordAsync(subject, 3);
        await DeliverAsync(api.Dispatcher(first), first, subject, 3);
        await pruner.PruneAsync(CancellationToken.None);
        Assert.Equal(1, await api.StoredAsync(subject)); // 3: the second consumer has not handled it yet

        await api.Dispatcher([first], keepFor: TimeSpan.FromDays(1)).PruneAsync(CancellationToken.None);
        Assert.Equal(1, await api.StoredAsync(subject)); // and nothing younger than KeepFor goes
    }

    [Fact]
    public async Task An_event_recorded_twice_under_one_id_is_kept_once()
    {
        var consumer = new RecordingConsumer("dedupe-" + Subject());
        var subject = Subject();
        var id = Guid.NewGuid();
        for (var i = 0; i < 2; i++)
        {
            await using var session = api.Store.LightweightSession();
            api.Outbox.Record(session, "test.happened", subject, new EventAudience(), new { n = i }, id);
            await session.SaveChangesAsync();
        }

        await DeliverAsync(api.Dispatcher(consumer), consumer, subject, 1);

        Assert.Equal([0], consumer.Numbers(subject));
    }
}

/// <summary>The API as it runs: the hosted dispatcher on, with one more consumer.</summary>
public class LiveOutboxFixture : OutboxFixture
{
    public RecordingConsumer Consumer { get; } = new("live");

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Events:PollInterval"] = "00:00:00.2" };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IOutboxConsumer>(Consumer);
}

public class LiveOutboxTests(LiveOutboxFixture api) : IClassFixture<LiveOutboxFixture>
{
    [Fact]
    public async Task The_running_API_hands_recorded_events_to_its_consumers()
    {
        var subject = "test:" + Guid.NewGuid().ToString("N")[..8];
        await api.RecordAsync(subject, 7, 8);

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (api.Consumer.Numbers(subject).Length < 2 && DateTime.UtcNow < deadline) await Task.Delay(50);

        Assert.Equal([7, 8], api.Consumer.Numbers(subject));
    }
}
