using Marten;
using Npgsql;
using OcopMarket.Inventory;
using OcopMarket.Cooperatives.Model;

namespace OcopMarket.Catalog.Queries;

/// <summary>Per-request batching loaders: a page of products costs one query for cooperatives and one for stock.</summary>
public sealed class CatalogLoaders
{
    public CatalogLoaders(IQuerySession session, NpgsqlDataSource db, DatabaseSchema schema)
    {
        Cooperatives = new BatchLoader<Guid, Cooperative>(async (ids, ct) =>
            (await session.LoadManyAsync<Cooperative>(ct, ids)).ToDictionary(c => c.Id));

        // Available units (on hand minus reserved) per SKU.
        Stock = new BatchLoader<string, int>(async (skus, ct) =>
        {
            await using var command = db.CreateCommand(
                $"select sku, on_hand - reserved from {schema.Table(StockTable.Name)} where sku = any(@skus)");
            command.Parameters.AddWithValue("skus", skus.ToArray());
            var result = new Dictionary<string, int>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) result[reader.GetString(0)] = reader.GetInt32(1);
            return result;
        });
    }

    public BatchLoader<Guid, Cooperative> Cooperatives { get; }
    public BatchLoader<string, int> Stock { get; }
}
