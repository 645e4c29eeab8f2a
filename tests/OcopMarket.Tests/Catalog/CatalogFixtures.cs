using System.Text.Json.Nodes;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Catalog;

/// <summary>The API with the realistic seed catalog loaded (seed/*.json).</summary>
public class SeededCatalogFixture : ApiFixture
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Seed:Load"] = "true",
        ["Seed:Path"] = Path.Combine(RepoRoot.Path, "seed"),
        ["Catalog:FacetCacheSeconds"] = FacetCacheSeconds,
    };

    /// <summary>The seeded catalog is read-only for most tests, so they run with the production facet cache on.</summary>
    protected virtual string FacetCacheSeconds => "60";

    public SeedCatalog Seed => SeedCatalog.Instance;

    public const string ProductFields = """
        slug name minPrice publishedAt certified certificate { stars valid }
        cooperative { slug }
        """;

    public const string ProductsQuery = $$"""
        query Products($search: String, $filter: ProductFilter, $order: ProductOrder, $first: Int, $after: String, $last: Int, $before: String) {
          products(search: $search, filter: $filter, order: $order, first: $first, after: $after, last: $last, before: $before) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { {{ProductFields}} } }
          }
        }
        """;

    /// <summary>One page of products; fails the test on any GraphQL error.</summary>
    public async Task<JsonNode> PageAsync(string? search = null, object? filter = null, string? order = null, int? first = null,
        string? after = null, int? last = null, string? before = null)
    {
        var response = await Client.PostAsync(ProductsQuery, new { search, filter, order, first, after, last, before });
        return response.OkData()["products"]!;
    }

    /// <summary>Every product for a search/filter/order, walking forward 100 at a time, in the order the API returned them.</summary>
    public async Task<(List<JsonNode> Nodes, int TotalCount)> AllAsync(string? search = null, object? filter = null, string? order = null)
    {
        var nodes = new List<JsonNode>();
        string? after = null;
        int total;
        while (true)
        {
            var page = await PageAsync(search, filter, order, first: 100, after: after);
            total = (int)page["totalCount"]!;
            nodes.AddRange(page["edges"]!.AsArray().Select(e => e!["node"]!));
            if (!(bool)page["pageInfo"]!["hasNextPage"]!) break;
            after = (string)page["pageInfo"]!["endCursor"]!;
        }
        return (nodes, total);
    }

    public async Task<List<string>> SlugsAsync(string? search = null, object? filter = null, string? order = null) =>
        (await AllAsync(search, filter, order)).Nodes.Select(n => (string)n["slug"]!).ToList();
}

[CollectionDefinition(Name)]
public sealed class SeededCatalogCollection : ICollectionFixture<SeededCatalogFixture>
{
    /// <summary>Read-only tests share one seeded API (one seeding, less CPU on a shared 2-core machine).</summary>
    public const string Name = "Seeded catalog (read-only)";
}

public static class SlugAssert
{
    public static void SameSet(IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var e = expected.OrderBy(s => s, StringComparer.Ordinal).ToList();
        var a = actual.OrderBy(s => s, StringComparer.Ordinal).ToList();
        Assert.True(e.Count > 0, "The seed should give a non-empty expectation; the test would prove nothing otherwise.");
        Assert.Equal(e, a);
    }
}
