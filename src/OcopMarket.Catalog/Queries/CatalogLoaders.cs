using Marten;
using Npgsql;
using OcopMarket.Inventory;
using OcopMarket.Cooperatives;

namespace OcopMarket.Catalog.Queries;

/// <summary>A SKU's stock and the cooperative that owns it (only that cooperative's managers may see the numbers).</summary>
public sealed record StockLevel(int OnHand, int Reserved, Guid CooperativeId);

/// <summary>Per-request batching loaders: a page of products costs one query for cooperatives and one for stock.</summary>
public sealed class CatalogLoaders
{
    public CatalogLoaders(CooperativeDirectory directory, NpgsqlDataSource db, DatabaseSchema schema)
    {
        // On hand and reserved per SKU with the cooperative whose product it is, so the caller can be checked.
        Levels = new BatchLoader<string, StockLevel?>(async (skus, ct) =>
        {
            await using var command = db.CreateCommand($"""
                select s.sku, s.on_hand, s.reserved, (p.data ->> 'CooperativeId')::uuid
                from {StockLevels.Relation(schema)} s join {schema.Table("mt_doc_product")} p on p.id = s.product_id
                where s.sku = any(@skus)
                """);
            command.Parameters.AddWithValue("skus", skus.ToArray());
            var result = new Dictionary<string, StockLevel?>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                result[reader.GetString(0)] = new StockLevel(reader.GetInt32(1), reader.GetInt32(2), reader.GetGuid(3));
            return result;
        });
        Cooperatives = new BatchLoader<Guid, CooperativeSummary>(directory.ManyByIdAsync);

        // Available units (on hand minus reserved) per SKU.
        Stock = new BatchLoader<string, int>(async (skus, ct) =>
        {
            await using var command = db.CreateCommand(
                $"select s.sku, s.available from {StockLevels.Relation(schema)} s where s.sku = any(@skus)");
            command.Parameters.AddWithValue("skus", skus.ToArray());
            var result = new Dictionary<string, int>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) result[reader.GetString(0)] = reader.GetInt32(1);
            return result;
        });
    }

    public BatchLoader<Guid, CooperativeSummary> Cooperatives { get; }
    public BatchLoader<string, int> Stock { get; }
    public BatchLoader<string, StockLevel?> Levels { get; }
}
