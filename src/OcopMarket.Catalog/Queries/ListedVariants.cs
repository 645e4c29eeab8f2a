using Marten;
using Npgsql;
using OcopMarket.Catalog.Model;
using OcopMarket.Catalog.Search;
using OcopMarket.Cooperatives;
using OcopMarket.Inventory;

namespace OcopMarket.Catalog.Queries;

/// <summary>
/// A variant on sale, with its product and the cooperative that sells it, as ordering reads them (the documents stay
/// internal). <see cref="Product"/> and <see cref="Variant"/> are the values the Product and ProductVariant GraphQL
/// types resolve.
/// </summary>
public sealed class ListedVariant
{
    private readonly ProductVariant variant;

    internal ListedVariant(Product product, ProductVariant variant, CooperativeSummary cooperative)
    {
        ProductId = product.Id;
        ProductName = product.Name;
        Product = product;
        this.variant = variant;
        Cooperative = cooperative;
    }

    public Guid ProductId { get; }
    public string ProductName { get; }
    public string Sku => variant.Sku;
    public string VariantName => variant.Name;
    public string Unit => variant.Unit;
    public int MinOrderQuantity => variant.MinOrderQuantity;
    public int OrderIncrement => variant.OrderIncrement;
    public long RetailPrice => variant.RetailPrice;
    public CooperativeSummary Cooperative { get; }
    public object Product { get; }
    public object Variant => variant;

    /// <summary>The unit price at this quantity: the highest price tier reached, else retail.</summary>
    public long UnitPriceFor(int quantity) => Pricing.UnitPriceFor(variant, quantity);
}

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
