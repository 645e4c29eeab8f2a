using System.Text.Json.Nodes;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Identity;

/// <summary>Two verified cooperatives (A and B) with signed-in managers, a verified buyer member, and an admin; built
/// through the API's own mutations.</summary>
public class ManagementFixture : IdentityFixture
{
    public GraphQLClient Admin { get; private set; } = null!;
    public Cooperative A { get; private set; } = null!;
    public Cooperative B { get; private set; } = null!;
    public GraphQLClient Buyer { get; private set; } = null!;

    public sealed record Cooperative(string Id, string Slug, GraphQLClient Manager);

    protected override async Task AfterStartAsync()
    {
        await base.AfterStartAsync();
        Admin = await AdminAsync();
        A = await RegisterCooperativeAsync(verify: true);
        B = await RegisterCooperativeAsync(verify: true);
        var buyer = (await Client.PostAsync(Gql.RegisterBuyer, new { input = Gql.BuyerInput(Unique()) })).OkData()["registerBuyer"]!;
        Buyer = Client.WithToken(buyer["token"]!.GetValue<string>());
    }

    public async Task<Cooperative> RegisterCooperativeAsync(bool verify, string? slug = null)
    {
        slug ??= "htx-thu-nghiem-" + Unique();
        var payload = (await Client.PostAsync(Mgmt.RegisterCooperative, new { input = Mgmt.CooperativeInput(slug) })).OkData()["registerCooperative"]!;
        Assert.Empty(payload["userErrors"]!.AsArray());
        var id = payload["cooperative"]!["id"]!.GetValue<string>();
        if (verify)
        {
            var verified = (await Admin.PostAsync(Mgmt.VerifyCooperative, new { id })).OkData()["verifyCooperative"]!;
            Assert.Empty(verified["userErrors"]!.AsArray());
        }
        return new Cooperative(id, slug, Client.WithToken(payload["token"]!.GetValue<string>()));
    }

    /// <summary>Creates a valid product through createProduct and returns its payload's product.</summary>
    public async Task<JsonNode> CreateProductAsync(GraphQLClient manager, string? slug = null, string? sku = null)
    {
        var response = await manager.PostAsync(Mgmt.CreateProduct, new { input = Mgmt.ProductInput(slug ?? "nuoc-mam-" + Unique(), sku ?? "SKU-" + Unique()) });
        var payload = response.OkData()["createProduct"]!;
        Assert.True(payload["userErrors"]!.AsArray().Count == 0, response.Body);
        return payload["product"]!;
    }
}

/// <summary>Operations and inputs of the management tests.</summary>
public static class Mgmt
{
    public const string Errors = "userErrors { code field message }";
    public const string ProductFields = "id slug name status version variants { sku retailPrice minOrderQuantity orderIncrement priceTiers { minQuantity unitPrice } } certificate { stars verified } certified";

    public const string RegisterCooperative = $$"""
        mutation($input: RegisterCooperativeInput!) { registerCooperative(input: $input) {
          cooperative { id slug verificationStatus version } manager { id email role } token {{Errors}} } }
        """;

    public const string VerifyCooperative = $$"""mutation($id: ID!) { verifyCooperative(input: { cooperativeId: $id }) { cooperative { id verificationStatus } {{Errors}} } }""";
    public const string SuspendCooperative = $$"""mutation($id: ID!) { suspendCooperative(input: { cooperativeId: $id }) { cooperative { id verificationStatus } {{Errors}} } }""";
    public const string UpdateStorefront = $$"""mutation($input: UpdateStorefrontInput!) { updateStorefront(input: $input) { cooperative { id version storefront { tagline } } {{Errors}} } }""";
    public const string CreateProduct = $$"""mutation($input: CreateProductInput!) { createProduct(input: $input) { product { {{ProductFields}} } {{Errors}} } }""";
    public const string UpdateProduct = $$"""mutation($input: UpdateProductInput!) { updateProduct(input: $input) { product { {{ProductFields}} } {{Errors}} } }""";
    public const string Publish = $$"""mutation($id: ID!) { publishProduct(input: { productId: $id }) { product { status } {{Errors}} } }""";
    public const string Unpublish = $$"""mutation($id: ID!) { unpublishProduct(input: { productId: $id }) { product { status } {{Errors}} } }""";
    public const string Archive = $$"""mutation($id: ID!) { archiveProduct(input: { productId: $id }) { product { status } {{Errors}} } }""";
    public const string SetStock = $$"""mutation($sku: String!, $n: Int!) { setStock(input: { sku: $sku, onHand: $n }) { sku onHand reserved {{Errors}} } }""";
    public const string AttachCertificate = $$"""mutation($input: AttachCertificateInput!) { attachCertificate(input: $input) { product { {{ProductFields}} } {{Errors}} } }""";
    public const string VerifyCertificate = $$"""mutation($id: ID!) { verifyCertificate(input: { productId: $id }) { product { {{ProductFields}} } {{Errors}} } }""";
    public const string History = """query($slug: String!, $first: Int, $after: String) { listingHistory(productSlug: $slug, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { action actorEmail version changes { field before after } } } }""";
    public const string Import = $$"""mutation($csv: String!) { importProducts(input: { csv: $csv }) { created updated unchanged rejected rows { line sku status errors } {{Errors}} } }""";
    public const string PublicProduct = """query($slug: String!) { product(slug: $slug) { slug } }""";

    public static object CooperativeInput(string slug, string? email = null) => new
    {
        name = "HTX Thử nghiệm " + slug[^8..], slug, registrationCode = "0801" + slug[^6..], provinceCode = "31", commune = "Xã Thụy Hương",
        address = "Thôn Đông", memberCount = 25, story = "", manager = new { email = email ?? $"{slug}@test.local", password = IdentityFixture.Password, displayName = "Quản lý" }
    };

    public static Dictionary<string, object?> ProductInput(string slug, string sku) => new()
    {
        ["slug"] = slug, ["name"] = "Nước mắm Cát Hải", ["description"] = "Nước mắm truyền thống", ["group"] = "FOOD",
        ["subgroup"] = "fish_sauce", ["origin"] = "Cát Hải, Hải Phòng", ["imageUrls"] = new[] { "https://img.example/nm.jpg" }, ["tags"] = new[] { "nuoc mam" },
        ["variants"] = new[] { Variant(sku) }
    };

    public static Dictionary<string, object?> Variant(string sku) => new()
    {
        ["sku"] = sku, ["name"] = "Chai 500 ml", ["unit"] = "chai", ["weightGrams"] = 600, ["retailPrice"] = 85000,
        ["priceTiers"] = new[] { new { minQuantity = 24, unitPrice = 78000 }, new { minQuantity = 120, unitPrice = 72000 } },
        ["minOrderQuantity"] = 12, ["orderIncrement"] = 12
    };
}
