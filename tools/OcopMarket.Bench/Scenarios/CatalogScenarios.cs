using System.Text.Json;

namespace OcopMarket.Bench.Scenarios;

/// <summary>The selections shops use (issue 3's benchmark): kept here so scenarios and EXPLAIN agree on the shapes.</summary>
internal static class CatalogQueries
{
    public const string VariantFields = "variants { sku retailPrice stockAvailable priceTiers { minQuantity unitPrice } }";
    public const string CooperativeFields = "cooperative { name province { name } }";

    public const string Listing = $$"""
        query Listing { products(first: 20) {
          edges { cursor node { id slug name minPrice certified {{VariantFields}} {{CooperativeFields}} } }
          pageInfo { hasNextPage endCursor } } }
        """;

    public const string BySlug = $$"""
        query Product($slug: String!) { product(slug: $slug) {
          id slug name description group certificate { stars expiresOn valid } {{VariantFields}} {{CooperativeFields}} } }
        """;

    public const string SearchWithFacets = $$"""
        query Search($q: String!) {
          products(search: $q, first: 20) { totalCount
            edges { node { id slug name minPrice {{CooperativeFields}} } } pageInfo { hasNextPage endCursor } }
          productFacets(search: $q) { provinces { code name count } groups { group count } stars { stars count } } }
        """;

    /// <summary>The listing shops send (issue 17): the first page by name, with its total.</summary>
    public const string ShopListing = """
        query ShopListing { products(first: 20, order: NAME_ASC) {
          nodes { id name slug variants { sku retailPrice stockAvailable } certificate { stars } cooperative { name } } totalCount } }
        """;

    /// <summary>A search with its total and no facets; the filter's minPrice varies per request so no cache has it.</summary>
    public const string SearchTotal = """
        query SearchTotal($q: String!, $min: VND) { products(search: $q, first: 20, filter: { minPrice: $min }) {
          totalCount nodes { id slug name minPrice cooperative { name } } pageInfo { hasNextPage endCursor } } }
        """;

    /// <summary>The walk's page shape: the same for page 1 and the deep page, so only the offset differs.</summary>
    public const string Walk = """
        query Walk($after: String) { products(first: 20, after: $after) {
          edges { cursor node { id slug name minPrice } } pageInfo { hasNextPage endCursor } } }
        """;
}

/// <summary>(a) The first listing page of 20 products with variants, stock, price tiers and cooperative.</summary>
internal sealed class ListingScenario : Scenario
{
    private readonly byte[] body = Gql.Body(CatalogQueries.Listing);
    public override string Name => "listing";
    public override string Description => "listing: 20 products + variants, stock, tiers, cooperative";
    public override Target Target => new(MinRps: 1_500, MaxP99Ms: 25);
    public override HttpRequestMessage CreateRequest(ClientState client) => Gql.Post(body);

    public override string? Check(JsonElement data) =>
        data.GetProperty("products").GetProperty("edges").GetArrayLength() == 20 ? null : "expected 20 edges";
}

/// <summary>Issue 17: the listing shops send, with totalCount (which was counted row by row on every request).</summary>
internal sealed class ShopListingScenario : Scenario
{
    private readonly byte[] body = Gql.Body(CatalogQueries.ShopListing);
    public override string Name => "shop-listing";
    public override string Description => "products(first: 20, order: NAME_ASC) { nodes {…} totalCount }";
    public override Target Target => new(MinRps: 3_000, MaxP99Ms: 25);
    public override HttpRequestMessage CreateRequest(ClientState client) => Gql.Post(body);

    public override string? Check(JsonElement data)
    {
        var products = data.GetProperty("products");
        return products.GetProperty("nodes").GetArrayLength() == 20 && products.GetProperty("totalCount").GetInt32() > 20 ? null : "expected 20 nodes and a total";
    }
}

/// <summary>
/// Issue 17: a common-word search that no cache holds: "nuoc mam" with its total, each request with another minPrice
/// (1–5,000 đồng, below every price, so the hits are the same) so neither the ranking nor the count is remembered.
/// </summary>
internal sealed class UncachedSearchScenario : Scenario
{
    private byte[][] bodies = [];
    public override string Name => "search-uncached";
    public override string Description => "search \"nuoc mam\" + totalCount, a different filter each request (nothing cached)";
    public override Target Target => new(MinRps: 1_000);

    public override Task PrepareAsync(BenchContext context, CancellationToken ct)
    {
        bodies = Enumerable.Range(1, 5_000).Select(min => Gql.Body(CatalogQueries.SearchTotal, new { q = "nuoc mam", min })).ToArray();
        return Task.CompletedTask;
    }

