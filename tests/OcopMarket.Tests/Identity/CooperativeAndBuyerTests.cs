using System.Text.Json.Nodes;
using OcopMarket.Cooperatives.Model;
using OcopMarket.Ordering.Buyers;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Identity;

public class CooperativeAndBuyerTests(ManagementFixture api) : IClassFixture<ManagementFixture>
{
    private static string? Code(GraphQLResponse response, string field) =>
        response.OkData()[field]!["userErrors"]!.AsArray().FirstOrDefault()?["code"]?.GetValue<string>();

    private async Task<Cooperative> StoredAsync(string slug) => (await api.AllAsync<Cooperative>()).Single(c => c.Slug == slug);

    [Fact]
    public async Task Registering_a_cooperative_creates_it_unverified_with_a_signed_in_manager()
    {
        var cooperative = await api.RegisterCooperativeAsync(verify: false);
        Assert.Equal(CooperativeStatus.Unverified, (await StoredAsync(cooperative.Slug)).Status);
        var me = (await cooperative.Manager.PostAsync(Gql.Me)).OkData()["me"]!;
        Assert.Equal("COOPERATIVE_MANAGER", me["role"]!.GetValue<string>());
        Assert.Equal(cooperative.Slug, me["cooperative"]!["slug"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_an_admin_verifies_or_suspends_a_cooperative()
    {
        var cooperative = await api.RegisterCooperativeAsync(verify: false);
        Assert.Equal("FORBIDDEN", Code(await cooperative.Manager.PostAsync(Mgmt.VerifyCooperative, new { id = cooperative.Id }), "verifyCooperative"));
        Assert.Equal("FORBIDDEN", Code(await api.Buyer.PostAsync(Mgmt.VerifyCooperative, new { id = cooperative.Id }), "verifyCooperative"));
        Assert.Equal("UNAUTHENTICATED", Code(await api.Client.PostAsync(Mgmt.VerifyCooperative, new { id = cooperative.Id }), "verifyCooperative"));
        Assert.Equal("FORBIDDEN", Code(await api.A.Manager.PostAsync(Mgmt.SuspendCooperative, new { id = api.B.Id }), "suspendCooperative"));
        Assert.Equal(CooperativeStatus.Unverified, (await StoredAsync(cooperative.Slug)).Status);
        Assert.Equal(CooperativeStatus.Verified, (await StoredAsync(api.B.Slug)).Status);

        var verified = (await api.Admin.PostAsync(Mgmt.VerifyCooperative, new { id = cooperative.Id })).OkData()["verifyCooperative"]!;
        Assert.Equal("VERIFIED", verified["cooperative"]!["verificationStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_suspended_cooperatives_products_leave_the_public_catalog()
    {
        var cooperative = await api.RegisterCooperativeAsync(verify: true);
        var product = await api.CreateProductAsync(cooperative.Manager);
        var slug = product["slug"]!.GetValue<string>();
        await cooperative.Manager.PostAsync(Mgmt.Publish, new { id = product["id"]!.GetValue<string>() });
        Assert.NotNull((await api.Client.PostAsync(Mgmt.PublicProduct, new { slug })).OkData()["product"]);

        Assert.Null(Code(await api.Admin.PostAsync(Mgmt.SuspendCooperative, new { id = cooperative.Id }), "suspendCooperative"));
        Assert.Null((await api.Client.PostAsync(Mgmt.PublicProduct, new { slug })).OkData()["product"]);
        Assert.Null(Code(await api.Admin.PostAsync(Mgmt.VerifyCooperative, new { id = cooperative.Id }), "verifyCooperative"));
        Assert.NotNull((await api.Client.PostAsync(Mgmt.PublicProduct, new { slug })).OkData()["product"]);
    }

    [Fact]
    public async Task Storefront_edits_need_the_current_version_and_a_stale_one_changes_nothing()
    {
        var cooperative = await api.RegisterCooperativeAsync(verify: true);
        var version = (await StoredAsync(cooperative.Slug)).Version;
        var ok = await cooperative.Manager.PostAsync(Mgmt.UpdateStorefront, new { input = new { cooperativeId = cooperative.Id, expectedVersion = version, tagline = "Gốm men rạn" } });
        Assert.Null(Code(ok, "updateStorefront"));
        Assert.Equal(version + 1, ok.OkData()["updateStorefront"]!["cooperative"]!["version"]!.GetValue<int>());
        var stale = await cooperative.Manager.PostAsync(Mgmt.UpdateStorefront, new { input = new { cooperativeId = cooperative.Id, expectedVersion = version, tagline = "Cũ" } });
        Assert.Equal("CONFLICT", Code(stale, "updateStorefront"));
        Assert.Equal("Gốm men rạn", (await StoredAsync(cooperative.Slug)).Storefront.Tagline);
        var badUrl = await cooperative.Manager.PostAsync(Mgmt.UpdateStorefront, new { input = new { cooperativeId = cooperative.Id, expectedVersion = version + 1, bannerUrl = "ftp://x/y.png" } });
        Assert.Equal("VALIDATION", Code(badUrl, "updateStorefront"));
    }

    [Fact]
    public async Task An_empty_banner_or_logo_url_removes_it_and_null_keeps_it()
    {
        const string update = """
            mutation($input: UpdateStorefrontInput!) { updateStorefront(input: $input) {
              cooperative { version logoUrl storefront { bannerUrl tagline } } userErrors { code field message } } }
            """;
        var cooperative = await api.RegisterCooperativeAsync(verify: true);
        var version = (await StoredAsync(cooperative.Slug)).Version;
        async Task<JsonNode> Update(object input)
        {
            var payload = (await cooperative.Manager.PostAsync(update, new { input })).OkData()["updateStorefront"]!;
            Assert.Empty(payload["userErrors"]!.AsArray());
            return payload["cooperative"]!;
        }

        var set = await Update(new { cooperativeId = cooperative.Id, expectedVersion = version,
            bannerUrl = "https://img.example/banner.jpg", logoUrl = "https://img.example/logo.png" });
        Assert.Equal("https://img.example/banner.jpg", set["storefront"]!["bannerUrl"]!.GetValue<string>());
        var kept = await Update(new { cooperativeId = cooperative.Id, expectedVersion = version + 1, tagline = "Chè ngon", bannerUrl = (string?)null });
        Assert.Equal("https://img.example/banner.jpg", kept["storefront"]!["bannerUrl"]!.GetValue<string>());
        Assert.Equal("https://img.example/logo.png", kept["logoUrl"]!.GetValue<string>());

        var cleared = await Update(new { cooperativeId = cooperative.Id, expectedVersion = version + 2, bannerUrl = "", logoUrl = " " });
        Assert.Null(cleared["storefront"]!["bannerUrl"]);
        Assert.Null(cleared["logoUrl"]);
        Assert.Equal("Chè ngon", cleared["storefront"]!["tagline"]!.GetValue<string>());
        var stored = await StoredAsync(cooperative.Slug);
        Assert.Null(stored.Storefront.BannerUrl);
        Assert.Null(stored.LogoUrl);
    }

    [Fact]
    public async Task Cooperative_registration_rules_are_validation_errors_and_a_taken_slug_is_a_conflict()
    {
        var badSlug = await api.Client.PostAsync(Mgmt.RegisterCooperative, new { input = Mgmt.CooperativeInput("HTX Sai-" + IdentityFixture.Unique()) });
        Assert.Equal("VALIDATION", Code(badSlug, "registerCooperative"));
        var taken = await api.Client.PostAsync(Mgmt.RegisterCooperative, new { input = Mgmt.CooperativeInput(api.A.Slug, $"other-{IdentityFixture.Unique()}@test.local") });
        Assert.Equal("CONFLICT", Code(taken, "registerCooperative"));
    }

    [Fact]
    public async Task Registering_a_buyer_creates_the_business_and_its_first_member()
    {
        var suffix = IdentityFixture.Unique();
        var payload = (await api.Client.PostAsync(Gql.RegisterBuyer, new { input = Gql.BuyerInput(suffix, taxCode: "0314 409 058 002") })).OkData()["registerBuyer"]!;
        Assert.Empty(payload["userErrors"]!.AsArray());
        Assert.Equal("REGISTERED", payload["buyer"]!["status"]!.GetValue<string>());
        Assert.Equal("0314409058-002", payload["buyer"]!["taxCode"]!.GetValue<string>());
        Assert.True(payload["buyer"]!["addresses"]![0]!["isDefault"]!.GetValue<bool>());
        Assert.Equal("BUYER", payload["member"]!["role"]!.GetValue<string>());
        var me = (await api.Client.WithToken(payload["token"]!.GetValue<string>()).PostAsync(Gql.Me)).OkData()["me"]!;
        Assert.Equal(payload["buyer"]!["id"]!.GetValue<string>(), me["buyer"]!["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("01098765")]
    [InlineData("0109876543")] // wrong check digit
    [InlineData("0314409058-000")]
    [InlineData("0109876543-01")]
    [InlineData("ABCDEFGHIJ")]
    public async Task An_invalid_tax_code_is_a_validation_error_and_nothing_is_stored(string taxCode)
    {
        var email = $"bad-tax-{IdentityFixture.Unique()}@test.local";
        var response = await api.Client.PostAsync(Gql.RegisterBuyer, new { input = Gql.BuyerInput(IdentityFixture.Unique(), taxCode, email) });
        var error = response.OkData()["registerBuyer"]!["userErrors"]![0]!;
        Assert.Equal("VALIDATION", error["code"]!.GetValue<string>());
        Assert.Equal(["input", "taxCode"], error["field"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.DoesNotContain(await api.AllAsync<OcopMarket.Identity.Model.User>(), u => u.Email == email);
    }

    [Fact]
    public async Task Only_an_admin_verifies_a_buyer_and_members_see_only_their_own_business()
    {
        var first = (await api.Client.PostAsync(Gql.RegisterBuyer, new { input = Gql.BuyerInput(IdentityFixture.Unique()) })).OkData()["registerBuyer"]!;
        var id = first["buyer"]!["id"]!.GetValue<string>();
        var member = api.Client.WithToken(first["token"]!.GetValue<string>());

        Assert.Equal("FORBIDDEN", Code(await member.PostAsync(Gql.VerifyBuyer, new { id }), "verifyBuyer"));
        Assert.Equal("FORBIDDEN", Code(await api.A.Manager.PostAsync(Gql.VerifyBuyer, new { id }), "verifyBuyer"));
        Assert.Equal("FORBIDDEN", (await api.Buyer.PostAsync("query($id: ID!) { buyer(id: $id) { name } }", new { id })).FirstErrorCode);
        Assert.NotNull((await member.PostAsync("query($id: ID!) { buyer(id: $id) { name } }", new { id })).OkData()["buyer"]);
        Assert.All(await api.AllAsync<Buyer>(), b => Assert.True(b.Status != BuyerStatus.Verified || b.VerifiedAt != null));

        var verified = (await api.Admin.PostAsync(Gql.VerifyBuyer, new { id })).OkData()["verifyBuyer"]!;
        Assert.Equal("VERIFIED", verified["buyer"]!["status"]!.GetValue<string>());
    }
}
