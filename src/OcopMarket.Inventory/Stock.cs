using Marten;
using Npgsql;

namespace OcopMarket.Inventory;

/// <summary>
/// The only code that writes stock (<see cref="StockTable"/>). Catalog registers SKUs and counts goods through it,
/// Ordering reserves, releases and consumes through it; both in their own database transaction, which these methods
/// join (an <see cref="NpgsqlTransaction"/>, or a Marten session's unit of work for the queued writes).
/// The stock table is also the SKU register: every variant gets its row when it is created, and a SKU stays with its
/// product even if the variant is later removed, so an old order line can never come to mean another cooperative's goods.
/// Reservations are single-row conditional updates (available ≥ quantity): PostgreSQL row locks serialise competing
/// orders on a SKU and a blocked update re-checks its condition against the committed row, so the sum reserved never
/// exceeds what is on hand, across any number of API processes. SKUs are locked in a fixed (sorted) order so two
/// multi-line orders cannot deadlock.
/// </summary>
public sealed class Stock(NpgsqlDataSource db, DatabaseSchema schema)
{
    private string Table => schema.Table(StockTable.Name);

    /// <summary>The product each SKU is registered to.</summary>
    public async Task<Dictionary<string, Guid>> OwnersAsync(IEnumerable<string> skus, CancellationToken ct)
    {
        await using var command = db.CreateCommand($"select sku, product_id from {Table} where sku = any(@skus)");
        command.Parameters.AddWithValue("skus", skus.Distinct().ToArray());
        var owners = new Dictionary<string, Guid>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) owners[reader.GetString(0)] = reader.GetGuid(1);
        return owners;
    }

    /// <summary>On hand and reserved of the SKUs that have a stock row.</summary>
    public async Task<Dictionary<string, (int OnHand, int Reserved)>> LevelsAsync(IEnumerable<string> skus, CancellationToken ct)
    {
        await using var command = db.CreateCommand($"select sku, on_hand, reserved from {Table} where sku = any(@skus)");
        command.Parameters.AddWithValue("skus", skus.Distinct().ToArray());
        var levels = new Dictionary<string, (int, int)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) levels[reader.GetString(0)] = (reader.GetInt32(1), reader.GetInt32(2));
        return levels;
    }

    public async Task<(int OnHand, int Reserved)?> LevelAsync(string sku, CancellationToken ct) =>
        (await LevelsAsync([sku], ct)).TryGetValue(sku, out var level) ? level : null;

    /// <summary>
    /// Queues the stock row of a new SKU. A plain insert: if another request registered the same SKU after the caller's
    /// check, the primary key refuses it and the session's whole unit of work is rolled back (a CONFLICT for the caller).
    /// </summary>
    public void QueueRegister(IDocumentSession session, string sku, Guid productId, int onHand = 0) =>
        session.QueueSqlCommand($"insert into {Table} (sku, product_id, on_hand, reserved) values (?, ?, ?, 0)", sku, productId, onHand);

    /// <summary>Queues a count for a registered SKU; the table's check (reserved ≤ on hand) refuses it, and the unit of
    /// work, if orders reserved more in the meantime.</summary>
    public void QueueCount(IDocumentSession session, string sku, int onHand) =>
        session.QueueSqlCommand($"update {Table} set on_hand = ? where sku = ?", onHand, sku);

    /// <summary>Queues the SKU's row, or its new count (never below what is reserved): for loading seed and bulk data.</summary>
    public void QueueRegisterOrCount(IDocumentSession session, string sku, Guid productId, int onHand) =>
        session.QueueSqlCommand($"""
            insert into {Table} (sku, product_id, on_hand, reserved) values (?, ?, ?, 0)
            on conflict (sku) do update set on_hand = greatest(excluded.on_hand, {StockTable.Name}.reserved), product_id = excluded.product_id
            """, sku, productId, onHand);

    /// <summary>
    /// Sets on-hand in one conditional statement, so an order reserving at the same moment can never leave reserved
    /// above on-hand: returns the previous on-hand, or null when the new count is below what is reserved.
    /// </summary>
    public async Task<int?> TryCountAsync(NpgsqlTransaction tx, string sku, int onHand, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            with old as (select sku, on_hand from {Table} where sku = @sku for update)
            update {Table} s set on_hand = @onHand from old
            where s.sku = old.sku and s.reserved <= @onHand
            returning old.on_hand
            """, tx.Connection, tx);
        command.Parameters.AddWithValue("sku", sku);
        command.Parameters.AddWithValue("onHand", onHand);
        return await command.ExecuteScalarAsync(ct) is int previous ? previous : null;
    }

    /// <summary>Reserves every line or nothing; returns the SKUs that could not be met with what is still available.</summary>
    public async Task<IReadOnlyList<(string Sku, int Available)>> TryReserveAsync(NpgsqlTransaction tx,
        IReadOnlyCollection<(string Sku, int Quantity)> lines, CancellationToken ct)
    {
        var sorted = lines.OrderBy(l => l.Sku, StringComparer.Ordinal).ToList();
        var affected = await UpdateEachAsync(tx, "reserved = reserved + $2", "on_hand - reserved >= $2", sorted, ct);
        var failed = sorted.Where((_, i) => affected[i] == 0).Select(l => l.Sku).ToList();
        if (failed.Count == 0) return [];
        var available = await AvailableAsync(tx, failed, ct);
        return failed.Select(sku => (sku, available.GetValueOrDefault(sku))).ToList();
    }

    /// <summary>Gives reserved units back (an order rejected or cancelled).</summary>
    public Task ReleaseAsync(NpgsqlTransaction tx, IEnumerable<(string Sku, int Quantity)> lines, CancellationToken ct) =>
        MoveReservedAsync(tx, "reserved = reserved - $2", lines, ct);

    /// <summary>Takes reserved units out of stock (an order shipped): on hand and reserved both drop.</summary>
    public Task ConsumeAsync(NpgsqlTransaction tx, IEnumerable<(string Sku, int Quantity)> lines, CancellationToken ct) =>
        MoveReservedAsync(tx, "reserved = reserved - $2, on_hand = on_hand - $2", lines, ct);

    private async Task<Dictionary<string, int>> AvailableAsync(NpgsqlTransaction tx, IReadOnlyCollection<string> skus, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"select sku, on_hand - reserved from {Table} where sku = any($1)", tx.Connection, tx);
        command.Parameters.Add(new NpgsqlParameter { Value = skus.ToArray() });
        var result = new Dictionary<string, int>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) result[reader.GetString(0)] = reader.GetInt32(1);
        return result;
    }

    private async Task MoveReservedAsync(NpgsqlTransaction tx, string set, IEnumerable<(string Sku, int Quantity)> lines, CancellationToken ct)
    {
        var sorted = lines.OrderBy(l => l.Sku, StringComparer.Ordinal).ToList();
        var affected = await UpdateEachAsync(tx, set, "reserved >= $2", sorted, ct);
        if (affected.Any(n => n != 1))
            throw new InvalidOperationException("Stock reservation is missing for an order line; the order and stock disagree.");
    }

    /// <summary>One conditional update per line in one round trip; the rows each affected, in the lines' order.</summary>
    private async Task<int[]> UpdateEachAsync(NpgsqlTransaction tx, string set, string condition,
        IReadOnlyList<(string Sku, int Quantity)> lines, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(tx.Connection, tx);
        foreach (var (sku, quantity) in lines)
        {
            var command = new NpgsqlBatchCommand($"update {Table} set {set} where sku = $1 and {condition}");
            command.Parameters.Add(new NpgsqlParameter { Value = sku });
            command.Parameters.Add(new NpgsqlParameter { Value = quantity });
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync(ct);
        return batch.BatchCommands.Cast<NpgsqlBatchCommand>().Select(c => c.RecordsAffected).ToArray();
    }
}
