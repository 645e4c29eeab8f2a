using System.Text.Json;

namespace OcopMarket.Kernel.Events;

/// <summary>
/// Who may learn of an event. Consumers use it to keep tenants apart: a cooperative's managers are told of the events that
/// name their cooperative, a buyer's members of their business's, and only <see cref="Public"/> events (the catalog as any
/// shop sees it) go to integrators' webhooks registered with an API key.
/// </summary>
public sealed record EventAudience(IReadOnlyList<Guid> CooperativeIds, Guid? BuyerId = null, bool Public = false)
{
    public EventAudience() : this([]) { }

    public static EventAudience Cooperative(Guid cooperativeId, Guid? buyerId = null) => new([cooperativeId], buyerId);
    public static EventAudience Buyer(Guid buyerId) => new([], buyerId);
    /// <summary>Public catalog facts (prices, stock, listings), also told to the cooperative they belong to.</summary>
    public static EventAudience Everyone(Guid? cooperativeId = null) => new(cooperativeId is { } id ? [id] : [], null, true);
}

/// <summary>
/// One event as recorded in the outbox: <see cref="Id"/> is what a receiver deduplicates by, <see cref="Sequence"/> the
/// position in the stream, <see cref="Subject"/> the aggregate ("order:…", "product:…") whose events arrive in order.
/// </summary>
public sealed record OutboxEvent(
    Guid Id,
    long Sequence,
    string Type,
    string Subject,
    DateTimeOffset OccurredAt,
    EventAudience Audience,
    JsonElement Data);

/// <summary>
/// Something that handles the outbox's events, each exactly once, in the order they were recorded. The dispatcher
/// gives it a batch inside the transaction that moves its position past the batch: whatever it writes with that
/// transaction commits with the new position or not at all, so a crash can never handle an event twice or skip one.
/// Throwing rolls the batch back; the same events come again after <see cref="OutboxOptions.RetryAfter"/>.
/// </summary>
public interface IOutboxConsumer
{
    /// <summary>Unique and stable: the consumer's position is stored under it.</summary>
    string Name { get; }

    /// <summary>Event types this consumer handles; the others are skipped (and passed over by its position).</summary>
    bool Handles(string type);

    Task HandleAsync(IReadOnlyList<OutboxEvent> events, Npgsql.NpgsqlTransaction transaction, CancellationToken ct);
}

public sealed class OutboxOptions
{
    /// <summary>How often an idle dispatcher looks for new events, when no NOTIFY woke it first.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>Events handed to a consumer at once.</summary>
    public int BatchSize { get; set; } = 200;
    /// <summary>How long a consumer whose batch failed waits before trying the same events again.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>Off: the process records events but handles none (another process does, or a test drives it).</summary>
    public bool Dispatch { get; set; } = true;
    /// <summary>Events every consumer has handled are deleted once they are this old (webhook deliveries keep their own copy).</summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromDays(7);
}
