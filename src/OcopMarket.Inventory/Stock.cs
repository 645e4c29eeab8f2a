using Marten;
using Npgsql;
using OcopMarket.Kernel.Events;

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
public sealed class Stock(NpgsqlDataSource db, DatabaseSchema schema, EventOutbox outbox)
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
    /// <param name="reserved">What the caller read as reserved, for the stock.changed event (the check has the last word).</param>
    public void QueueCount(IDocumentSession session, string sku, Guid productId, int onHand, int reserved)
    {
        session.QueueSqlCommand($"update {Table} set on_hand = ? where sku = ?", onHand, sku);
        RecordChanged(session, sku, productId, onHand - reserved);
    }

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
            returning old.on_hand, s.product_id, s.on_hand - s.reserved
            """, tx.Connection, tx);
        command.Parameters.AddWithValue("sku", sku);
        command.Parameters.AddWithValue("onHand", onHand);
        int previous;
        PendingEvent changed;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct)) return null;
            previous = reader.GetInt32(0);
            changed = Changed(sku, reader.GetGuid(1), reader.GetInt32(2));
        }
        if (previous != onHand) await outbox.RecordAsync(tx, [changed], ct);
        return previous;
    }

    /// <summary>Reserves every line or nothing; returns the SKUs that could not be met with what is still available.</summary>
    /// <param name="session">The caller's Marten session on <paramref name="tx"/>, if it has one: the stock.changed events are
    /// then queued on it (written with its SaveChanges, in the same round trip) instead of written now.</param>
    public async Task<IReadOnlyList<(string Sku, int Available)>> TryReserveAsync(NpgsqlTransaction tx,
        IReadOnlyCollection<(string Sku, int Quantity)> lines, CancellationToken ct, IDocumentSession? session = null)
    {
        var sorted = lines.OrderBy(l => l.Sku, StringComparer.Ordinal).ToList();
        var affected = await UpdateEachAsync(tx, "reserved = reserved + $2", "on_hand - reserved >= $2", sorted, ct);
        var failed = sorted.Where((_, i) => affected[i] == null).Select(l => l.Sku).ToList();
        if (failed.Count == 0)
        {
            await RecordAsync(tx, session, affected.Select(a => a!).ToList(), ct);
            return [];
        }
        var available = await AvailableAsync(tx, failed, ct);
        return failed.Select(sku => (sku, available.GetValueOrDefault(sku))).ToList();
    }

    /// <summary>Gives reserved units back (an order rejected or cancelled).</summary>
    public async Task ReleaseAsync(NpgsqlTransaction tx, IEnumerable<(string Sku, int Quantity)> lines, CancellationToken ct,
        IDocumentSession? session = null) =>
        await RecordAsync(tx, session, await MoveReservedAsync(tx, "reserved = reserved - $2", lines, ct), ct);

    private async Task RecordAsync(NpgsqlTransaction tx, IDocumentSession? session, List<PendingEvent> events, CancellationToken ct)
    {
        if (session == null)
        {
            await outbox.RecordAsync(tx, events, ct);
            return;
        }
        foreach (var e in events) outbox.Record(session, e.Type, e.Subject, e.Audience, e.Data, e.Id);
    }

    /// <summary>Takes reserved units out of stock (an order shipped): on hand and reserved both drop, what is available does not.</summary>
    public async Task ConsumeAsync(NpgsqlTransaction tx, IEnumerable<(string Sku, int Quantity)> lines, CancellationToken ct) =>
        await MoveReservedAsync(tx, "reserved = reserved - $2, on_hand = on_hand - $2", lines, ct);

    private async Task<Dictionary<string, int>> AvailableAsync(NpgsqlTransaction tx, IReadOnlyCollection<string> skus, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"select sku, on_hand - reserved from {Table} where sku = any($1)", tx.Connection, tx);
        command.Parameters.Add(new NpgsqlParameter { Value = skus.ToArray() });
        var result = new Dictionary<string, int>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) result[reader.GetString(0)] = reader.GetInt32(1);
        return result;
    }

    private async Task<List<PendingEvent>> MoveReservedAsync(NpgsqlTransaction tx, string set, IEnumerable<(string Sku, int Quantity)> lines,
        CancellationToken ct)
    {
        var sorted = lines.OrderBy(l => l.Sku, StringComparer.Ordinal).ToList();
        var affected = await UpdateEachAsync(tx, set, "reserved >= $2", sorted, ct);
        if (affected.Any(a => a == null))
            throw new InvalidOperationException("Stock reservation is missing for an order line; the order and stock disagree.");
        return affected.Select(a => a!).ToList();
    }

    /// <summary>
    /// One conditional update per line in one round trip; for each line, in order, its stock.changed event (what is now
    /// available), or null when the condition refused it.
    /// </summary>
    private async Task<PendingEvent?[]> UpdateEachAsync(NpgsqlTransaction tx, string set, string condition,
        IReadOnlyList<(string Sku, int Quantity)> lines, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(tx.Connection, tx);
        foreach (var (sku, quantity) in lines)
        {
            var command = new NpgsqlBatchCommand($"update {Table} set {set} where sku = $1 and {condition} returning product_id, on_hand - reserved");
            command.Parameters.Add(new NpgsqlParameter { Value = sku });
            command.Parameters.Add(new NpgsqlParameter { Value = quantity });
            batch.BatchCommands.Add(command);
        }
        var result = new PendingEvent?[lines.Count];
        await using var reader = await batch.ExecuteReaderAsync(ct);
        for (var i = 0; i < lines.Count; i++)
        {
            if (await reader.ReadAsync(ct)) result[i] = Changed(lines[i].Sku, reader.GetGuid(0), reader.GetInt32(1));
            await reader.NextResultAsync(ct);
        }
        return result;
    }

    public const string StockChanged = "stock.changed";

    /// <summary>stock.changed: what a shop mirroring the catalog needs (public, like the variant's stockAvailable).</summary>
    private static PendingEvent Changed(string sku, Guid productId, int available) =>
        new(StockChanged, "sku:" + sku, EventAudience.Everyone(), new StockChangedData(sku, GlobalId.Encode(ProductTypeName, productId), available));

    /// <summary>The GraphQL type of products (Catalog's ProductGraphNames.Product; Inventory comes before Catalog).</summary>
    private const string ProductTypeName = "Product";

    private void RecordChanged(IDocumentSession session, string sku, Guid productId, int available)
    {
        var e = Changed(sku, productId, available);
        outbox.Record(session, e.Type, e.Subject, e.Audience, e.Data);
    }
}

/// <summary>The data of a stock.changed event (docs/events.md).</summary>
public sealed record StockChangedData(string Sku, string ProductId, int StockAvailable);
