using System.Data.Common;
using System.Text.Json;
using Marten;
using Npgsql;
using OcopMarket.Catalog.Model;
using OcopMarket.Inventory;
using OcopMarket.Cooperatives;

namespace OcopMarket.Catalog.Queries;

/// <summary>
/// One product as a catalog statement returns it: its id and revision, its cooperative's id and revision and its
/// stock per SKU. The documents themselves come from <see cref="ProductRows"/>.
/// </summary>
public readonly record struct ProductRow(Guid Id, int Version, Guid? CooperativeId, int CooperativeVersion, string? StockJson);

/// <summary>
/// Turns the rows a catalog statement returned into product documents and primes the request's loaders with their
/// cooperatives and stock. Documents come from the process-wide <see cref="CatalogDocumentCache"/> when the row's
/// revision matches, so a page of products the API has seen before costs one statement and no JSON; the misses of
/// a page are read in one more round trip. Sending the documents with every page cost PostgreSQL 3.5x the CPU of
/// the page itself (jsonb to text) and the API a sixth of its time to deserialise them.
/// </summary>
internal sealed class ProductRows(NpgsqlDataSource db, DatabaseSchema schema, IDocumentStore store, CatalogDocumentCache cache,
    CatalogLoaders loaders)
{
    /// <summary>
    /// Select-list for a statement that aliases the product table d, the listing table l and (withRelated) the cooperatives'
    /// revisions c; five columns. Without related data, nulls keep the shape.
    /// </summary>
    public static string Columns(DatabaseSchema schema, bool withRelated = true) => withRelated
        ? $"d.id, d.mt_version, c.id, c.version, (select json_object_agg(s.sku, s.available) from {StockLevels.Relation(schema)} s where s.product_id = l.id)"
        : "d.id, d.mt_version, null::uuid, null::integer, null::json";

    public static string Join(DatabaseSchema schema, bool withRelated = true) =>
        withRelated ? $"join {CooperativeRows.Revisions(schema)} c on c.id = l.cooperative_id" : "";

    /// <summary>Reads the five <see cref="Columns"/> starting at column <paramref name="first"/>.</summary>
    public static ProductRow Read(DbDataReader reader, int first) => new(
        reader.GetGuid(first),
        reader.GetInt32(first + 1),
        reader.IsDBNull(first + 2) ? null : reader.GetGuid(first + 2),
        reader.IsDBNull(first + 3) ? 0 : reader.GetInt32(first + 3),
        reader.IsDBNull(first + 4) ? null : reader.GetString(first + 4));

    /// <summary>
    /// The rows' products, in row order (null for one deleted since the row was read), with cooperatives and stock
    /// primed. A document saved since its row was read comes back at its newer revision.
    /// </summary>
    public async Task<IReadOnlyList<Product?>> ProductsAsync(IReadOnlyList<ProductRow> rows, CancellationToken ct)
    {
        var products = new Dictionary<Guid, Product>();
        var missingProducts = new HashSet<Guid>();
        var missingCooperatives = new HashSet<Guid>();
        foreach (var row in rows)
        {
            if (cache.Products.Get(row.Id, row.Version) is { } product) products[row.Id] = product;
            else missingProducts.Add(row.Id);

            if (row.CooperativeId is not { } cooperativeId || loaders.Cooperatives.IsLoaded(cooperativeId)) continue;
            if (cache.Cooperatives.Get(cooperativeId, row.CooperativeVersion) is { } cooperative) loaders.Cooperatives.Prime(cooperativeId, cooperative);
            else missingCooperatives.Add(cooperativeId);
        }
        if (missingProducts.Count > 0 || missingCooperatives.Count > 0)
            await ReadMissingAsync(missingProducts, missingCooperatives, products, ct);

        var result = new List<Product?>(rows.Count);
        foreach (var row in rows)
        {
            var product = products.GetValueOrDefault(row.Id);
            result.Add(product);
            if (product == null || row.CooperativeId == null) continue; // related data not selected
            var stock = row.StockJson == null ? null : JsonSerializer.Deserialize<Dictionary<string, int>>(row.StockJson);
            foreach (var variant in product.Variants) loaders.Stock.Prime(variant.Sku, stock?.GetValueOrDefault(variant.Sku) ?? 0);
        }
        return result;
    }

    /// <summary>Both kinds of missing documents in one round trip; each goes into the cache at the revision read.</summary>
    private async Task ReadMissingAsync(HashSet<Guid> productIds, HashSet<Guid> cooperativeIds, Dictionary<Guid, Product> products,
        CancellationToken ct)
    {
        await using var batch = db.CreateBatch();
        if (productIds.Count > 0) batch.BatchCommands.Add(ById($"select data, mt_version from {schema.Table("mt_doc_product")} where id = any($1)", productIds));
        if (cooperativeIds.Count > 0) batch.BatchCommands.Add(ById(CooperativeRows.DocumentsById(schema), cooperativeIds));
        await using var reader = await batch.ExecuteReaderAsync(ct);
        var serializer = store.Options.Serializer();
        if (productIds.Count > 0)
        {
            while (await reader.ReadAsync(ct))
            {
                var product = serializer.FromJson<Product>(reader, 0);
                product.Version = reader.GetInt32(1);
                cache.Products.Set(product.Id, product.Version, product);
                products[product.Id] = product;
            }
            await reader.NextResultAsync(ct);
        }
        if (cooperativeIds.Count == 0) return;
        while (await reader.ReadAsync(ct))
        {
            var cooperative = CooperativeRows.Read(store, reader);
            cache.Cooperatives.Set(cooperative.Id, cooperative.Version, cooperative);
            loaders.Cooperatives.Prime(cooperative.Id, cooperative);
        }
    }

    private static NpgsqlBatchCommand ById(string sql, HashSet<Guid> ids) =>
        new(sql)
        {
            Parameters = { new NpgsqlParameter { Value = ids.ToArray() } }
        };
}

/// <summary>The process-wide caches of product and cooperative documents (sizes: Catalog:CachedProducts, Catalog:CachedCooperatives).</summary>
internal sealed class CatalogDocumentCache(IConfiguration configuration) : IDisposable
{
    public VersionedCache<Product> Products { get; } = new(configuration.GetValue("Catalog:CachedProducts", 20_000));
    public VersionedCache<CooperativeSummary> Cooperatives { get; } = new(configuration.GetValue("Catalog:CachedCooperatives", 5_000));

    public void Dispose()
    {
        Products.Dispose();
        Cooperatives.Dispose();
    }
}
