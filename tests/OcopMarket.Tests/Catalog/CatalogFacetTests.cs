using System.Text.Json.Nodes;
using Xunit;

namespace OcopMarket.Tests.Catalog;

/// <summary>productFacets counts the same products the listing would show for the same search and filter.</summary>
[Collection(SeededCatalogCollection.Name)]
public class CatalogFacetTests(SeededCatalogFixture api)
{
    private const string Query = """
        query($search: String, $filter: ProductFilter) {
          productFacets(search: $search, filter: $filter) {
            provinces { code name count } groups { group count } stars { stars count }
          }
          products(search: $search, filter: $filter, first: 1) { totalCount }
        }
        """;

    private async Task<(JsonNode Facets, int Total)> FacetsAsync(string? search, object? filter)
    {
        var data = (await api.Client.PostAsync(Query, new { search, filter })).OkData();
        return (data["productFacets"]!, (int)data["products"]!["totalCount"]!);
    }

    private static Dictionary<string, int> Counts(JsonNode facets, string list, string key) =>
        facets[list]!.AsArray().ToDictionary(f => f![key]!.ToString(), f => (int)f!["count"]!);

    public static TheoryData<string?, string?> Cases => new()
    {
        { null, null },
        { "nuoc mam", null },
        { "mat ong", "certified" },
        { null, "food-in-stock" },
        { "gao", "hung-yen" },
    };

    private static object? Filter(string? name) => name switch
    {
        "certified" => new { certifiedOnly = true },
        "food-in-stock" => new { groups = new[] { "FOOD" }, inStock = true },
        "hung-yen" => new { provinceCodes = new[] { "33" } },
        _ => null,
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Group_counts_sum_to_the_listing_total(string? search, string? filter)
    {
        var (facets, total) = await FacetsAsync(search, Filter(filter));
        Assert.True(total > 0);
        Assert.Equal(total, Counts(facets, "groups", "group").Values.Sum());
        Assert.Equal(total, Counts(facets, "provinces", "code").Values.Sum());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("food-in-stock")]
    public async Task Province_group_and_star_counts_match_the_seed(string? filter)
    {
        var (facets, _) = await FacetsAsync(null, Filter(filter));
        var products = api.Seed.Listed.Where(p => filter == null || (p.Group == "Food" && p.InStock)).ToList();

        Assert.Equal(products.GroupBy(p => p.Cooperative.ProvinceCode).ToDictionary(g => g.Key, g => g.Count()),
            Counts(facets, "provinces", "code"));
        Assert.Equal(products.GroupBy(p => p.GraphQLGroup).ToDictionary(g => g.Key, g => g.Count()),
            Counts(facets, "groups", "group"));
        Assert.Equal(products.Where(p => p.Certified).GroupBy(p => p.ValidStars.ToString()).ToDictionary(g => g.Key, g => g.Count()),
            Counts(facets, "stars", "stars"));
    }

    [Fact]
    public async Task Province_facets_carry_todays_province_names()
    {
        var (facets, _) = await FacetsAsync(null, null);
        var names = api.Seed.Provinces.ToDictionary(p => (string)p!["code"]!, p => (string)p!["name"]!);
        Assert.All(facets["provinces"]!.AsArray(), f => Assert.Equal(names[(string)f!["code"]!], (string)f["name"]!));
    }
}
