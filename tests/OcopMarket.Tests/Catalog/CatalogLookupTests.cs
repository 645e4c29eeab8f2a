using System.Text.Json.Nodes;
using Xunit;

namespace OcopMarket.Tests.Catalog;

/// <summary>Single products, storefronts, the cooperative directory, provinces and Relay node ids.</summary>
[Collection(SeededCatalogCollection.Name)]
public class CatalogLookupTests(SeededCatalogFixture api)
{
    private const string ProductQuery = """
        query($slug: String!, $quantity: Int!) {
          product(slug: $slug) {
            id slug name certified
            cooperative { slug name province { code name } }
            variants { sku retailPrice stockAvailable unitPriceFor(quantity: $quantity) priceTiers { minQuantity unitPrice } }
          }
        }
        """;

    private async Task<JsonNode?> ProductAsync(string slug, int quantity = 1) =>
        (await api.Client.PostAsync(ProductQuery, new { slug, quantity })).OkData()["product"];

    [Fact]
    public async Task Product_by_slug_returns_a_published_product_with_cooperative_variants_tiers_and_stock()
    {
        var seed = api.Seed.Listed.First(p => p.Variants.Count > 1 && p.Variants.Any(v => v.Tiers.Count > 1) && p.Variants.Any(v => v.Stock > 0));
        var product = await ProductAsync(seed.Slug, quantity: 1_000_000);
        Assert.NotNull(product);
        Assert.Equal(seed.Name, (string)product["name"]!);
        Assert.Equal(seed.Cooperative.Slug, (string)product["cooperative"]!["slug"]!);
        Assert.Equal(seed.Cooperative.ProvinceCode, (string)product["cooperative"]!["province"]!["code"]!);
        var variants = product["variants"]!.AsArray();
        Assert.Equal(seed.Variants.Select(v => v.Sku), variants.Select(v => (string)v!["sku"]!));
        foreach (var (expected, actual) in seed.Variants.Zip(variants))
        {
            Assert.Equal(expected.RetailPrice, (long)actual!["retailPrice"]!);
            Assert.Equal(expected.Stock, (int)actual["stockAvailable"]!);
            var tiers = expected.Tiers.OrderBy(t => t.MinQuantity).ToList();
            Assert.Equal(tiers.Select(t => (t.MinQuantity, t.UnitPrice)),
                actual["priceTiers"]!.AsArray().Select(t => ((int)t!["minQuantity"]!, (long)t["unitPrice"]!)));
            // A huge order reaches the last price break.
            Assert.Equal(tiers.Count > 0 ? tiers[^1].UnitPrice : expected.RetailPrice, (long)actual["unitPriceFor"]!);
        }
    }

    [Fact]
    public async Task Unit_price_for_one_unit_is_the_retail_price()
    {
        var seed = api.Seed.Listed.First(p => p.Variants.Any(v => v.Tiers.Count > 0));
        var product = await ProductAsync(seed.Slug, quantity: 1);
        Assert.All(product!["variants"]!.AsArray(), v => Assert.Equal((long)v!["retailPrice"]!, (long)v["unitPriceFor"]!));
    }

    [Theory]
    [InlineData("Draft")]
    [InlineData("Archived")]
    public async Task Product_by_slug_is_null_for_unpublished_products(string status)
    {
        var seed = api.Seed.Products.First(p => p.Status == status);
        Assert.Null(await ProductAsync(seed.Slug));
    }

    [Theory]
    [InlineData("Suspended")]
    [InlineData("Unverified")]
    public async Task Product_by_slug_is_null_for_a_published_product_of_a_cooperative_not_verified(string cooperativeStatus)
    {
        var seed = api.Seed.Products.First(p => p.Status == "Published" && p.Cooperative.Status == cooperativeStatus);
        Assert.Null(await ProductAsync(seed.Slug));
    }

    [Fact]
    public async Task Product_by_unknown_slug_is_null() => Assert.Null(await ProductAsync("khong-co-san-pham-nay"));

