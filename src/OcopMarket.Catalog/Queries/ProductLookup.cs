using Npgsql;
using OcopMarket.Catalog.Model;
using OcopMarket.Catalog.Search;

namespace OcopMarket.Catalog.Queries;

/// <summary>Listed products as other modules read them (the document stays internal to the catalog).</summary>
public interface IProductReader
{
    /// <summary>A listed product's id and OCOP group by slug; null when none is listed.</summary>
    Task<(Guid Id, OcopGroup Group)?> ListedBySlugAsync(string slug, CancellationToken ct);

    /// <summary>A listed product by id, as the value the Product GraphQL type resolves (a field typed
    /// <c>GraphQLTypeReference("Product")</c> returns it); null when none is listed.</summary>
    Task<object?> NodeByIdAsync(Guid id, CancellationToken ct);
}

/// <summary>
/// Single listed products by slug or id: one indexed query each, which also brings the cooperative and stock (and the
/// documents, from the cache or one more query, through <see cref="ProductRows"/>).
/// </summary>
internal sealed class ProductLookup(NpgsqlDataSource db, DatabaseSchema schema, ProductRows documents) : IProductReader
{
    async Task<(Guid Id, OcopGroup Group)?> IProductReader.ListedBySlugAsync(string slug, CancellationToken ct) =>
        await BySlugAsync(slug, ct) is { } product ? (product.Id, product.Group) : null;

    async Task<object?> IProductReader.NodeByIdAsync(Guid id, CancellationToken ct) => await ByIdAsync(id, ct);

    public Task<Product?> BySlugAsync(string slug, CancellationToken ct) => OneAsync(BySlugCondition, slug, ct);

    public Task<Product?> ByIdAsync(Guid id, CancellationToken ct) => OneAsync("d.id = @key", id, ct);

    /// <summary>The listed products among these slugs, in the order given, in one query (a storefront's featured list).</summary>
    public async Task<IReadOnlyList<Product>> BySlugsAsync(IReadOnlyList<string> slugs, CancellationToken ct)
    {
        if (slugs.Count == 0) return [];
        await using var command = PrepareOne("d.data ->> 'Slug' = any(@key)", slugs.ToArray());
        var found = (await ProductsAsync(command, ct)).ToDictionary(p => p.Slug);
        return slugs.Where(found.ContainsKey).Select(slug => found[slug]).ToList();
    }

    private async Task<Product?> OneAsync(string condition, object key, CancellationToken ct)
    {
        await using var command = PrepareOne(condition, key);
        return (await ProductsAsync(command, ct)).FirstOrDefault();
    }

    private async Task<IReadOnlyList<Product>> ProductsAsync(NpgsqlCommand command, CancellationToken ct)
    {
        var rows = new List<ProductRow>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) rows.Add(ProductRows.Read(reader, 0));
        return rows.Count == 0 ? [] : (await documents.ProductsAsync(rows, ct)).OfType<Product>().ToList();
    }

    /// <summary>The by-slug query's command, not yet run (the benchmark EXPLAINs it).</summary>
    internal NpgsqlCommand PrepareBySlug(string slug) => PrepareOne(BySlugCondition, slug);

    private const string BySlugCondition = "d.data ->> 'Slug' = @key";

    private NpgsqlCommand PrepareOne(string condition, object key)
    {
        var command = db.CreateCommand($"""
            select {ProductRows.Columns(schema)}
            from {schema.Table("mt_doc_product")} d
            join {schema.Table(ListingTable.Name)} l on l.id = d.id
            {ProductRows.Join(schema)}
            where {condition} and l.listed
            """);
        command.Parameters.AddWithValue("key", key);
        return command;
    }
}