    public override HttpRequestMessage CreateRequest(ClientState client) => Gql.Post(bodies[client.Random.Next(bodies.Length)]);

    public override string? Check(JsonElement data) =>
        data.GetProperty("products").GetProperty("totalCount").GetInt32() > 0 ? null : "no hits for \"nuoc mam\"";
}

/// <summary>(b) One product by slug, a random listed product each time.</summary>
internal sealed class ProductBySlugScenario : Scenario
{
    private byte[][] bodies = [];
    public override string Name => "slug";
    public override string Description => "product by slug (random listed slugs)";
    public override Target Target => new(MinRps: 3_000);

    public override Task PrepareAsync(BenchContext context, CancellationToken ct)
    {
        // Up to 5,000 distinct slugs, pre-serialised so the client spends no time building requests.
        var random = new Random(context.Options.Seed);
        var slugs = context.Catalog.ListedSlugs;
        bodies = Enumerable.Range(0, Math.Min(5_000, slugs.Count))
            .Select(_ => Gql.Body(CatalogQueries.BySlug, new { slug = slugs[random.Next(slugs.Count)] })).ToArray();
        return Task.CompletedTask;
    }

    public override HttpRequestMessage CreateRequest(ClientState client) => Gql.Post(bodies[client.Random.Next(bodies.Length)]);

    public override string? Check(JsonElement data) =>
        data.GetProperty("product").ValueKind == JsonValueKind.Object ? null : "product not found";
}

/// <summary>(c) Search "nuoc mam" (no diacritics) with the facet counts in the same request.</summary>
internal sealed class SearchWithFacetsScenario : Scenario
{
    private readonly byte[] body = Gql.Body(CatalogQueries.SearchWithFacets, new { q = "nuoc mam" });
    public override string Name => "search";
    public override string Description => "search \"nuoc mam\" + totalCount + productFacets";
    public override Target Target => new(MinRps: 500);
    public override HttpRequestMessage CreateRequest(ClientState client) => Gql.Post(body);

    public override string? Check(JsonElement data)
    {
        var products = data.GetProperty("products");
        var total = products.GetProperty("totalCount").GetInt32();
        var first = products.GetProperty("edges").EnumerateArray().FirstOrDefault();
        if (total == 0 || first.ValueKind != JsonValueKind.Object) return "no hits for \"nuoc mam\"";
        var name = first.GetProperty("node").GetProperty("name").GetString() ?? "";
        return name.StartsWith("Nước mắm", StringComparison.Ordinal) ? null : $"top hit is \"{name}\", not a Nước mắm";
    }
}

/// <summary>
/// (d) Keyset pagination: page N of a walk with first: 20 (the cursor for page N-1 is found once by walking), and page 1
/// with the same shape as its baseline. A keyset page should cost about what the first page costs.
/// </summary>
internal sealed class WalkPageScenario(int page) : Scenario
{
    private byte[] body = [];
    public override string Name => page == 1 ? "walk-first" : $"walk-page-{page}";
    public override string Description => page == 1 ? "walk: page 1 (first: 20)" : $"walk: page {page} (first: 20, after cursor of page {page - 1})";
    public override string? Baseline => page == 1 ? null : "walk-first";
    public override Target? Target => page == 1 ? null : new(MaxRatio: 1.5);

    public override async Task PrepareAsync(BenchContext context, CancellationToken ct)
    {
        string? after = null;
        for (var i = 1; i < page; i++)
        {
            var connection = (await context.QueryAsync(CatalogQueries.Walk, new { after }, ct)).GetProperty("products");
            var pageInfo = connection.GetProperty("pageInfo");
            if (!pageInfo.GetProperty("hasNextPage").GetBoolean())
                throw new InvalidOperationException($"The catalog has only {i} pages of 20; page {page} does not exist.");
            after = pageInfo.GetProperty("endCursor").GetString();
        }
        DeepCursor = after;
        body = Gql.Body(CatalogQueries.Walk, new { after });
    }

    /// <summary>The cursor the scenario starts from (null for page 1); the EXPLAIN of the deep page uses it.</summary>
    public string? DeepCursor { get; private set; }

    public override HttpRequestMessage CreateRequest(ClientState client) => Gql.Post(body);

    public override string? Check(JsonElement data) =>
        data.GetProperty("products").GetProperty("edges").GetArrayLength() == 20 ? null : "expected 20 edges";
}
