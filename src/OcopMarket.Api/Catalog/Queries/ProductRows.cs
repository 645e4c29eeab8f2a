using System.Data.Common;
using System.Text.Json;
using Marten;
using OcopMarket.Catalog.Model;
using OcopMarket.Catalog.Stock;
using OcopMarket.Cooperatives.Model;
using OcopMarket.Infrastructure.Persistence;

namespace OcopMarket.Catalog.Queries;

/// <summary>
/// The columns every product read selects besides the document: its cooperative and its stock per SKU. Reading them
/// in the same statement primes the request's loaders, so a page of products with cooperatives and stock is one
/// round trip instead of three.
/// </summary>
public static class ProductRows
{
    /// <summary>Select-list tail; the query must alias the listing table l. Without related data, nulls keep the shape.</summary>
    public static string Columns(DatabaseSchema schema, bool withRelated = true) => withRelated
        ? $"c.data, c.mt_version, (select json_object_agg(s.sku, s.on_hand - s.reserved) from {schema.Table(StockTable.Name)} s where s.product_id = l.id)"
        : "null::jsonb, null::bigint, null::json";

    public static string Join(DatabaseSchema schema, bool withRelated = true) =>
        withRelated ? $"join {schema.Table("mt_doc_cooperative")} c on c.id = l.cooperative_id" : "";

    /// <summary>Reads the product at column <paramref name="first"/> (data, mt_version) and primes the loaders from the columns after.</summary>
    public static Product Read(DbDataReader reader, int first, IDocumentStore store, CatalogLoaders loaders)
    {
        var serializer = store.Options.Serializer();
        var product = serializer.FromJson<Product>(reader, first);
        product.Version = reader.GetInt32(first + 1);
        if (reader.IsDBNull(first + 2)) return product; // related data not selected
        if (!loaders.Cooperatives.IsLoaded(product.CooperativeId))
        {
            var cooperative = serializer.FromJson<Cooperative>(reader, first + 2);
            cooperative.Version = reader.GetInt32(first + 3);
            loaders.Cooperatives.Prime(cooperative.Id, cooperative);
        }
        var stock = reader.IsDBNull(first + 4)
            ? new Dictionary<string, int>()
            : JsonSerializer.Deserialize<Dictionary<string, int>>(reader.GetString(first + 4))!;
        foreach (var variant in product.Variants) loaders.Stock.Prime(variant.Sku, stock.GetValueOrDefault(variant.Sku));
        return product;
    }
}
