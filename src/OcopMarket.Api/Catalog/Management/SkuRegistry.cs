using Marten;
using Npgsql;
using OcopMarket.Catalog.Stock;
using OcopMarket.Infrastructure.Persistence;

namespace OcopMarket.Catalog.Management;

/// <summary>
/// SKUs are unique across the catalog. The stock table (sku primary key, product_id) is the register: every variant
/// gets its row when it is created, and a SKU stays with its product even if the variant is later removed, so an
/// old order line can never come to mean another cooperative's goods.
/// </summary>
public sealed class SkuRegistry(NpgsqlDataSource db, DatabaseSchema schema)
{
    public async Task<Dictionary<string, Guid>> OwnersAsync(IEnumerable<string> skus, CancellationToken ct)
    {
        await using var command = db.CreateCommand($"select sku, product_id from {schema.Table(StockTable.Name)} where sku = any(@skus)");
        command.Parameters.AddWithValue("skus", skus.Distinct().ToArray());
        var owners = new Dictionary<string, Guid>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) owners[reader.GetString(0)] = reader.GetGuid(1);
        return owners;
    }

    /// <summary>
    /// Queues the stock row of a new SKU (none on hand). A plain insert: if another request registered the same SKU
    /// after our check, the primary key refuses it and the whole unit of work is rolled back as a CONFLICT.
    /// </summary>
    public void QueueRegister(IDocumentSession session, string sku, Guid productId, int onHand = 0) =>
        session.QueueSqlCommand($"insert into {schema.Table(StockTable.Name)} (sku, product_id, on_hand, reserved) values (?, ?, ?, 0)",
            sku, productId, onHand);

    /// <summary>On hand and reserved of the SKUs that have a stock row.</summary>
    public async Task<Dictionary<string, (int OnHand, int Reserved)>> StocksAsync(IEnumerable<string> skus, CancellationToken ct)
    {
        await using var command = db.CreateCommand($"select sku, on_hand, reserved from {schema.Table(StockTable.Name)} where sku = any(@skus)");
        command.Parameters.AddWithValue("skus", skus.Distinct().ToArray());
        var stocks = new Dictionary<string, (int, int)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) stocks[reader.GetString(0)] = (reader.GetInt32(1), reader.GetInt32(2));
        return stocks;
    }

    public async Task<(int OnHand, int Reserved)?> StockAsync(string sku, CancellationToken ct)
    {
        await using var command = db.CreateCommand($"select on_hand, reserved from {schema.Table(StockTable.Name)} where sku = @sku");
        command.Parameters.AddWithValue("sku", sku);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetInt32(0), reader.GetInt32(1)) : null;
    }

    /// <summary>
    /// Sets on-hand in one conditional statement, so an order reserving at the same moment can never leave reserved
    /// above on-hand: returns the previous on-hand, or null when the new count is below what is reserved.
    /// </summary>
    public async Task<int?> TrySetOnHandAsync(NpgsqlTransaction tx, string sku, int onHand, CancellationToken ct)
    {
        var table = schema.Table(StockTable.Name);
        await using var command = new NpgsqlCommand($"""
            with old as (select sku, on_hand from {table} where sku = @sku for update)
            update {table} s set on_hand = @onHand from old
            where s.sku = old.sku and s.reserved <= @onHand
            returning old.on_hand
            """, tx.Connection, tx);
        command.Parameters.AddWithValue("sku", sku);
        command.Parameters.AddWithValue("onHand", onHand);
        return await command.ExecuteScalarAsync(ct) is int previous ? previous : null;
    }
}
