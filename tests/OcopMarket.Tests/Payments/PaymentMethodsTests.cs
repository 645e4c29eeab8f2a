using System.Text.Json.Nodes;
using Xunit;
using static OcopMarket.Tests.Payments.PaymentGql;

namespace OcopMarket.Tests.Payments;

/// <summary>
/// paymentMethods (the marketplace's) and PurchaseOrder.paymentMethods (one order's): what a pay page may offer, so a
/// card button appears only when Stripe is configured and the order is within the card cap.
/// </summary>
[Collection(PaymentsCollection.Name)]
public class PaymentMethodsTests(PaymentsFixture api)
{
    private const string OrderMethods = "query($id: ID!) { purchaseOrder(id: $id) { total paymentMethods } }";

    internal static string[] Methods(JsonNode? list) => list!.AsArray().Select(m => m!.GetValue<string>()).ToArray();

    [Fact]
    public async Task With_stripe_and_an_account_both_methods_are_offered_to_anyone()
    {
        Assert.Equal(["BANK_TRANSFER", "CARD"], Methods((await api.Client.PostAsync("{ paymentMethods }")).OkData()["paymentMethods"]));
        Assert.Equal(["BANK_TRANSFER", "CARD"], Methods((await api.Buyers[0].PostAsync("{ paymentMethods }")).OkData()["paymentMethods"]));
    }

    [Fact]
    public async Task An_order_within_the_card_cap_may_be_paid_either_way_and_one_above_it_only_by_transfer()
    {
        var small = await PlaceAsync(api.Buyers[0], ("A2-KG", 1));
        var large = await PlaceAsync(api.Buyers[0], ("B1-TAN", 2));
        Assert.Equal(198_000_000, large.Total);

        Assert.Equal(["BANK_TRANSFER", "CARD"], Methods((await api.Buyers[0].PostAsync(OrderMethods, new { id = small.Id })).OkData()["purchaseOrder"]!["paymentMethods"]));
        Assert.Equal(["BANK_TRANSFER"], Methods((await api.Buyers[0].PostAsync(OrderMethods, new { id = large.Id })).OkData()["purchaseOrder"]!["paymentMethods"]));
        // What is listed starts: card for the small order, and for the large one the card is refused as the list says.
        Assert.Null(ErrorCode(await Mutate(api.Buyers[0], StartCard, "startCardPayment", new { id = small.Id })));
        Assert.Equal("AMOUNT_TOO_LARGE", ErrorCode(await Mutate(api.Buyers[0], StartCard, "startCardPayment", new { id = large.Id })));
    }

    [Fact]
    public async Task An_order_whose_every_part_is_cancelled_has_nothing_to_pay()
    {
        var order = await PlaceAsync(api.Buyers[0], ("A2-KG", 1));
        var cancelled = (await api.Buyers[0].PostAsync(
            "mutation($id: ID!) { cancelPurchaseOrder(id: $id) { userErrors { code message } } }", new { id = order.Id })).OkData();
        Assert.Empty(cancelled["cancelPurchaseOrder"]!["userErrors"]!.AsArray());
        Assert.Empty(Methods((await api.Buyers[0].PostAsync(OrderMethods, new { id = order.Id })).OkData()["purchaseOrder"]!["paymentMethods"]));
    }
}

public class UnconfiguredPaymentMethodsTests(UnconfiguredPaymentsFixture api) : IClassFixture<UnconfiguredPaymentsFixture>
{
    [Fact]
    public async Task Without_stripe_keys_or_an_account_no_method_is_offered()
    {
        Assert.Empty(PaymentMethodsTests.Methods((await api.Client.PostAsync("{ paymentMethods }")).OkData()["paymentMethods"]));
        var order = await PlaceAsync(api.Buyers[0], ("A2-KG", 1));
        Assert.Empty(PaymentMethodsTests.Methods((await api.Buyers[0].PostAsync(
            "query($id: ID!) { purchaseOrder(id: $id) { paymentMethods } }", new { id = order.Id })).OkData()["purchaseOrder"]!["paymentMethods"]));
    }
}
