using System.Net;
using OcopMarket.Tests.Identity;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Catalog;

/// <summary>
/// The API keeps product and cooperative documents in memory between requests (checked against the revision each
/// statement returns). A change saved through another API process must show on the very next read of this one.
/// </summary>
public class CatalogCacheTests(ManagementFixture api) : IClassFixture<ManagementFixture>
{
    private const string Read = """
        query($slug: String!, $coop: String!) {
          product(slug: $slug) { name cooperative { storefront { tagline } } }
          products(first: 5, filter: { cooperativeSlug: $coop }) { nodes { slug name cooperative { storefront { tagline } } } }
        }
        """;

    [Fact]
    public async Task Changes_saved_through_another_api_process_show_on_the_next_read()
    {
        var (cooperative, id, slug, name) = await PublishedProductAsync();

        // Read twice here, so this process holds both documents.
        var variables = new { slug, coop = cooperative.Slug };
        for (var i = 0; i < 2; i++)
            Assert.Equal(name, (await api.Client.PostAsync(Read, variables)).OkData()["product"]!["name"]!.GetValue<string>());

        await using var second = await ApiProcess.StartAsync(ApiFixture.ConnectionString, api.Schema);
        using var secondHttp = new HttpClient { BaseAddress = second.BaseAddress };
        var elsewhere = new GraphQLClient(secondHttp) { BearerToken = cooperative.Manager.BearerToken };
        var versions = (await api.Client.PostAsync("query($slug: String!, $coop: String!) { product(slug: $slug) { version } cooperative(slug: $coop) { version } }",
            variables)).OkData();
        var edited = await elsewhere.PostAsync(Mgmt.UpdateProduct,
            new { input = new { productId = id, expectedVersion = versions["product"]!["version"]!.GetValue<int>(), name = "Mật ong hoa nhãn Hưng Yên" } });
        Assert.Empty(edited.OkData()["updateProduct"]!["userErrors"]!.AsArray());
        var storefront = await elsewhere.PostAsync(Mgmt.UpdateStorefront,
            new { input = new { cooperativeId = cooperative.Id, expectedVersion = versions["cooperative"]!["version"]!.GetValue<int>(), tagline = "Ngọt lành từ vườn nhãn" } });
        Assert.Empty(storefront.OkData()["updateStorefront"]!["userErrors"]!.AsArray());

        var after = (await api.Client.PostAsync(Read, variables)).OkData();
        Assert.Equal("Mật ong hoa nhãn Hưng Yên", after["product"]!["name"]!.GetValue<string>());
        Assert.Equal("Ngọt lành từ vườn nhãn", after["product"]!["cooperative"]!["storefront"]!["tagline"]!.GetValue<string>());
        var listed = Assert.Single(after["products"]!["nodes"]!.AsArray())!;
        Assert.Equal("Mật ong hoa nhãn Hưng Yên", listed["name"]!.GetValue<string>());
        Assert.Equal("Ngọt lành từ vườn nhãn", listed["cooperative"]!["storefront"]!["tagline"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unpublishing_through_another_process_removes_the_product_from_this_ones_listing()
    {
        var (cooperative, id, slug, _) = await PublishedProductAsync();
        var variables = new { slug, coop = cooperative.Slug };
        Assert.Single((await api.Client.PostAsync(Read, variables)).OkData()["products"]!["nodes"]!.AsArray());

        await using var second = await ApiProcess.StartAsync(ApiFixture.ConnectionString, api.Schema);
        using var secondHttp = new HttpClient { BaseAddress = second.BaseAddress };
        var elsewhere = new GraphQLClient(secondHttp) { BearerToken = cooperative.Manager.BearerToken };
        Assert.Empty((await elsewhere.PostAsync(Mgmt.Unpublish, new { id })).OkData()["unpublishProduct"]!["userErrors"]!.AsArray());

        var after = (await api.Client.PostAsync(Read, variables)).OkData();
        Assert.Null(after["product"]);
        Assert.Empty(after["products"]!["nodes"]!.AsArray());
    }

    /// <summary>A new verified cooperative with one published product.</summary>
    private async Task<(ManagementFixture.Cooperative Cooperative, string Id, string Slug, string Name)> PublishedProductAsync()
    {
        var cooperative = await api.RegisterCooperativeAsync(verify: true);
        var product = await api.CreateProductAsync(cooperative.Manager);
        var id = product["id"]!.GetValue<string>();
        Assert.Empty((await cooperative.Manager.PostAsync(Mgmt.Publish, new { id })).OkData()["publishProduct"]!["userErrors"]!.AsArray());
        return (cooperative, id, product["slug"]!.GetValue<string>(), product["name"]!.GetValue<string>());
    }
}
