using System.Text.Json.Nodes;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Identity;

/// <summary>publishProducts, unpublishProducts, archiveProducts, verifyCertificates and setStockLevels: all or nothing per
/// call, each refusal naming its item.</summary>
public class BulkListingTests(ManagementFixture api) : IClassFixture<ManagementFixture>
{
    private static string Bulk(string field) =>
        $$"""mutation($ids: [ID!]!) { {{field}}(input: { productIds: $ids }) { products { id status version certificate { verified } } {{Mgmt.Errors}} } }""";

    private const string SetLevels = $$"""
        mutation($levels: [SetStockInput!]!) { setStockLevels(input: { levels: $levels }) { levels { sku onHand reserved available } {{Mgmt.Errors}} } }
        """;

    private async Task<string> StatusAsync(GraphQLClient manager, string slug) =>
        (await manager.PostAsync("""{ listings(first: 100) { nodes { slug status } } }""")).OkData()["listings"]!["nodes"]!.AsArray()
        .Single(n => n!["slug"]!.GetValue<string>() == slug)!["status"]!.GetValue<string>();

    [Fact]
    public async Task A_bulk_publish_with_one_foreign_item_changes_nothing_and_names_that_item()
    {
        var mine1 = await api.CreateProductAsync(api.A.Manager);
        var mine2 = await api.CreateProductAsync(api.A.Manager);
        var theirs = await api.CreateProductAsync(api.B.Manager);
        var ids = new[] { mine1["id"]!.GetValue<string>(), theirs["id"]!.GetValue<string>(), mine2["id"]!.GetValue<string>() };

        var refused = (await api.A.Manager.PostAsync(Bulk("publishProducts"), new { ids })).OkData()["publishProducts"]!;
        Assert.Empty(refused["products"]!.AsArray());
        var error = Assert.Single(refused["userErrors"]!.AsArray())!;
        Assert.Equal("FORBIDDEN", error["code"]!.GetValue<string>());
        Assert.Equal(["input", "productIds", "1"], error["field"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal("DRAFT", await StatusAsync(api.A.Manager, mine1["slug"]!.GetValue<string>()));
        Assert.Equal("DRAFT", await StatusAsync(api.A.Manager, mine2["slug"]!.GetValue<string>()));
        Assert.Equal("DRAFT", await StatusAsync(api.B.Manager, theirs["slug"]!.GetValue<string>()));

        var published = (await api.A.Manager.PostAsync(Bulk("publishProducts"), new { ids = new[] { ids[0], ids[2] } })).OkData()["publishProducts"]!;
        Assert.Empty(published["userErrors"]!.AsArray());
        Assert.Equal([ids[0], ids[2]], published["products"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()));
        Assert.All(published["products"]!.AsArray(), p => Assert.Equal("PUBLISHED", p!["status"]!.GetValue<string>()));
        // Each product's own audit trail records the bulk change, like the single mutation's.
        var history = (await api.A.Manager.PostAsync(Mgmt.History, new { slug = mine2["slug"]!.GetValue<string>() })).OkData()["listingHistory"]!;
        Assert.Equal("published", history["nodes"]![0]!["action"]!.GetValue<string>());
        Assert.NotNull((await api.Client.PostAsync(Mgmt.PublicProduct, new { slug = mine1["slug"]!.GetValue<string>() })).OkData()["product"]);

        var archived = (await api.A.Manager.PostAsync(Bulk("archiveProducts"), new { ids = new[] { ids[0] } })).OkData()["archiveProducts"]!;
        Assert.Equal("ARCHIVED", archived["products"]![0]!["status"]!.GetValue<string>());
        // An archived listing cannot come back: the whole call is refused at its index, the other item stays published.
        var again = (await api.A.Manager.PostAsync(Bulk("unpublishProducts"), new { ids = new[] { ids[2], ids[0] } })).OkData()["unpublishProducts"]!;
        var transition = Assert.Single(again["userErrors"]!.AsArray())!;
        Assert.Equal("INVALID_TRANSITION", transition["code"]!.GetValue<string>());
        Assert.Equal(["input", "productIds", "1"], transition["field"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal("PUBLISHED", await StatusAsync(api.A.Manager, mine2["slug"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Repeated_malformed_and_empty_id_lists_are_refused_per_item()
    {
        var product = await api.CreateProductAsync(api.A.Manager);
        var id = product["id"]!.GetValue<string>();
        var twice = (await api.A.Manager.PostAsync(Bulk("publishProducts"), new { ids = new[] { id, id } })).OkData()["publishProducts"]!;
        Assert.Equal(["input", "productIds", "1"], Assert.Single(twice["userErrors"]!.AsArray())!["field"]!.AsArray().Select(f => f!.GetValue<string>()));
        var malformed = (await api.A.Manager.PostAsync(Bulk("publishProducts"), new { ids = new[] { id, "not-an-id" } })).OkData()["publishProducts"]!;
        Assert.Equal(["input", "productIds", "1"], Assert.Single(malformed["userErrors"]!.AsArray())!["field"]!.AsArray().Select(f => f!.GetValue<string>()));
        var empty = (await api.A.Manager.PostAsync(Bulk("publishProducts"), new { ids = Array.Empty<string>() })).OkData()["publishProducts"]!;
        Assert.Equal("VALIDATION", Assert.Single(empty["userErrors"]!.AsArray())!["code"]!.GetValue<string>());
        Assert.Equal("DRAFT", await StatusAsync(api.A.Manager, product["slug"]!.GetValue<string>()));
        var anonymous = (await api.Client.PostAsync(Bulk("publishProducts"), new { ids = new[] { id } })).OkData()["publishProducts"]!;
        Assert.Equal("UNAUTHENTICATED", Assert.Single(anonymous["userErrors"]!.AsArray())!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_admins_verify_certificates_in_bulk_and_a_product_without_one_stops_the_call()
    {
        var withCertificate = await api.CreateProductAsync(api.A.Manager);
        var without = await api.CreateProductAsync(api.A.Manager);
        var attached = (await api.A.Manager.PostAsync(Mgmt.AttachCertificate, new
        {
            input = new { productId = withCertificate["id"]!.GetValue<string>(), stars = 4, decisionNumber = "123/QĐ-UBND", issuer = "UBND tỉnh Thái Bình", level = "Province", issuedOn = "2025-03-01" }
        })).OkData()["attachCertificate"]!;
        Assert.Empty(attached["userErrors"]!.AsArray());
        var ids = new[] { withCertificate["id"]!.GetValue<string>(), without["id"]!.GetValue<string>() };

        var byManager = (await api.A.Manager.PostAsync(Bulk("verifyCertificates"), new { ids })).OkData()["verifyCertificates"]!;
        Assert.Equal("FORBIDDEN", Assert.Single(byManager["userErrors"]!.AsArray())!["code"]!.GetValue<string>());

        var missing = (await api.Admin.PostAsync(Bulk("verifyCertificates"), new { ids })).OkData()["verifyCertificates"]!;
        var error = Assert.Single(missing["userErrors"]!.AsArray())!;
        Assert.Equal("NOT_FOUND", error["code"]!.GetValue<string>());
        Assert.Equal(["input", "productIds", "1"], error["field"]!.AsArray().Select(f => f!.GetValue<string>()));

        var verified = (await api.Admin.PostAsync(Bulk("verifyCertificates"), new { ids = new[] { ids[0] } })).OkData()["verifyCertificates"]!;
        Assert.Empty(verified["userErrors"]!.AsArray());
        Assert.True(verified["products"]![0]!["certificate"]!["verified"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Stock_levels_are_set_together_or_not_at_all()
    {
        var skuA = "BULK-A-" + IdentityFixture.Unique();
        var skuB = "BULK-B-" + IdentityFixture.Unique();
        var skuForeign = "BULK-F-" + IdentityFixture.Unique();
        await api.CreateProductAsync(api.A.Manager, sku: skuA);
        await api.CreateProductAsync(api.A.Manager, sku: skuB);
        await api.CreateProductAsync(api.B.Manager, sku: skuForeign);

        async Task<JsonNode> SetAsync(GraphQLClient who, params object[] levels) =>
            (await who.PostAsync(SetLevels, new { levels })).OkData()["setStockLevels"]!;

        var set = await SetAsync(api.A.Manager, new { sku = skuA, onHand = 40 }, new { sku = skuB, onHand = 60 });
        Assert.Empty(set["userErrors"]!.AsArray());
        Assert.Equal([40, 60], set["levels"]!.AsArray().Select(l => l!["onHand"]!.GetValue<int>()));
        Assert.Equal(60, set["levels"]![1]!["available"]!.GetValue<int>());

        // One unknown SKU, one of another cooperative, one negative: each named, and A and B keep 40 and 60.
        var refused = await SetAsync(api.A.Manager, new { sku = skuA, onHand = 1 }, new { sku = "NO-SUCH-" + IdentityFixture.Unique(), onHand = 5 },
            new { sku = skuForeign, onHand = 5 }, new { sku = skuB, onHand = -1 });
        Assert.Empty(refused["levels"]!.AsArray());
        var errors = refused["userErrors"]!.AsArray().Select(e => (e!["code"]!.GetValue<string>(), string.Join('.', e["field"]!.AsArray().Select(f => f!.GetValue<string>())))).ToList();
        Assert.Equal([("NOT_FOUND", "input.levels.1.sku"), ("FORBIDDEN", "input.levels.2.sku"), ("VALIDATION", "input.levels.3.onHand")], errors);
        var unchanged = await SetAsync(api.A.Manager, new { sku = skuA, onHand = 40 }, new { sku = skuB, onHand = 60 });
        Assert.Equal([40, 60], unchanged["levels"]!.AsArray().Select(l => l!["onHand"]!.GetValue<int>()));

        var buyer = await SetAsync(api.Buyer, new { sku = skuA, onHand = 1 });
        Assert.Equal("FORBIDDEN", Assert.Single(buyer["userErrors"]!.AsArray())!["code"]!.GetValue<string>());
    }
}
