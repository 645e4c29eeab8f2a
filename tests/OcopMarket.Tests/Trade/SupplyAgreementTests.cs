using System.Text.Json.Nodes;
using OcopMarket.Tests.Ordering;
using OcopMarket.Tests.Support;
using Xunit;
using static OcopMarket.Tests.Ordering.OrderGql;

namespace OcopMarket.Tests.Trade;

public class SupplyAgreementTests(OrderingFixture api) : IClassFixture<OrderingFixture>
{
    private const string Propose = """
        mutation($input: ProposeSupplyAgreementInput!) { proposeSupplyAgreement(input: $input) { supplyAgreement { id status } userErrors { code field message } } }
        """;
    private const string AcceptAgreement = """
        mutation($id: ID!) { acceptSupplyAgreement(id: $id) { supplyAgreement { id status } userErrors { code field message } } }
        """;

    private async Task<string> BuyerIdAsync(GraphQLClient buyer) => (await buyer.PostAsync("{ me { buyer { id } } }")).OkData()["me"]!["buyer"]!["id"]!.GetValue<string>();

    private static string Day(int fromToday) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7).AddDays(fromToday)).ToString("yyyy-MM-dd");

    private async Task<JsonNode> ProposeAsync(GraphQLClient manager, string buyerId, string sku, long price, int from, int to) =>
        (await manager.PostAsync(Propose, new { input = new { buyerId, sku, unitPrice = price, validFrom = Day(from), validTo = Day(to) } }))
        .OkData()["proposeSupplyAgreement"]!;

    private async Task<JsonNode> LineOf(GraphQLClient buyer, string sku) =>
        (await buyer.PostAsync(PlaceOrder, Input(Key(), (sku, 1)))).OkData()["placeOrder"]!["purchaseOrder"]!["cooperativeOrders"]![0]!["lines"]![0]!;

    [Fact]
    public async Task A_manager_finds_the_buyer_to_propose_to_on_a_sales_order()
    {
        var buyer = api.Buyers[1];
        await LineOf(buyer, "B2-HOT"); // an order, so cooperative B has dealt with this buyer
        var sales = (await api.ManagerB.PostAsync("{ salesOrders(first: 100) { nodes { buyerId buyerName } } }")).OkData()["salesOrders"]!["nodes"]!.AsArray();
        var buyerId = await BuyerIdAsync(buyer);
        Assert.Contains(sales, o => o!["buyerId"]!.GetValue<string>() == buyerId);
        var proposed = await ProposeAsync(api.ManagerB, buyerId, "B2-HOT", 26_000, 0, 30);
        Assert.Empty(proposed["userErrors"]!.AsArray());
        Assert.Equal("PROPOSED", proposed["supplyAgreement"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Accepted_agreement_prices_the_buyers_orders_in_its_period_only()
    {
        var buyer = api.Buyers[0];
        var agreement = (await ProposeAsync(api.ManagerB, await BuyerIdAsync(buyer), "B2-HOT", 25_000, 0, 30))["supplyAgreement"]!["id"]!.GetValue<string>();
        Assert.Equal(30_000, (await LineOf(buyer, "B2-HOT"))["unitPrice"]!.GetValue<long>()); // proposed, not yet accepted

        Assert.Equal("FORBIDDEN", (await api.Buyers[1].PostAsync(AcceptAgreement, new { id = agreement })).OkData()["acceptSupplyAgreement"]!["userErrors"]![0]!["code"]!.GetValue<string>());
        var accepted = (await buyer.PostAsync(AcceptAgreement, new { id = agreement })).OkData()["acceptSupplyAgreement"]!;
        Assert.Equal("ACTIVE", accepted["supplyAgreement"]!["status"]!.GetValue<string>());

        var line = await LineOf(buyer, "B2-HOT");
        Assert.Equal(25_000, line["unitPrice"]!.GetValue<long>());
        Assert.Equal("AGREEMENT", line["priceSource"]!.GetValue<string>());
        Assert.Equal(30_000, (await LineOf(api.Buyers[1], "B2-HOT"))["unitPrice"]!.GetValue<long>()); // other buyers pay the public price
    }

    [Fact]
    public async Task Agreement_that_starts_later_does_not_apply_today()
    {
        var buyer = api.Buyers[2];
        var id = (await ProposeAsync(api.ManagerA, await BuyerIdAsync(buyer), "A2-KG", 40_000, 5, 60))["supplyAgreement"]!["id"]!.GetValue<string>();
        await buyer.PostAsync(AcceptAgreement, new { id });
        Assert.Equal(50_000, (await LineOf(buyer, "A2-KG"))["unitPrice"]!.GetValue<long>());
    }

    [Fact]
    public async Task Cooperative_may_propose_only_its_own_skus_with_a_sane_period()
    {
        var buyerId = await BuyerIdAsync(api.Buyers[0]);
        Assert.Equal("NOT_FOUND", (await ProposeAsync(api.ManagerA, buyerId, "B2-HOT", 1, 0, 10))["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("VALIDATION", (await ProposeAsync(api.ManagerA, buyerId, "A2-KG", 45_000, 10, 5))["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", (await ProposeAsync(api.Buyers[0], buyerId, "A2-KG", 45_000, 0, 5))["userErrors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Declined_agreement_never_prices_orders_and_cannot_be_accepted_later()
    {
        const string decline = "mutation($id: ID!) { declineSupplyAgreement(id: $id) { supplyAgreement { status } userErrors { code } } }";
        var buyer = api.Buyers[1];
        var id = (await ProposeAsync(api.ManagerA, await BuyerIdAsync(buyer), "A2-KG", 39_000, 0, 30))["supplyAgreement"]!["id"]!.GetValue<string>();
        Assert.Equal("DECLINED", (await buyer.PostAsync(decline, new { id })).OkData()["declineSupplyAgreement"]!["supplyAgreement"]!["status"]!.GetValue<string>());
        Assert.Equal("CONFLICT", (await buyer.PostAsync(AcceptAgreement, new { id })).OkData()["acceptSupplyAgreement"]!["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(50_000, (await LineOf(buyer, "A2-KG"))["unitPrice"]!.GetValue<long>());
    }
}
