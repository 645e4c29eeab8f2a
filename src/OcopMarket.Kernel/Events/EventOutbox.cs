using System.Text.Json;
using System.Text.Json.Serialization;
using Marten;
using Npgsql;
using OcopMarket.Kernel.Persistence;

namespace OcopMarket.Kernel.Events;

/// <summary>
/// Records an event in the same transaction as the change it describes: queued on a Marten session (written by its
/// SaveChanges, or not at all), or written on an open <see cref="NpgsqlTransaction"/>. Each module records its own
/// events (see docs/events.md for the names and what their data holds); consumers get them through the dispatcher.
/// </summary>
public sealed class EventOutbox(DatabaseSchema schema, TimeProvider clock)
{
    /// <summary>Event data as receivers see it: camelCase, enums as their names, no nulls.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull
    };

    /// <summary>The insert with Marten's '?' placeholders (queued on a session), and with Npgsql's $1… (on a transaction).</summary>
    private readonly string queued = Insert(schema, n => "?"), positional = Insert(schema, n => "$" + n);

    private static string Insert(DatabaseSchema schema, Func<int, string> p) => $"""
        insert into {schema.Table(OutboxTable.Name)} (seq, id, tx, type, subject, occurred_at, cooperative_ids, buyer_id, public, data)
        values (nextval('{schema.Table(OutboxTable.Sequence)}'), {p(1)}::uuid, pg_current_xact_id()::text::bigint, {p(2)}, {p(3)},
                {p(4)}::timestamptz, {p(5)}::uuid[], {p(6)}::uuid, {p(7)}::boolean, {p(8)}::jsonb)
        on conflict (id) do nothing
        """;

    /// <summary>Queues the event on the session: it is written by the session's SaveChanges, in its transaction.</summary>
    /// <param name="id">Given for a fact that may be recorded more than once (a daily job): the outbox keeps the first.</param>
    public void Record(IDocumentSession session, string type, string subject, EventAudience audience, object data, Guid? id = null) =>
        session.QueueSqlCommand(queued, Values(type, subject, audience, data, id));

    /// <summary>Writes the event on the caller's open transaction.</summary>
    public Task RecordAsync(NpgsqlTransaction transaction, string type, string subject, EventAudience audience, object data,
        CancellationToken ct, Guid? id = null) =>
        RecordAsync(transaction, [new PendingEvent(type, subject, audience, data, id)], ct);

    /// <summary>Writes the events on the caller's open transaction, in one round trip.</summary>
    public async Task RecordAsync(NpgsqlTransaction transaction, IReadOnlyCollection<PendingEvent> events, CancellationToken ct)
    {
        if (events.Count == 0) return;
        await using var batch = new NpgsqlBatch(transaction.Connection, transaction);
        foreach (var e in events)
        {
            var command = new NpgsqlBatchCommand(positional);
            foreach (var value in Values(e.Type, e.Subject, e.Audience, e.Data, e.Id)) command.Parameters.Add(new NpgsqlParameter { Value = value });
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync(ct);
    }

    private object[] Values(string type, string subject, EventAudience audience, object data, Guid? id) =>
    [
        (id ?? Guid.CreateVersion7(clock.GetUtcNow())).ToString(), type, subject, clock.GetUtcNow().ToString("O"),
        "{" + string.Join(',', audience.CooperativeIds) + "}", (object?)audience.BuyerId?.ToString() ?? DBNull.Value,
        audience.Public ? "true" : "false", JsonSerializer.Serialize(data, data.GetType(), Json)
    ];
}

/// <summary>An event to write with <see cref="EventOutbox.RecordAsync(NpgsqlTransaction, IReadOnlyCollection{PendingEvent}, CancellationToken)"/>.</summary>
public sealed record PendingEvent(string Type, string Subject, EventAudience Audience, object Data, Guid? Id = null);
