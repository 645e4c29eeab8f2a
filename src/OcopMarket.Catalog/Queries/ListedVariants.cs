using Marten;
using Npgsql;
using OcopMarket.Catalog.Model;
using OcopMarket.Catalog.Search;
using OcopMarket.Cooperatives;
using OcopMarket.Inventory;

namespace OcopMarket.Catalog.Queries;

/// <summary>A variant on sale, with its product and the cooperative that sells it.</summary>
public sealed record ListedVariant(Product Product, ProductVariant Variant, CooperativeSummary Cooperative);

/// <summary>
/// What the catalog publishes for ordering: the variants on sale (published product of a verified cooperative) by SKU.
/// Three round trips whatever the number of SKUs: the listed SKUs, their products, their cooperatives.
/// </summary>
public sealed class ListedVariants(IQuerySession session, NpgsqlDataSource db, DatabaseSchema schema, CooperativeDirectory cooperatives)
{
    public async Task<IReadOnlyDictionary<string, ListedVariant>> BySkuAsync(IReadOnlyCollection<string> skus, CancellationToken ct)
    {
        var productIds = await ListedProductIdsAsync(skus, ct);
        if (productIds.Count == 0) return new Dictionary<string, ListedVariant>();
        var products = (await session.LoadManyAsync<Product>(ct, productIds.Values.Distinct())).ToDictionary(p => p.Id);
        var sellers = await cooperatives.ManyByIdAsync(products.Values.Select(p => p.CooperativeId).Distinct().ToList(), ct);
        var result = new Dictionary<string, ListedVariant>();
        foreach (var (sku, productId) in productIds)
        {
            if (products.TryGetValue(productId, out var product) && product.Variants.FirstOrDefault(v => v.Sku == sku) is { } variant
                && sellers.TryGetValue(product.CooperativeId, out var cooperative))
                result[sku] = new ListedVariant(product, variant, cooperative);
        }
        return result;
    }

    /// <summary>SKU → product id, for SKUs whose product is listed (published, cooperative verified).</summary>
    private async Task<Dictionary<string, Guid>> ListedProductIdsAsync(IReadOnlyCollection<string> skus, CancellationToken ct)
    {
        await using var command = db.CreateCommand($"""
            select s.sku, s.product_id from {StockLevels.Relation(schema)} s
            join {schema.Table(ListingTable.Name)} l on l.id = s.product_id
            where s.sku = any($1) and l.listed
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = skus.ToArray() });
        var result = new Dictionary<string, Guid>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) result[reader.GetString(0)] = reader.GetGuid(1);
        return result;
    }
}
