using System.Text.Json;
using Microsoft.Extensions.Options;
using Npgsql;
using OcopMarket.Kernel.Persistence;

namespace OcopMarket.Kernel.Events;

/// <summary>
/// Hands the outbox's events to each <see cref="IOutboxConsumer"/>, in order, exactly once per consumer, however many
/// API processes run it. A consumer's position is one row: a process takes it with <c>FOR UPDATE SKIP LOCKED</c>, reads
/// the next batch after it, lets the consumer handle the batch in the same transaction and moves the position; another
/// process finds the row locked and goes on to the next consumer, so consumers spread over processes and one consumer's
/// events are never handled side by side. An event is read once every transaction that was running when it was recorded
/// has ended (tx below the snapshot's xmin): events are taken in (tx, seq) order, and no transaction still running can
/// add one below a position already passed. A long transaction delays dispatch (never loses an event) until it ends.
/// </summary>
public sealed class OutboxDispatcher(
    NpgsqlDataSource db,
    DatabaseSchema schema,
    IEnumerable<IOutboxConsumer> consumers,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly IOutboxConsumer[] _consumers = consumers.ToArray();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> _resting = new();

    public IReadOnlyList<IOutboxConsumer> Consumers => _consumers;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Dispatch || _consumers.Length == 0) return;
        var nextPrune = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            var busy = false;
            if (clock.GetUtcNow() >= nextPrune)
            {
                nextPrune = clock.GetUtcNow().AddHours(1);
                try
                {
                    await PruneAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Could not delete old outbox events; trying again in an hour");
                }
            }
            try
            {
                foreach (var consumer in _consumers)
                {
                    if (_resting.TryGetValue(consumer.Name, out var until) && until > clock.GetUtcNow()) continue;
                    try
                    {
                        busy |= await DispatchOnceAsync(consumer, stoppingToken) == options.Value.BatchSize;
                    }
                    catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                    {
                        _resting[consumer.Name] = clock.GetUtcNow() + options.Value.RetryAfter;
                        logger.LogWarning(e, "Outbox consumer {Consumer} failed; its events are tried again in {Delay}",
                            consumer.Name, options.Value.RetryAfter);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            if (!busy)
            {
                try
                {
                    await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>
    /// Deletes the events older than <see cref="OutboxOptions.KeepFor"/> that every consumer of this process has passed
    /// (a consumer no longer deployed holds nothing back; one that has not started yet holds everything). Returns how many were deleted.
    /// </summary>
    public async Task<int> PruneAsync(CancellationToken ct)
    {
        await using var command = db.CreateCommand($"""
            delete from {schema.Table(OutboxTable.Name)} o
            where o.occurred_at < @before
              and (select count(*) from {schema.Table(OutboxTable.Consumers)} where name = any(@names)) = cardinality(@names)
              and not exists (select 1 from {schema.Table(OutboxTable.Consumers)} c
                              where c.name = any(@names) and (c.position_tx, c.position_seq) < (o.tx, o.seq))
            """);
        command.Parameters.AddWithValue("before", clock.GetUtcNow() - options.Value.KeepFor);
        command.Parameters.AddWithValue("names", _consumers.Select(c => c.Name).ToArray());
        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// One step for one consumer: the next batch after its position, handled and passed in one transaction.
    /// Returns how many events were read (0 when another process holds the consumer or nothing is new).
    /// </summary>
    public async Task<int> DispatchOnceAsync(IOutboxConsumer consumer, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using (var register = new NpgsqlCommand(
            $"insert into {schema.Table(OutboxTable.Consumers)} (name) values (@name) on conflict (name) do nothing", connection))
        {
            register.Parameters.AddWithValue("name", consumer.Name);
            await register.ExecuteNonQueryAsync(ct);
        }

        await using var transaction = await connection.BeginTransactionAsync(ct);
        long positionTx, positionSeq;
        await using (var claim = new NpgsqlCommand(
            $"select position_tx, position_seq from {schema.Table(OutboxTable.Consumers)} where name = @name for update skip locked",
            connection, transaction))
        {
            claim.Parameters.AddWithValue("name", consumer.Name);
            await using var reader = await claim.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct)) return 0;
            positionTx = reader.GetInt64(0);
            positionSeq = reader.GetInt64(1);
        }

        var batch = new List<(long Tx, OutboxEvent Event)>();
        await using (var read = new NpgsqlCommand($"""
            select tx, seq, id, type, subject, occurred_at, cooperative_ids, buyer_id, public, data::text
            from {schema.Table(OutboxTable.Name)}
            where (tx, seq) > (@tx, @seq) and tx < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
            order by tx, seq
            limit @limit
            """, connection, transaction))
        {
            read.Parameters.AddWithValue("tx", positionTx);
            read.Parameters.AddWithValue("seq", positionSeq);
            read.Parameters.AddWithValue("limit", options.Value.BatchSize);
            await using var reader = await read.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                using var data = JsonDocument.Parse(reader.GetString(9));
                batch.Add((reader.GetInt64(0), new OutboxEvent(
                    reader.GetGuid(2), reader.GetInt64(1), reader.GetString(3), reader.GetString(4),
                    reader.GetFieldValue<DateTimeOffset>(5),
                    new EventAudience(reader.GetFieldValue<Guid[]>(6), reader.IsDBNull(7) ? null : reader.GetGuid(7), reader.GetBoolean(8)),
                    data.RootElement.Clone())));
            }
        }
        if (batch.Count == 0) return 0;

        var mine = batch.Select(b => b.Event).Where(e => consumer.Handles(e.Type)).ToList();
        if (mine.Count > 0) await consumer.HandleAsync(mine, transaction, ct);

        await using (var move = new NpgsqlCommand(
            $"update {schema.Table(OutboxTable.Consumers)} set position_tx = @tx, position_seq = @seq, updated_at = now() where name = @name",
            connection, transaction))
        {
            move.Parameters.AddWithValue("tx", batch[^1].Tx);
            move.Parameters.AddWithValue("seq", batch[^1].Event.Sequence);
            move.Parameters.AddWithValue("name", consumer.Name);
            await move.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        _resting.TryRemove(consumer.Name, out _);
        return batch.Count;
    }
}
