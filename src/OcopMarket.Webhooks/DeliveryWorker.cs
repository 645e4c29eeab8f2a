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
        Task? idle = null;
        var purgeAt = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            running.RemoveAll(t => t.IsCompleted);
            if (clock.GetUtcNow() >= purgeAt)
            {
                purgeAt = clock.GetUtcNow() + PurgeEvery;
                running.Add(PurgeQuietlyAsync(stoppingToken));
            }
            var free = Options.Concurrency - running.Count;
            var claimed = 0;
            try
            {
                // Claims in groups (a quarter of the slots, or whatever is free when idle): one claim per delivery would
                // double the round trips when busy.
                if (free > 0 && (free >= Math.Max(1, Options.Concurrency / 4) || running.Count == 0))
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
            if (claimed > 0 && claimed == free) continue; // more may be due at once
            // Until an attempt ends (a slot is free), a wake (deliveries were created or redelivered) or the poll interval.
            idle ??= _wake.WaitAsync(Options.PollInterval, stoppingToken);
            await Task.WhenAny(running.Append(idle));
            if (idle.IsCompleted)
            {
                if (idle.IsCanceled) break;
                idle = null;
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

    private static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);

    /// <summary>
    /// Deletes delivered and failed deliveries created before <paramref name="before"/>, with their logs (pending ones
    /// stay, whatever their age). Every process does so hourly; two at once delete the same rows harmlessly.
    /// </summary>
    public async Task<int> PurgeAsync(DateTimeOffset before, CancellationToken ct)
    {
        await using var batch = db.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"""
            delete from {Attempts} where delivery_id in (select id from {Deliveries} where status <> 'PENDING' and created_at < $1)
            """) { Parameters = { new() { Value = before } } });
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"delete from {Deliveries} where status <> 'PENDING' and created_at < $1")
            { Parameters = { new() { Value = before } } });
        await using var reader = await batch.ExecuteReaderAsync(ct);
        await reader.CloseAsync();
        return batch.BatchCommands[1].RecordsAffected;
    }

    private async Task PurgeQuietlyAsync(CancellationToken ct)
    {
        try
        {
            var deleted = await PurgeAsync(clock.GetUtcNow() - Options.KeepDeliveriesFor, ct);
            if (deleted > 0) logger.LogInformation("Deleted {Count} webhook deliveries older than {Age}", deleted, Options.KeepDeliveriesFor);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "Deleting old webhook deliveries failed; trying again in an hour");
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
        var at = clock.GetUtcNow();
        try
        {
            var result = await sender.PostAsync(delivery.EndpointId, delivery.SecretVersion, delivery.Url, delivery.EventId, delivery.EventType,
                delivery.Payload, delivery.Attempt, ct);
            await RecordAsync(delivery, at, result, CancellationToken.None);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping mid-request: give the delivery back at once, rather than after its lease, to the other processes (or
            // to this one once restarted). Had the receiver already got it, it sees the event id again.
            try
            {
                using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await ReleaseAsync(delivery, at, limit.Token);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Webhook delivery {Delivery} was not given back; it is attempted again after its lease", delivery.Id);
            }
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Webhook delivery {Delivery} could not be recorded; it is attempted again after its lease", delivery.Id);
        }
    }

    /// <summary>
    /// Writes the attempt to the log and decides what comes next, for the delivery and for its endpoint: one batch (one
    /// round trip) and the commit. The endpoint's row is written only when its state changes (last success kept to the
    /// second), so concurrent deliveries to one endpoint do not queue on its row lock.
    /// </summary>
    internal async Task RecordAsync(ClaimedDelivery delivery, DateTimeOffset at, AttemptResult result, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        string status;
        var next = now;
        if (result.Delivered) status = "DELIVERED";
        else
        {
            next = now + WebhookRules.RetryDelay(delivery.Attempt, Options.FirstRetryAfter, Options.MaxRetryInterval);
            status = next > delivery.FirstAttemptAt + Options.RetryFor ? "FAILED" : "PENDING";
        }

        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var batch = new NpgsqlBatch(connection, transaction))
        {
            batch.BatchCommands.Add(Command($"""
                insert into {Attempts} (delivery_id, number, at, status_code, duration_ms, error, response_excerpt)
                select $1, $2, $3, $4, $5, $6, $7 where exists (select 1 from {Deliveries} where id = $1)
                on conflict do nothing
                """, delivery.Id, delivery.Attempt, at, result.StatusCode, result.DurationMs, result.Error, result.ResponseExcerpt));
            // Only while no later claim took it (a process that stalled past its lease): the attempt count is the claim's mark.
            batch.BatchCommands.Add(Command($"""
                update {Deliveries} set status = $3, next_attempt_at = $4, leased_until = null, last_status_code = $5, last_error = $6,
                  delivered_at = case when $3 = 'DELIVERED' then $7 else delivered_at end
                where id = $1 and attempts = $2
                """, delivery.Id, delivery.Attempt, status, next, result.StatusCode,
                result.Error ?? (result.Delivered ? null : $"HTTP {result.StatusCode}"), now));
            batch.BatchCommands.Add(result.Delivered
                ? Command($"""
                    update {Endpoints} set last_success_at = $2, failing_since = null
                    where id = $1 and (failing_since is not null or last_success_at is null or last_success_at < $2 - interval '1 second')
                    """, delivery.EndpointId, now)
                : Command($"update {Endpoints} set failing_since = $2 where id = $1 and failing_since is null", delivery.EndpointId, now));
            await batch.ExecuteNonQueryAsync(ct);
        }
        if (!result.Delivered) await DisableIfFailingAsync(delivery.EndpointId, now, transaction, ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Logs the attempt as interrupted and makes the delivery due now (unless another claim took it since).</summary>
    private async Task ReleaseAsync(ClaimedDelivery delivery, DateTimeOffset at, CancellationToken ct)
    {
        await using var batch = db.CreateBatch();
        batch.BatchCommands.Add(Command($"""
            insert into {Attempts} (delivery_id, number, at, status_code, duration_ms, error, response_excerpt)
            select $1, $2, $3, null, $4, $5, null where exists (select 1 from {Deliveries} where id = $1)
            on conflict do nothing
            """, delivery.Id, delivery.Attempt, at, (int)(clock.GetUtcNow() - at).TotalMilliseconds, "Interrupted: the API process stopped."));
        batch.BatchCommands.Add(Command(
            $"update {Deliveries} set leased_until = null, next_attempt_at = $3 where id = $1 and attempts = $2 and status = 'PENDING'",
            delivery.Id, delivery.Attempt, clock.GetUtcNow()));
        await batch.ExecuteNonQueryAsync(ct);
    }

    private static NpgsqlBatchCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        return command;
    }

    /// <summary>Disables the endpoint once it has been failing for DisableAfter, and records the event (once).</summary>
    private async Task DisableIfFailingAsync(Guid endpointId, DateTimeOffset now, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var reason = $"No delivery succeeded for {Hours(Options.DisableAfter)} while deliveries failed.";
        DateTimeOffset since;
        string url;
        await using (var failing = new NpgsqlCommand(
            $"select failing_since, url from {Endpoints} where id = @id and enabled and failing_since is not null", transaction.Connection, transaction))
        {
            failing.Parameters.AddWithValue("id", endpointId);
            await using var reader = await failing.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct)) return; // deleted meanwhile, already off, or a success came in between
            since = reader.GetFieldValue<DateTimeOffset>(0);
            url = reader.GetString(1);
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
