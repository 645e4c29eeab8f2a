using System.Text.Json.Nodes;
using Xunit;

namespace OcopMarket.Tests.Catalog;

/// <summary>
/// With Catalog:FacetCacheSeconds on, a search's matches are remembered and each filter's totalCount and facets are
/// counted from them in memory. They must be exactly what counting in SQL gives, filter by filter.
/// </summary>
public class SearchFacetsTests(SeededCatalogFixture cached, UncachedSeededCatalogFixture uncached)
    : IClassFixture<SeededCatalogFixture>, IClassFixture<UncachedSeededCatalogFixture>
{
    private const string Query = """
        query($search: String, $filter: ProductFilter) {
          products(search: $search, filter: $filter, first: 1) { totalCount }
          productFacets(search: $search, filter: $filter) { groups { group count } provinces { code count } stars { stars count } }
        }
        """;

    public static IEnumerable<object[]> Cases() =>
    [
        ["nuoc mam", null!],
        ["nuoc mam", new { minPrice = 50_000 }],
        ["nuoc mam", new { maxPrice = 60_000 }],
        ["gao", new { groups = new[] { "FOOD" } }],
        ["gao", new { groups = new[] { "DRINKS", "FOOD" }, minStars = 4 }],
        ["mat ong", new { certifiedOnly = true }],
        ["mat ong", new { minStars = 5 }],
        ["nuoc mam", new { provinceCodes = new[] { "31" } }],
        ["thai binh", new { provinceCodes = new[] { "34" } }], // a former province: matched on former_province_code
        ["thai binh", new { cooperativeSlug = "htx-nuoc-mam-cat-hai" }],
        ["che", new { minPrice = 100_000, maxPrice = 300_000 }], // both ends: counted in SQL
        ["che", new { inStock = true }], // stock: counted in SQL
        ["nuoc mamm", null!], // a typo: the fuzzy matches
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Counts_and_facets_of_a_filtered_search_match_counting_in_sql(string search, object? filter)
    {
        await cached.Client.PostAsync(Query, new { search }); // the search's matches are remembered first
        var remembered = (await cached.Client.PostAsync(Query, new { search, filter })).OkData();
        var inSql = (await uncached.Client.PostAsync(Query, new { search, filter })).OkData();

        Assert.Equal(inSql.ToJsonString(), remembered.ToJsonString());
        Assert.True(search == "nuoc mamm" || filter != null || (int)inSql["products"]!["totalCount"]! > 0, "the search should find something");
    }

    [Fact]
    public async Task An_unknown_province_is_refused_as_before()
    {
        await cached.Client.PostAsync(Query, new { search = "gao" });
        var response = await cached.Client.PostAsync(Query, new { search = "gao", filter = new { provinceCodes = new[] { "99" } } });
        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }
}
