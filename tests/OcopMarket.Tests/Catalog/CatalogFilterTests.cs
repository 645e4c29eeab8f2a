using Xunit;

namespace OcopMarket.Tests.Catalog;

/// <summary>Each filter returns exactly the products the seed says it should, and totalCount agrees.</summary>
[Collection(SeededCatalogCollection.Name)]
public class CatalogFilterTests(SeededCatalogFixture api)
{
    private async Task AssertFilterAsync(object filter, Func<SeedProduct, bool> expected)
    {
        var (nodes, total) = await api.AllAsync(filter: filter);
        var expectedSlugs = api.Seed.Listed.Where(expected).Select(p => p.Slug).ToList();
        SlugAssert.SameSet(expectedSlugs, nodes.Select(n => (string)n["slug"]!));
        Assert.Equal(expectedSlugs.Count, total);
    }

    [Fact]
    public Task No_filter_lists_published_products_of_verified_cooperatives_only() =>
        AssertFilterAsync(new { }, _ => true);

    [Fact]
    public Task Groups_filter_returns_products_of_those_groups() =>
        AssertFilterAsync(new { groups = new[] { "DRINKS", "HERBAL" } }, p => p.Group is "Drinks" or "Herbal");

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public Task Min_stars_counts_valid_certificates_only(int stars) =>
        AssertFilterAsync(new { minStars = stars }, p => p.ValidStars >= stars);

    [Fact]
    public async Task Certified_only_excludes_expired_and_unverified_certificates()
    {
        // The seed must hold both kinds, or this test would prove nothing about them.
        Assert.Contains(api.Seed.Listed, p => p.Stars != null && !p.CertificateVerified);
        Assert.Contains(api.Seed.Listed, p => p.CertificateVerified && !p.Certified);
        await AssertFilterAsync(new { certifiedOnly = true }, p => p.Certified);
    }

    [Fact]
    public async Task Certified_field_agrees_with_the_seed()
    {
        var (nodes, _) = await api.AllAsync();
        Assert.All(nodes, n => Assert.Equal(api.Seed.Product((string)n["slug"]!).Certified, (bool)n["certified"]!));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task In_stock_filter_splits_on_any_variant_with_stock(bool inStock) =>
        AssertFilterAsync(new { inStock }, p => p.InStock == inStock);

    [Theory]
    [InlineData(100_000L, 300_000L)]
    [InlineData(250_000L, null)]
    [InlineData(null, 80_000L)]
    [InlineData(1_250_000L, 1_250_000L)]
    public Task Price_range_matches_when_some_variant_retail_price_is_in_range(long? minPrice, long? maxPrice) =>
        AssertFilterAsync(new { minPrice, maxPrice },
            p => p.Variants.Any(v => (minPrice == null || v.RetailPrice >= minPrice) && (maxPrice == null || v.RetailPrice <= maxPrice)));

    [Fact]
    public async Task Cooperative_slug_filter_returns_that_cooperatives_products()
    {
        var slug = api.Seed.Listed.GroupBy(p => p.Cooperative.Slug).OrderByDescending(g => g.Count()).First().Key;
        await AssertFilterAsync(new { cooperativeSlug = slug }, p => p.Cooperative.Slug == slug);
    }

    [Fact]
    public async Task Suspended_or_unverified_cooperative_slug_filter_returns_nothing()
    {
        foreach (var cooperative in api.Seed.Cooperatives.Where(c => !c.Verified))
        {
            Assert.Contains(api.Seed.Products, p => p.Cooperative == cooperative && p.Status == "Published");
            var (nodes, total) = await api.AllAsync(filter: new { cooperativeSlug = cooperative.Slug });
            Assert.Empty(nodes);
            Assert.Equal(0, total);
        }
    }

    [Fact]
    public Task Filters_combine_with_and() =>
        AssertFilterAsync(new { groups = new[] { "FOOD" }, inStock = true, certifiedOnly = true, provinceCodes = new[] { "37", "31" } },
            p => p.Group == "Food" && p.InStock && p.Certified && p.Cooperative.ProvinceCode is "37" or "31");
}
