using Npgsql;

namespace OcopMarket.Webhooks;

public enum WebhookDeliveryStatus
{
    /// <summary>Not delivered yet; attempted (again) at nextAttemptAt.</summary>
    Pending,
    /// <summary>The receiver answered 2xx.</summary>
    Delivered,
    /// <summary>Retries ran out (Webhooks:RetryFor after the first attempt); redeliverWebhookDelivery tries again.</summary>
    Failed
}

internal sealed record WebhookAttempt(int Number, DateTimeOffset At, int? StatusCode, int DurationMs, string? Error, string? ResponseExcerpt);

internal sealed record WebhookDelivery(
    Guid Id, Guid EndpointId, Guid EventId, long EventSequence, string EventType, string Subject, string Payload,
    WebhookDeliveryStatus Status, int Attempts, int? LastStatusCode, string? LastError, DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt, DateTimeOffset CreatedAt)
{
    public IReadOnlyList<WebhookAttempt> Log { get; init; } = [];
}

internal sealed class WebhookDeliveryPayload : Payload
{
    public WebhookDelivery? Delivery { get; init; }
}

/// <summary>An endpoint's deliveries (newest event first) with their attempt logs, and manual redelivery.</summary>
internal sealed class WebhookDeliveries(NpgsqlDataSource db, DatabaseSchema schema, Viewer viewer, WebhookEndpoints endpoints,
    DeliveryWorker worker, TimeProvider clock)
{
    private const string Kind = "webhook-delivery";
    private string Deliveries => schema.Table(DeliveryTable.Name);
    private string Attempts => schema.Table(AttemptTable.Name);

    private const string Columns = "id, endpoint_id, event_id, event_seq, event_type, subject, payload, status, attempts, last_status_code, " +
                                   "last_error, next_attempt_at, delivered_at, created_at";

    public async Task<Page<WebhookDelivery>> PageAsync(Guid endpointId, int first, string? after, CancellationToken ct)
    {
        await using var command = db.CreateCommand();
        command.Parameters.AddWithValue("endpoint", endpointId);
        var condition = "";
        if (after != null)
        {
            var parts = OpaqueCursor.Decode(after, Kind, 1);
            if (!long.TryParse(parts[0], out var seq)) throw OpaqueCursor.Invalid();
            command.Parameters.AddWithValue("after", seq);
            condition = " and event_seq < @after";
        }
        command.Parameters.AddWithValue("limit", first + 1);
        command.CommandText = $"select {Columns} from {Deliveries} where endpoint_id = @endpoint{condition} order by event_seq desc limit @limit";
        var rows = await ReadAsync(command, ct);
        await AttachLogsAsync(rows, ct);
        return Page<WebhookDelivery>.FromOverfetch(rows.Select(d => (d, OpaqueCursor.Encode(Kind, d.EventSequence.ToString()))).ToList(),
            first, after != null,
            DeferredCount.Of(db, $"from {Deliveries} where endpoint_id = @endpoint", [new NpgsqlParameter("endpoint", endpointId)]));
    }

    /// <summary>
    /// Sends a delivery again now, whatever its status: the same event id and payload, a new signature. Only the endpoint's
    /// owner may; the retry window starts again.
    /// </summary>
    public async Task<WebhookDeliveryPayload> RedeliverAsync(string id, CancellationToken ct)
    {
        var (owner, denied) = WebhookOwner.Of(viewer);
        if (owner is not { } o) return new WebhookDeliveryPayload { UserErrors = [denied!] };
        var notFound = new WebhookDeliveryPayload { UserErrors = [UserError.Of(UserErrorCodes.NotFound, "No delivery of yours has this id.", "input", "id")] };
        if (!GlobalId.TryDecode(id, out var type, out var deliveryId) || type != WebhookNames.Delivery) return notFound;
        var delivery = await LoadAsync(deliveryId, ct);
        var endpoint = delivery == null ? null : await endpoints.LoadAsync(delivery.EndpointId, ct);
        if (delivery == null || endpoint == null || !o.Owns(endpoint)) return notFound;
        if (!endpoint.Enabled)
            return new WebhookDeliveryPayload { UserErrors = [UserError.Of(UserErrorCodes.InvalidTransition, "The endpoint is disabled; enable it first.", "input", "id")] };

        await using var command = db.CreateCommand($"""
            update {Deliveries} set status = 'PENDING', next_attempt_at = @now, first_attempt_at = null, leased_until = null
            where id = @id returning {Columns}
            """);
        command.Parameters.AddWithValue("id", deliveryId);
        command.Parameters.AddWithValue("now", clock.GetUtcNow());
        var rows = await ReadAsync(command, ct);
        await AttachLogsAsync(rows, ct);
        worker.Wake();
        return new WebhookDeliveryPayload { Delivery = rows.SingleOrDefault() };
    }

    private async Task<WebhookDelivery?> LoadAsync(Guid id, CancellationToken ct)
    {
        await using var command = db.CreateCommand($"select {Columns} from {Deliveries} where id = @id");
        command.Parameters.AddWithValue("id", id);
        return (await ReadAsync(command, ct)).SingleOrDefault();
    }

    private async Task AttachLogsAsync(List<WebhookDelivery> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        await using var command = db.CreateCommand(
            $"select delivery_id, number, at, status_code, duration_ms, error, response_excerpt from {Attempts} where delivery_id = any(@ids) order by number");
        command.Parameters.AddWithValue("ids", rows.Select(r => r.Id).ToArray());
        var logs = new Dictionary<Guid, List<WebhookAttempt>>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var id = reader.GetGuid(0);
                if (!logs.TryGetValue(id, out var list)) logs[id] = list = [];
                list.Add(new WebhookAttempt(reader.GetInt32(1), reader.GetFieldValue<DateTimeOffset>(2), reader.IsDBNull(3) ? null : reader.GetInt32(3),
                    reader.GetInt32(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
            }
        }
        for (var i = 0; i < rows.Count; i++) rows[i] = rows[i] with { Log = logs.GetValueOrDefault(rows[i].Id) ?? [] };
    }

    private static async Task<List<WebhookDelivery>> ReadAsync(NpgsqlCommand command, CancellationToken ct)
    {
        var list = new List<WebhookDelivery>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var status = Enum.Parse<WebhookDeliveryStatus>(reader.GetString(7), ignoreCase: true);
            list.Add(new WebhookDelivery(reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetInt64(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), status, reader.GetInt32(8), reader.IsDBNull(9) ? null : reader.GetInt32(9),
                reader.IsDBNull(10) ? null : reader.GetString(10),
                status == WebhookDeliveryStatus.Pending ? reader.GetFieldValue<DateTimeOffset>(11) : null,
                reader.IsDBNull(12) ? null : reader.GetFieldValue<DateTimeOffset>(12), reader.GetFieldValue<DateTimeOffset>(13)));
        }
        return list;
    }
}