    [Fact]
    public async Task Cooperative_storefront_shows_its_published_featured_products_in_order()
    {
        var cooperative = api.Seed.Cooperatives.First(c => c.Verified && c.FeaturedProductSlugs.Count > 1);
        var response = await api.Client.PostAsync("""
            query($slug: String!) {
              cooperative(slug: $slug) {
                slug name verificationStatus province { code } formerProvince { code name }
                storefront { tagline bannerUrl featuredProducts { slug cooperative { slug } } }
              }
            }
            """, new { slug = cooperative.Slug });
        var data = response.OkData()["cooperative"]!;
        Assert.Equal(cooperative.Name, (string)data["name"]!);
        Assert.Equal("VERIFIED", (string)data["verificationStatus"]!);
        Assert.Equal(cooperative.ProvinceCode, (string)data["province"]!["code"]!);
        Assert.Equal(cooperative.FormerProvinceCode, (string?)data["formerProvince"]?["code"]);
        Assert.NotNull((string?)data["storefront"]!["tagline"]);
        var expected = cooperative.FeaturedProductSlugs
            .Where(s => api.Seed.Products.Any(p => p.Slug == s && p.Listed && p.Cooperative == cooperative)).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, data["storefront"]!["featuredProducts"]!.AsArray().Select(p => (string)p!["slug"]!));
    }

    [Fact]
    public async Task Suspended_cooperative_has_no_storefront()
    {
        var suspended = api.Seed.Cooperatives.Single(c => c.Status == "Suspended");
        var response = await api.Client.PostAsync("query($slug: String!) { cooperative(slug: $slug) { slug } }", new { slug = suspended.Slug });
        Assert.Null(response.OkData()["cooperative"]);
    }

    [Fact]
    public async Task Cooperatives_connection_lists_only_verified_cooperatives()
    {
        var slugs = new List<string>();
        string? after = null;
        JsonNode connection;
        do
        {
            connection = (await api.Client.PostAsync("""
                query($after: String) { cooperatives(first: 5, after: $after) {
                  pageInfo { hasNextPage endCursor } nodes { slug verificationStatus } } }
                """, new { after })).OkData()["cooperatives"]!;
            Assert.All(connection["nodes"]!.AsArray(), n => Assert.Equal("VERIFIED", (string)n!["verificationStatus"]!));
            slugs.AddRange(connection["nodes"]!.AsArray().Select(n => (string)n!["slug"]!));
            after = (string?)connection["pageInfo"]!["endCursor"];
        } while ((bool)connection["pageInfo"]!["hasNextPage"]!);
        Assert.Equal(slugs.Count, slugs.Distinct().Count());
        SlugAssert.SameSet(api.Seed.Cooperatives.Where(c => c.Verified).Select(c => c.Slug), slugs);
    }

    [Fact]
    public async Task Cooperatives_filter_by_former_province_code()
    {
        var response = await api.Client.PostAsync("""{ cooperatives(first: 100, filter: { provinceCodes: ["34"] }) { nodes { slug } } }""");
        SlugAssert.SameSet(api.Seed.Cooperatives.Where(c => c.Verified && c.FormerProvinceCode == "34").Select(c => c.Slug),
            response.OkData()["cooperatives"]!["nodes"]!.AsArray().Select(n => (string)n!["slug"]!));
    }

    [Fact]
    public async Task Provinces_lists_the_34_provinces_with_their_former_provinces()
    {
        var provinces = (await api.Client.PostAsync("{ provinces { code name formerProvinces { code name } } }"))
            .OkData()["provinces"]!.AsArray();
        Assert.Equal(34, provinces.Count);
        var expected = api.Seed.Provinces.ToDictionary(p => (string)p!["code"]!,
            p => p!["formerProvinces"]!.AsArray().Select(f => $"{(string)f!["code"]!} {(string)f["name"]!}").ToList());
        Assert.Equal(expected.Keys.Order(), provinces.Select(p => (string)p!["code"]!).Order());
        foreach (var province in provinces)
        {
            Assert.Equal(expected[(string)province!["code"]!],
                province["formerProvinces"]!.AsArray().Select(f => $"{(string)f!["code"]!} {(string)f["name"]!}"));
        }
        var hungYen = provinces.Single(p => (string)p!["code"]! == "33")!;
        Assert.Contains(hungYen["formerProvinces"]!.AsArray(), f => (string)f!["name"]! == "Thái Bình");
    }

    [Fact]
    public async Task Node_round_trips_product_and_cooperative_global_ids()
    {
        var seed = api.Seed.Listed.First();
        var product = (await ProductAsync(seed.Slug))!;
        var cooperative = (await api.Client.PostAsync("query($slug: String!) { cooperative(slug: $slug) { id slug } }",
            new { slug = seed.Cooperative.Slug })).OkData()["cooperative"]!;

        const string nodeQuery = """
            query($id: ID!) { node(id: $id) { __typename id ... on Product { slug } ... on Cooperative { slug } } }
            """;
        var productNode = (await api.Client.PostAsync(nodeQuery, new { id = (string)product["id"]! })).OkData()["node"]!;
        Assert.Equal("Product", (string)productNode["__typename"]!);
        Assert.Equal(seed.Slug, (string)productNode["slug"]!);
        Assert.Equal((string)product["id"]!, (string)productNode["id"]!);

        var cooperativeNode = (await api.Client.PostAsync(nodeQuery, new { id = (string)cooperative["id"]! })).OkData()["node"]!;
        Assert.Equal("Cooperative", (string)cooperativeNode["__typename"]!);
        Assert.Equal(seed.Cooperative.Slug, (string)cooperativeNode["slug"]!);
        Assert.Equal((string)cooperative["id"]!, (string)cooperativeNode["id"]!);
    }

    [Fact]
    public async Task Node_with_a_malformed_id_is_a_bad_user_input_error()
    {
        var response = await api.Client.PostAsync("{ node(id: \"not-an-id\") { id } }");
        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }
}
