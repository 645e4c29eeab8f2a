using Xunit;

namespace OcopMarket.Tests.Catalog;

/// <summary>A page reads cooperatives and stock in its own statement only when the client selects them, fragments included.</summary>
public class CatalogSelectionTests(SeededCatalogFixture api) : IClassFixture<SeededCatalogFixture>
{
    [Fact]
    public async Task Cooperative_and_stock_selected_through_a_fragment_are_served()
    {
        var data = (await api.Client.PostAsync("""
            { products(first: 5) { edges { node { ...Card } } } }
            fragment Card on Product { slug cooperative { slug } variants { sku stockAvailable } }
            """)).OkData();
        foreach (var edge in data["products"]!["edges"]!.AsArray())
        {
            var node = edge!["node"]!;
            var seeded = api.Seed.Products.Single(p => p.Slug == node["slug"]!.GetValue<string>());
            Assert.Equal(seeded.Cooperative.Slug, node["cooperative"]!["slug"]!.GetValue<string>());
            foreach (var variant in node["variants"]!.AsArray())
            {
                var stock = seeded.Variants.Single(v => v.Sku == variant!["sku"]!.GetValue<string>()).Stock;
                Assert.Equal(stock, variant!["stockAvailable"]!.GetValue<int>());
            }
        }
    }

    [Fact]
    public async Task A_page_without_related_fields_still_resolves_them_when_asked_elsewhere()
    {
        var data = (await api.Client.PostAsync("""
            { light: products(first: 3) { nodes { slug } }
              full: products(first: 3) { nodes { slug cooperative { slug } } } }
            """)).OkData();
        Assert.Equal(data["light"]!["nodes"]!.AsArray().Select(n => n!["slug"]!.GetValue<string>()),
            data["full"]!["nodes"]!.AsArray().Select(n => n!["slug"]!.GetValue<string>()));
        Assert.All(data["full"]!["nodes"]!.AsArray(), n => Assert.NotNull(n!["cooperative"]!["slug"]));
    }
}
