using System.Text.Json.Nodes;
using Xunit;

namespace OcopMarket.Tests.Identity;

/// <summary>Input a client can send that used to end in INTERNAL: nulls inside optional fields and lists, unbounded prices.</summary>
public class InputNullsAndBoundsTests(ManagementFixture api) : IClassFixture<ManagementFixture>
{
    private const string AddAddress = """
        mutation($input: AddBuyerAddressInput!) { addBuyerAddress(input: $input) { buyer { addresses { label } } userErrors { code field message } } }
        """;

    private static (string Code, string Field) FirstError(JsonNode payload)
    {
        var error = payload["userErrors"]![0]!;
        return (error["code"]!.GetValue<string>(), string.Join('.', error["field"]!.AsArray().Select(f => f!.GetValue<string>())));
    }

    private async Task<JsonNode> CreateAsync(Dictionary<string, object?> input) =>
        (await api.A.Manager.PostAsync(Mgmt.CreateProduct, new { input })).OkData()["createProduct"]!;

    [Fact]
    public async Task A_null_image_url_is_a_validation_error_at_its_index()
    {
        var s = IdentityFixture.Unique();
        var input = Mgmt.ProductInput("nuoc-mam-" + s, "SKU-" + s);
        input["imageUrls"] = new[] { "https://img.example/a.jpg", null };
        Assert.Equal(("VALIDATION", "input.imageUrls.1"), FirstError(await CreateAsync(input)));

        var created = await api.CreateProductAsync(api.A.Manager);
        var update = await api.A.Manager.PostAsync(Mgmt.UpdateProduct, new
        {
            input = new { productId = created["id"]!.GetValue<string>(), expectedVersion = created["version"]!.GetValue<int>(), imageUrls = new string?[] { null } }
        });
        Assert.Equal(("VALIDATION", "input.imageUrls.0"), FirstError(update.OkData()["updateProduct"]!));
        var nullTag = Mgmt.ProductInput("nuoc-mam-t" + s, "SKU-T" + s);
        nullTag["tags"] = new[] { "nuoc mam", null };
        Assert.Empty((await CreateAsync(nullTag))["userErrors"]!.AsArray()); // an empty tag is dropped, as before
    }

    [Fact]
    public async Task Prices_above_the_maximum_unit_price_are_refused()
    {
        var s = IdentityFixture.Unique();
        var input = Mgmt.ProductInput("nuoc-mam-" + s, "SKU-" + s);
        var variant = Mgmt.Variant("SKU-" + s);
        variant["retailPrice"] = long.MaxValue;
        variant["priceTiers"] = null;
        input["variants"] = new[] { variant };
        Assert.Equal(("VALIDATION", "input.variants.0.retailPrice"), FirstError(await CreateAsync(input)));

        variant["retailPrice"] = 2_000_000_000L;
        variant["priceTiers"] = new[] { new { minQuantity = 10, unitPrice = 1_500_000_000L } };
        var tiers = await CreateAsync(input);
        Assert.Equal(["input.variants.0.retailPrice", "input.variants.0.priceTiers.0.unitPrice"],
            tiers["userErrors"]!.AsArray().Select(e => string.Join('.', e!["field"]!.AsArray().Select(f => f!.GetValue<string>()))));

        variant["retailPrice"] = 1_000_000_000L;
        variant["priceTiers"] = null; // explicit null: no tiers
        Assert.Empty((await CreateAsync(input))["userErrors"]!.AsArray());
    }

    [Fact]
    public async Task An_explicit_null_address_label_means_no_label()
    {
        var registered = (await api.Client.PostAsync(Gql.RegisterBuyer, new { input = Gql.BuyerInput(IdentityFixture.Unique()) })).OkData()["registerBuyer"]!;
        var member = api.Client.WithToken(registered["token"]!.GetValue<string>());
        var added = (await member.PostAsync(AddAddress, new
        {
            input = new { address = new { label = (string?)null, recipient = "Trần Văn Nam", phone = "0987654321", line = "Số 8 Lạch Tray", commune = "Phường Lê Chân", provinceCode = "31" } }
        })).OkData()["addBuyerAddress"]!;
        Assert.Empty(added["userErrors"]!.AsArray());
        Assert.Contains(added["buyer"]!["addresses"]!.AsArray(), a => a!["label"]!.GetValue<string>() == "");
    }

    [Fact]
    public async Task A_certificate_signed_at_the_end_of_the_calendar_is_a_validation_error()
    {
        var product = await api.CreateProductAsync(api.A.Manager);
        var attached = (await api.A.Manager.PostAsync(Mgmt.AttachCertificate, new
        {
            input = new { productId = product["id"]!.GetValue<string>(), stars = 4, decisionNumber = "Quyết định số 1/QĐ-UBND", issuer = "UBND", level = "Province", issuedOn = "9999-12-31" }
        })).OkData()["attachCertificate"]!;
        Assert.Equal(("VALIDATION", "input.issuedOn"), FirstError(attached));
    }
}
