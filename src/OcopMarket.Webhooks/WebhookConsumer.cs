using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using OcopMarket.Identity;
using OcopMarket.Kernel.Events;

namespace OcopMarket.Webhooks;

/// <summary>
/// The outbox consumer "webhooks": for each event, one delivery per enabled endpoint that subscribed to its type and may
/// see it (an API key's endpoints only public events, and only while the key is not revoked; an admin's while the user is an admin), written in the dispatcher's transaction, so each event becomes
/// each endpoint's delivery exactly once whatever the number of processes. The payload is frozen here.
/// </summary>
internal sealed class WebhookConsumer(DatabaseSchema schema, TimeProvider clock, DeliveryWorker worker) : IOutboxConsumer
{
    public string Name => "webhooks";

    public bool Handles(string type) => WebhookEventTypes.IsKnown(type);

    public async Task HandleAsync(IReadOnlyList<OutboxEvent> events, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var endpoints = new List<(Guid Id, string[] Events, bool PublicOnly)>();
        await using (var read = new NpgsqlCommand(
            $"""
            select e.id, e.events, e.public_only from {schema.Table(EndpointTable.Name)} e
            where e.enabled and (e.owner_api_key_id in {IdentityRows.ActiveApiKeys(schema)} or e.owner_user_id in {IdentityRows.Admins(schema)})
            """, transaction.Connection, transaction))
        await using (var reader = await read.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) endpoints.Add((reader.GetGuid(0), reader.GetFieldValue<string[]>(1), reader.GetBoolean(2)));
        }
        if (endpoints.Count == 0) return;

        var now = clock.GetUtcNow();
        var ids = new List<Guid>();
        var endpointIds = new List<Guid>();
        var eventIds = new List<Guid>();
        var seqs = new List<long>();
        var types = new List<string>();
        var subjects = new List<string>();
        var payloads = new List<string>();
        foreach (var e in events)
        {
            string? payload = null;
            foreach (var endpoint in endpoints)
            {
                if (!endpoint.Events.Contains(e.Type) || (endpoint.PublicOnly && !e.Audience.Public)) continue;
                ids.Add(Guid.CreateVersion7(now));
                endpointIds.Add(endpoint.Id);
                eventIds.Add(e.Id);
                seqs.Add(e.Sequence);
                types.Add(e.Type);
                subjects.Add(e.Subject);
                payloads.Add(payload ??= Payload(e));
            }
        }
        if (ids.Count == 0) return;

        await using var insert = new NpgsqlCommand($"""
            insert into {schema.Table(DeliveryTable.Name)}
              (id, endpoint_id, event_id, event_seq, event_type, subject, payload, status, attempts, next_attempt_at, created_at)
            select u.id, u.endpoint_id, u.event_id, u.event_seq, u.event_type, u.subject, u.payload, 'PENDING', 0, @now, @now
            from unnest(@ids, @endpoints, @events, @seqs, @types, @subjects, @payloads)
              as u(id, endpoint_id, event_id, event_seq, event_type, subject, payload)
            on conflict (endpoint_id, event_id) do nothing
            """, transaction.Connection, transaction);
        insert.Parameters.AddWithValue("now", now);
        insert.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = ids.ToArray() });
        insert.Parameters.Add(new NpgsqlParameter("endpoints", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = endpointIds.ToArray() });
        insert.Parameters.Add(new NpgsqlParameter("events", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = eventIds.ToArray() });
        insert.Parameters.Add(new NpgsqlParameter("seqs", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = seqs.ToArray() });
        insert.Parameters.Add(new NpgsqlParameter("types", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = types.ToArray() });
        insert.Parameters.Add(new NpgsqlParameter("subjects", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = subjects.ToArray() });
        insert.Parameters.Add(new NpgsqlParameter("payloads", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = payloads.ToArray() });
        await insert.ExecuteNonQueryAsync(ct);
        // The rows are visible once the dispatcher commits, a moment after this returns.
        worker.WakeSoon();
    }

    /// <summary>Vietnamese as UTF-8, not \u escapes: the body is JSON for programs, never HTML.</summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>What a receiver gets: { id, type, occurredAt, subject, data }, data as the module recorded it.</summary>
    internal static string Payload(OutboxEvent e)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("id", e.Id);
            json.WriteString("type", e.Type);
            json.WriteString("occurredAt", e.OccurredAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'"));
            json.WriteString("subject", e.Subject);
            json.WritePropertyName("data");
            e.Data.WriteTo(json);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
