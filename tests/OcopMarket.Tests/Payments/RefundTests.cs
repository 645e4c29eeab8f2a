using OcopMarket.Infrastructure.GraphQL;
using OcopMarket.Kernel.GraphQL;
using OcopMarket.Payments;
using OcopMarket.Tests.Support;
using Xunit;
using static OcopMarket.Tests.Ordering.OrderGql;
using static OcopMarket.Tests.Payments.PaymentGql;

namespace OcopMarket.Tests.Payments;

[Collection(PaymentsCollection.Name)]
public class RefundTests(PaymentsFixture api)
{
    /// <summary>A two-cooperative order paid by card through a signed webhook.</summary>
    private async Task<(PlacedOrder Order, string Intent)> PaidByCardAsync()
    {
        var order = await PlaceAsync(api.Buyers[2], ("A1-500", 12), ("B2-HOT", 5));
        var started = await Mutate(api.Buyers[2], StartCard, "startCardPayment", new { id = order.Id });
        var intent = IntentId(started["clientSecret"]!.GetValue<string>());
        await SendSignedAsync(api, StripeWebhooks.PaymentIntentEvent("payment_intent.succeeded", intent, order.Total, order.Guid));
        Assert.Equal("PAID", Status(await PaymentOf(api.Buyers[2], order)));
        return (order, intent);
    }

    private IReadOnlyList<FakeStripeRequest> RefundRequests(string intent) =>
        api.Stripe.Requests.Where(r => r is { Method: "POST", Path: "/v1/refunds" } && r.Form.GetValueOrDefault("payment_intent") == intent).ToList();

    private static Guid Guid(string globalId) => GlobalId.TryDecode(globalId, out _, out var id) ? id : throw new ArgumentException(globalId);

    [Fact]
    public async Task Cooperative_rejecting_its_part_of_a_paid_order_refunds_that_subtotal_through_stripe()
    {
        var (order, intent) = await PaidByCardAsync();
        var partB = order.Parts.Single(p => p.Coop == "htx-b");

        var rejected = (await api.ManagerB.PostAsync(Transition("rejectOrder"), new { id = partB.Id, reason = "Hết gạo" })).OkData()["rejectOrder"]!;

        Assert.Equal("REJECTED", rejected["cooperativeOrder"]!["status"]!.GetValue<string>());
        var request = Assert.Single(RefundRequests(intent));
        Assert.Equal(partB.Subtotal.ToString(), request.Form["amount"]);
        Assert.Equal(PaymentRefunds.IdempotencyKey(Guid(partB.Id)), request.IdempotencyKey);

        var payment = await PaymentOf(api.Buyers[2], order);
        Assert.Equal("PARTIALLY_REFUNDED", Status(payment));
        Assert.Equal(partB.Subtotal, payment!["amountRefunded"]!.GetValue<long>());
        var refund = Assert.Single(payment["refunds"]!.AsArray())!;
        Assert.Equal((partB.Id, partB.Subtotal, "SUCCEEDED"),
            (refund["cooperativeOrderId"]!.GetValue<string>(), refund["amount"]!.GetValue<long>(), refund["status"]!.GetValue<string>()));
        Assert.StartsWith("re_", refund["stripeRefundId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Rejecting_every_part_refunds_the_whole_payment_once_and_a_retry_refunds_nothing_more()
    {
        var (order, intent) = await PaidByCardAsync();
        foreach (var (id, _, coop) in order.Parts)
            (await (coop == "htx-a" ? api.ManagerA : api.ManagerB).PostAsync(Transition("rejectOrder"), new { id })).OkData();

        var retried = await Mutate(api.Admin, """
            mutation($id: ID!) { retryRefunds(purchaseOrderId: $id) { payment { status amountRefunded } userErrors { code } } }
            """, "retryRefunds", new { id = order.Id });

        Assert.Equal(2, RefundRequests(intent).Count);
        Assert.Equal(order.Total, RefundRequests(intent).Sum(r => long.Parse(r.Form["amount"])));
        Assert.Equal(("REFUNDED", order.Total),
            (Status(retried["payment"]), retried["payment"]!["amountRefunded"]!.GetValue<long>()));
    }

    [Fact]
    public async Task Cancelling_a_paid_purchase_order_refunds_every_part_once()
    {
        var (order, intent) = await PaidByCardAsync();

        var cancelled = await Mutate(api.Buyers[2], """
            mutation($id: ID!) { cancelPurchaseOrder(id: $id) { purchaseOrder { id } userErrors { code message } } }
            """, "cancelPurchaseOrder", new { id = order.Id });

        Assert.Equal(order.Id, cancelled["purchaseOrder"]!["id"]!.GetValue<string>());
        Assert.Equal(order.Parts.Select(p => p.Subtotal).Order(), RefundRequests(intent).Select(r => long.Parse(r.Form["amount"])).Order());
        var payment = await PaymentOf(api.Buyers[2], order);
        Assert.Equal(("REFUNDED", order.Total), (Status(payment), payment!["amountRefunded"]!.GetValue<long>()));
    }

    [Fact]
    public async Task Buyer_cancelling_a_paid_part_gets_it_refunded_and_other_transitions_refund_nothing()
    {
        var (order, intent) = await PaidByCardAsync();
        var partA = order.Parts.Single(p => p.Coop == "htx-a");
        var partB = order.Parts.Single(p => p.Coop == "htx-b");

        (await api.ManagerB.PostAsync(Transition("confirmOrder"), new { id = partB.Id })).OkData();
        Assert.Empty(RefundRequests(intent));
        (await api.Buyers[2].PostAsync(Transition("cancelOrder"), new { id = partA.Id })).OkData();

        Assert.Equal(partA.Subtotal, long.Parse(Assert.Single(RefundRequests(intent)).Form["amount"]));
        Assert.Equal("PARTIALLY_REFUNDED", Status(await PaymentOf(api.Buyers[2], order)));
    }

    [Fact]
    public async Task Rejection_of_an_unpaid_order_calls_stripe_for_nothing()
    {
        var order = await PlaceAsync(api.Buyers[2], ("A2-KG", 1));
        await Mutate(api.Buyers[2], StartCard, "startCardPayment", new { id = order.Id });
        var before = api.Stripe.Requests.Count(r => r.Path == "/v1/refunds");

        (await api.ManagerA.PostAsync(Transition("rejectOrder"), new { id = order.Parts[0].Id })).OkData();

        Assert.Equal(before, api.Stripe.Requests.Count(r => r.Path == "/v1/refunds"));
        Assert.Equal("PENDING", Status(await PaymentOf(api.Buyers[2], order)));
    }
}
