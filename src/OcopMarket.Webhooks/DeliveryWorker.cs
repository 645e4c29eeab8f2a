using Microsoft.Extensions.Options;
using Npgsql;
using OcopMarket.Kernel.Events;

namespace OcopMarket.Webhooks;

/// <summary>A delivery claimed for one attempt.</summary>
internal sealed record ClaimedDelivery(Guid Id, Guid EndpointId, string Url, int SecretVersion, Guid EventId, string EventType,
    string Payload, int Attempt, DateTimeOffset FirstAttemptAt);

/// <summary>
/// Posts due deliveries, in every API process. A claim takes due rows with <c>FOR UPDATE SKIP LOCKED</c> and leases them
/// (Webhooks:Lease), so two processes never post the same delivery at once, and one whose process died is posted again
/// once the lease ends. A delivery waits while an earlier delivery of the same subject to the same endpoint is pending,
/// so a receiver gets one subject's events in order. 2xx: delivered. Otherwise the next attempt comes after
/// FirstRetryAfter × 2^(n-1) (at most MaxRetryInterval), until RetryFor after the first attempt; then FAILED. An endpoint
/// with failures and no success for DisableAfter is disabled, and the event webhook_endpoint.disabled recorded.
/// </summary>
internal sealed class DeliveryWorker(NpgsqlDataSource db, DatabaseSchema schema, WebhookSender sender, EventOutbox outbox,
    IOptions<WebhookOptions> options, TimeProvider clock, ILogger<DeliveryWorker> logger) : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0);
    private WebhookOptions Options => options.Value;
    private string Endpoints => schema.Table(EndpointTable.Name);
    private string Deliveries => schema.Table(DeliveryTable.Name);
    private string Attempts => schema.Table(AttemptTable.Name);

    /// <summary>Looks for due deliveries shortly (after the transaction that created them has committed).</summary>
    public void WakeSoon() => _ = Task.Delay(50).ContinueWith(_ => Wake(), TaskScheduler.Default);

    public void Wake()
    {
        if (_wake.CurrentCount == 0) _wake.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Options.Deliver) return;
        var running = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            running.RemoveAll(t => t.IsCompleted);
            var free = Options.Concurrency - running.Count;
            var claimed = 0;
            try
            {
                if (free > 0)
                {
                    foreach (var delivery in await ClaimAsync(free, stoppingToken))
                    {
                        running.Add(AttemptAsync(delivery, stoppingToken));
                        claimed++;
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Claiming webhook deliveries failed; trying again in {Delay}", Options.PollInterval);
            }
            if (free > 0 && claimed == free) continue; // more may be due at once
            var waits = new List<Task>(running) { _wake.WaitAsync(Options.PollInterval, stoppingToken) };
            try
            {
                await Task.WhenAny(waits);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        try
        {
            await Task.WhenAll(running);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Takes up to <paramref name="limit"/> due deliveries of enabled endpoints for one attempt each.</summary>
    public async Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync(int limit, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var command = db.CreateCommand($"""
            update {Deliveries} d set leased_until = @lease, attempts = d.attempts + 1, first_attempt_at = coalesce(d.first_attempt_at, @now)
            from {Endpoints} e
            where e.id = d.endpoint_id and d.id in (
              select c.id from {Deliveries} c join {Endpoints} ce on ce.id = c.endpoint_id and ce.enabled
              where c.status = 'PENDING' and c.next_attempt_at <= @now and (c.leased_until is null or c.leased_until <= @now)
                and not exists (select 1 from {Deliveries} p where p.endpoint_id = c.endpoint_id and p.subject = c.subject
                                and p.status = 'PENDING' and p.event_seq < c.event_seq)
              order by c.next_attempt_at, c.event_seq
              limit @limit
              for update of c skip locked)
            returning d.id, d.endpoint_id, e.url, e.secret_version, d.event_id, d.event_type, d.payload, d.attempts, d.first_attempt_at
            """);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("lease", now + Options.Lease);
        command.Parameters.AddWithValue("limit", limit);
        var claimed = new List<ClaimedDelivery>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            claimed.Add(new ClaimedDelivery(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetInt32(3), reader.GetGuid(4),
                reader.GetString(5), reader.GetString(6), reader.GetInt32(7), reader.GetFieldValue<DateTimeOffset>(8)));
        }
        return claimed;
    }

    private async Task AttemptAsync(ClaimedDelivery delivery, CancellationToken ct)
    {
        try
        {
            var at = clock.GetUtcNow();
            var result = await sender.PostAsync(delivery.EndpointId, delivery.SecretVersion, delivery.Url, delivery.EventId, delivery.EventType,
                delivery.Payload, delivery.Attempt, ct);
            await RecordAsync(delivery, at, result, CancellationToken.None);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping: the lease runs out and another process (or this one, restarted) posts it again.
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Webhook delivery {Delivery} could not be recorded; it is attempted again after its lease", delivery.Id);
        }
    }

    /// <summary>Writes the attempt to the log and decides what comes next, for the delivery and for its endpoint.</summary>
    internal async Task RecordAsync(ClaimedDelivery delivery, DateTimeOffset at, AttemptResult result, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var log = new NpgsqlCommand($"""
            insert into {Attempts} (delivery_id, number, at, status_code, duration_ms, error, response_excerpt)
            values (@id, @number, @at, @status, @duration, @error, @excerpt) on conflict do nothing
            """, connection, transaction))
        {
            log.Parameters.AddWithValue("id", delivery.Id);
            log.Parameters.AddWithValue("number", delivery.Attempt);
            log.Parameters.AddWithValue("at", at);
            log.Parameters.AddWithValue("status", (object?)result.StatusCode ?? DBNull.Value);
            log.Parameters.AddWithValue("duration", result.DurationMs);
            log.Parameters.AddWithValue("error", (object?)result.Error ?? DBNull.Value);
            log.Parameters.AddWithValue("excerpt", (object?)result.ResponseExcerpt ?? DBNull.Value);
            await log.ExecuteNonQueryAsync(ct);
        }

        string status;
        var next = now;
        if (result.Delivered) status = "DELIVERED";
        else
        {
            next = now + WebhookRules.RetryDelay(delivery.Attempt, Options.FirstRetryAfter, Options.MaxRetryInterval);
            status = next > delivery.FirstAttemptAt + Options.RetryFor ? "FAILED" : "PENDING";
        }
        await using (var update = new NpgsqlCommand($"""
            update {Deliveries} set status = @status, next_attempt_at = @next, leased_until = null, last_status_code = @code,
              last_error = @error, delivered_at = case when @status = 'DELIVERED' then @now else delivered_at end
            where id = @id
            """, connection, transaction))
        {
            update.Parameters.AddWithValue("id", delivery.Id);
            update.Parameters.AddWithValue("status", status);
            update.Parameters.AddWithValue("next", next);
            update.Parameters.AddWithValue("now", now);
            update.Parameters.AddWithValue("code", (object?)result.StatusCode ?? DBNull.Value);
            update.Parameters.AddWithValue("error", (object?)(result.Error ?? (result.Delivered ? null : $"HTTP {result.StatusCode}")) ?? DBNull.Value);
            await update.ExecuteNonQueryAsync(ct);
        }

        if (result.Delivered)
        {
            await using var success = new NpgsqlCommand(
                $"update {Endpoints} set last_success_at = @now, failing_since = null where id = @id", connection, transaction);
            success.Parameters.AddWithValue("id", delivery.EndpointId);
            success.Parameters.AddWithValue("now", now);
            await success.ExecuteNonQueryAsync(ct);
        }
        else await FailedAsync(delivery.EndpointId, now, transaction, ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Marks the endpoint failing since now (unless it already was), and disables it once that is DisableAfter ago.</summary>
    private async Task FailedAsync(Guid endpointId, DateTimeOffset now, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var reason = $"No delivery succeeded for {Hours(Options.DisableAfter)} while deliveries failed.";
        await using var failing = new NpgsqlCommand($"""
            update {Endpoints} set failing_since = coalesce(failing_since, @now)
            where id = @id returning failing_since, enabled, url
            """, transaction.Connection, transaction);
        failing.Parameters.AddWithValue("id", endpointId);
        failing.Parameters.AddWithValue("now", now);
        DateTimeOffset since;
        string url;
        await using (var reader = await failing.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct) || !reader.GetBoolean(1)) return; // deleted meanwhile, or already off
            since = reader.GetFieldValue<DateTimeOffset>(0);
            url = reader.GetString(2);
        }
        if (now - since < Options.DisableAfter) return;

        await using var disable = new NpgsqlCommand($"""
            update {Endpoints} set enabled = false, disabled_reason = @reason, updated_at = @now where id = @id and enabled
            """, transaction.Connection, transaction);
        disable.Parameters.AddWithValue("id", endpointId);
        disable.Parameters.AddWithValue("reason", reason);
        disable.Parameters.AddWithValue("now", now);
        // Only the process whose update switched it off records the event: one notification per disabling.
        if (await disable.ExecuteNonQueryAsync(ct) == 1)
        {
            await outbox.RecordAsync(transaction, WebhookEventTypes.EndpointDisabled, "webhookEndpoint:" + endpointId, new EventAudience(),
                new { endpointId = GlobalId.Encode(WebhookNames.Endpoint, endpointId), url, reason, failingSince = since }, ct);
            logger.LogWarning("Webhook endpoint {Endpoint} disabled: {Reason}", endpointId, reason);
        }
    }

    private static string Hours(TimeSpan span) =>
        span.TotalHours >= 1 ? $"{span.TotalHours:0.#} h" : span.TotalMinutes >= 1 ? $"{span.TotalMinutes:0.#} min" : $"{span.TotalSeconds:0.#} s";
}
