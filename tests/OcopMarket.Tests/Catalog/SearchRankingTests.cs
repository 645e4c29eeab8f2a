using OcopMarket.Tests.Identity;
using Xunit;

namespace OcopMarket.Tests.Catalog;

/// <summary>The seeded catalog with nothing remembered across requests: every search page is ranked in SQL.</summary>
public class UncachedSeededCatalogFixture : SeededCatalogFixture
{
    protected override string FacetCacheSeconds => "0";
}

/// <summary>
/// With Catalog:FacetCacheSeconds on (production), forward relevance pages come from a search's remembered ranking
/// instead of ranking every match again. Walking them must give what ranking in SQL gives.
/// </summary>
public class SearchRankingTests(SeededCatalogFixture cached, UncachedSeededCatalogFixture uncached)
    : IClassFixture<SeededCatalogFixture>, IClassFixture<UncachedSeededCatalogFixture>
{
    [Theory]
    [InlineData("nuoc mam")]
    [InlineData("mat ong")]
    [InlineData("gao")]
    [InlineData("thai binh")]
    public async Task Walking_a_search_three_at_a_time_matches_ranking_it_in_sql(string search)
    {
        var fromRanking = await WalkAsync(cached, search);
        var inSql = await WalkAsync(uncached, search);

        Assert.True(inSql.Count > 3, $"'{search}' should span several pages, found {inSql.Count}");
        Assert.Equal(inSql, fromRanking);
        Assert.Equal(fromRanking.Count, fromRanking.Distinct().Count());
    }

    public static IEnumerable<object[]> Filters() =>
    [
        ["nuoc mam", new { minPrice = 1 }],
        ["gao", new { groups = new[] { "FOOD" } }],
        ["mat ong", new { certifiedOnly = true }],
        ["nuoc mam", new { provinceCodes = new[] { "31" } }],
        ["thai binh", new { maxPrice = 60000 }],
    ];

    /// <summary>One ranking per search serves every filter (it is checked against the ranking's entries by id); the
    /// pages must still be exactly what ranking the filtered matches in SQL gives.</summary>
    [Theory]
    [MemberData(nameof(Filters))]
    public async Task A_filtered_search_walked_from_the_searchs_ranking_matches_ranking_it_in_sql(string search, object filter)
    {
        await WalkAsync(cached, search); // the unfiltered ranking is remembered first
        var fromRanking = await WalkAsync(cached, search, filter);
        var inSql = await WalkAsync(uncached, search, filter);

        Assert.NotEmpty(inSql);
        Assert.Equal(inSql, fromRanking);
    }

    private static async Task<List<string>> WalkAsync(SeededCatalogFixture api, string search, object? filter = null)
    {
        var slugs = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var page = await api.PageAsync(search, filter, first: 3, after: after);
            slugs.AddRange(page["edges"]!.AsArray().Select(e => (string)e!["node"]!["slug"]!));
            if (!(bool)page["pageInfo"]!["hasNextPage"]!) return slugs;
            after = (string)page["pageInfo"]!["endCursor"]!;
        }
        throw new InvalidOperationException("the walk did not end");
    }
}

/// <summary>Production caching settings with listing management: what a remembered ranking may and may not serve.</summary>
public class CachedManagementFixture : ManagementFixture
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Catalog:FacetCacheSeconds"] = "60" };
}

public class SearchRankingFreshnessTests(CachedManagementFixture api) : IClassFixture<CachedManagementFixture>
{
    private const string Search = """
        query($q: String!) { products(search: $q, first: 10) { nodes { slug name } } }
        """;

    [Fact]
    public async Task A_remembered_ranking_never_serves_an_unlisted_product_or_an_old_name()
    {
        var word = "zq" + IdentityFixture.Unique();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var input = Mgmt.ProductInput($"mut-gung-{word}-{i}", "SKU-" + IdentityFixture.Unique());
            input["name"] = $"Mứt gừng {word} {i}";
            var created = (await api.A.Manager.PostAsync(Mgmt.CreateProduct, new { input })).OkData()["createProduct"]!;
            Assert.Empty(created["userErrors"]!.AsArray());
            var id = created["product"]!["id"]!.GetValue<string>();
            Assert.Empty((await api.A.Manager.PostAsync(Mgmt.Publish, new { id })).OkData()["publishProduct"]!["userErrors"]!.AsArray());
            ids.Add(id);
        }
        Assert.Equal(3, (await NamesAsync(word)).Count); // the ranking is now remembered

        Assert.Empty((await api.A.Manager.PostAsync(Mgmt.Unpublish, new { id = ids[0] })).OkData()["unpublishProduct"]!["userErrors"]!.AsArray());
        var version = (await api.Client.PostAsync("query($slug: String!) { product(slug: $slug) { version } }", new { slug = $"mut-gung-{word}-1" }))
            .OkData()["product"]!["version"]!.GetValue<int>();
        var renamed = await api.A.Manager.PostAsync(Mgmt.UpdateProduct,
            new { input = new { productId = ids[1], expectedVersion = version, name = $"Mứt gừng non {word} 1" } });
        Assert.Empty(renamed.OkData()["updateProduct"]!["userErrors"]!.AsArray());

        var names = await NamesAsync(word);
        Assert.Equal(2, names.Count);
        Assert.Contains($"Mứt gừng non {word} 1", names);
        Assert.DoesNotContain(names, n => n.EndsWith($"{word} 0"));
    }

    private async Task<List<string>> NamesAsync(string word) =>
        (await api.Client.PostAsync(Search, new { q = word })).OkData()["products"]!["nodes"]!.AsArray()
            .Select(n => n!["name"]!.GetValue<string>()).ToList();
}
