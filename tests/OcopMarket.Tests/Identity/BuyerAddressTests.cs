using System.Text.Json.Nodes;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Identity;

/// <summary>A buyer's members keep its delivery addresses; nobody else may.</summary>
public class BuyerAddressTests(IdentityFixture api) : IClassFixture<IdentityFixture>
{
    private const string Result = "buyer { id addresses { id label isDefault provinceCode } defaultAddress { label } } userErrors { code field message }";
    private const string Add = $$"""mutation($input: AddBuyerAddressInput!) { addBuyerAddress(input: $input) { {{Result}} } }""";
    private const string Update = $$"""mutation($input: UpdateBuyerAddressInput!) { updateBuyerAddress(input: $input) { {{Result}} } }""";
    private const string Remove = $$"""mutation($input: RemoveBuyerAddressInput!) { removeBuyerAddress(input: $input) { {{Result}} } }""";

    private static object Address(string label, string province = "31") => new
    {
        label, recipient = "Trần Văn Nam", phone = "0987654321", line = "Số 8 Lạch Tray", commune = "Phường Lê Chân", provinceCode = province
    };

    /// <summary>A registered buyer business and a client signed in as its first member.</summary>
    private async Task<(string BuyerId, GraphQLClient Member)> BuyerAsync()
    {
        var registered = (await api.Client.PostAsync(Gql.RegisterBuyer, new { input = Gql.BuyerInput(IdentityFixture.Unique()) })).OkData()["registerBuyer"]!;
        return (registered["buyer"]!["id"]!.GetValue<string>(), api.Client.WithToken(registered["token"]!.GetValue<string>()));
    }

    private static async Task<JsonNode> Payload(GraphQLClient client, string mutation, object input) =>
        (await client.PostAsync(mutation, new { input })).OkData().AsObject().Single().Value!;

    private static string? Code(JsonNode payload) => payload["userErrors"]!.AsArray().FirstOrDefault()?["code"]?.GetValue<string>();

    [Fact]
    public async Task A_member_adds_changes_and_removes_addresses_and_the_default_follows()
    {
        var (_, member) = await BuyerAsync();

        var added = await Payload(member, Add, new { address = Address("Kho Hải Phòng"), isDefault = true });
        Assert.Null(Code(added));
        var addresses = added["buyer"]!["addresses"]!.AsArray();
        Assert.Equal(2, addresses.Count);
        Assert.Equal("Kho Hải Phòng", added["buyer"]!["defaultAddress"]!["label"]!.GetValue<string>());
        var first = addresses[0]!["id"]!.GetValue<string>();
        var second = addresses[1]!["id"]!.GetValue<string>();

        var updated = await Payload(member, Update, new { addressId = first, address = Address("Kho Hà Nội", "01"), isDefault = true });
        Assert.Null(Code(updated));
        Assert.Equal(("Kho Hà Nội", "01"), (updated["buyer"]!["defaultAddress"]!["label"]!.GetValue<string>(),
            updated["buyer"]!["addresses"]![0]!["provinceCode"]!.GetValue<string>()));

        var removed = await Payload(member, Remove, new { addressId = first });
        Assert.Null(Code(removed));
        var left = Assert.Single(removed["buyer"]!["addresses"]!.AsArray())!;
        Assert.Equal((second, true), (left["id"]!.GetValue<string>(), left["isDefault"]!.GetValue<bool>()));

        Assert.Equal("VALIDATION", Code(await Payload(member, Remove, new { addressId = second })));
    }

    [Fact]
    public async Task A_bad_address_is_refused_field_by_field_and_nothing_is_stored()
    {
        var (buyerId, member) = await BuyerAsync();
        var refused = await Payload(member, Add, new { address = new { label = "X", recipient = "", phone = "12", line = "Số 1", commune = "Xã A", provinceCode = "99" } });

        var fields = refused["userErrors"]!.AsArray().Select(e => string.Join('.', e!["field"]!.AsArray().Select(f => f!.GetValue<string>()))).ToList();
        Assert.Contains("input.address.recipient", fields);
        Assert.Contains("input.address.phone", fields);
        Assert.Contains("input.address.provinceCode", fields);
        Assert.Equal("NOT_FOUND", Code(await Payload(member, Remove, new { addressId = Guid.NewGuid().ToString() })));

        var buyer = (await member.PostAsync("query($id: ID!) { buyer(id: $id) { addresses { id } } }", new { id = buyerId })).OkData()["buyer"]!;
        Assert.Single(buyer["addresses"]!.AsArray());
    }

    [Fact]
    public async Task Only_the_buyers_members_and_admins_keep_its_addresses()
    {
        var (buyerId, _) = await BuyerAsync();
        var (_, stranger) = await BuyerAsync();
        var admin = await api.AdminAsync();

        Assert.Equal("FORBIDDEN", Code(await Payload(stranger, Add, new { buyerId, address = Address("Kho lạ") })));
        Assert.Equal("UNAUTHENTICATED", Code(await Payload(api.Client, Add, new { buyerId, address = Address("Kho lạ") })));
        Assert.Equal("VALIDATION", Code(await Payload(admin, Add, new { address = Address("Kho admin") })));

        var byAdmin = await Payload(admin, Add, new { buyerId, address = Address("Kho admin") });
        Assert.Null(Code(byAdmin));
        Assert.Equal(2, byAdmin["buyer"]!["addresses"]!.AsArray().Count);
    }
}
