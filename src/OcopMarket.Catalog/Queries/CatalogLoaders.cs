using Marten;
using Npgsql;
using OcopMarket.Inventory;
using OcopMarket.Cooperatives;
using OcopMarket.Cooperatives.Model;

namespace OcopMarket.Catalog.Queries;

/// <summary>Per-request batching loaders: a page of products costs one query for cooperatives and one for stock.</summary>
public sealed class CatalogLoaders
{
    public CatalogLoaders(CooperativeDirectory directory, NpgsqlDataSource db, DatabaseSchema schema)
    {
        Cooperatives = new BatchLoader<Guid, Cooperative>(directory.ManyByIdAsync);

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

    public BatchLoader<Guid, Cooperative> Cooperatives { get; }
    public BatchLoader<string, int> Stock { get; }
}
