using OcopMarket.Payments;
using Xunit;
using static OcopMarket.Tests.Payments.PaymentGql;

namespace OcopMarket.Tests.Payments;

[Collection(PaymentsCollection.Name)]
public class CardPaymentTests(PaymentsFixture api)
{
    private IEnumerable<Support.FakeStripeRequest> IntentRequestsFor(PlacedOrder order) => api.Stripe.Requests
        .Where(r => r is { Method: "POST", Path: "/v1/payment_intents" } && r.Form.GetValueOrDefault("metadata[purchase_order_id]") == order.Guid.ToString());

    [Fact]
    public async Task Starting_twice_creates_one_intent_for_the_order_total_in_vnd_and_returns_the_same_client_secret()
    {
        var order = await PlaceAsync(api.Buyers[0], ("A1-500", 12), ("B2-HOT", 10));

        var first = await Mutate(api.Buyers[0], StartCard, "startCardPayment", new { id = order.Id });
        var second = await Mutate(api.Buyers[0], StartCard, "startCardPayment", new { id = order.Id });

        Assert.Empty(first["userErrors"]!.AsArray());
        var secret = first["clientSecret"]!.GetValue<string>();
        Assert.StartsWith("pi_", secret);
        Assert.Equal(secret, second["clientSecret"]!.GetValue<string>());
        var created = Assert.Single(IntentRequestsFor(order));
        Assert.Equal(order.Total.ToString(), created.Form["amount"]);
        Assert.Equal(1_500_000, order.Total);
        Assert.Equal("vnd", created.Form["currency"]);
        Assert.Equal(CardPayments.IdempotencyKey(order.Guid, 1), created.IdempotencyKey);
        Assert.Equal(("PENDING", "CARD", order.Total),
            (Status(second["payment"]), second["payment"]!["method"]!.GetValue<string>(), second["payment"]!["amountDue"]!.GetValue<long>()));
        Assert.Equal("PENDING", Status(await PaymentOf(api.Buyers[0], order)));
    }

    [Fact]
    public async Task Order_above_the_card_cap_gets_a_user_error_pointing_to_bank_transfer_and_stripe_is_not_called()
    {
        var order = await PlaceAsync(api.Buyers[0], ("B1-TAN", 2));
        Assert.Equal(198_000_000, order.Total);
        var before = api.Stripe.Requests.Count;

        var payload = await Mutate(api.Buyers[0], StartCard, "startCardPayment", new { id = order.Id });

        Assert.Equal("AMOUNT_TOO_LARGE", ErrorCode(payload));
        Assert.Contains("bank transfer", payload["userErrors"]![0]!["message"]!.GetValue<string>());
        Assert.Null(payload["clientSecret"]);
        Assert.Equal(before, api.Stripe.Requests.Count);
        Assert.Null(await PaymentOf(api.Buyers[0], order));
    }

    [Fact]
    public async Task Another_buyer_may_not_start_payment_for_someone_elses_order_nor_may_a_manager()
    {
        var order = await PlaceAsync(api.Buyers[0], ("A2-KG", 1));
        var before = api.Stripe.Requests.Count;

        foreach (var (mutation, field) in new[] { (StartCard, "startCardPayment"), (StartTransfer, "startBankTransfer") })
        {
            Assert.Equal("FORBIDDEN", ErrorCode(await Mutate(api.Buyers[1], mutation, field, new { id = order.Id })));
            Assert.Equal("FORBIDDEN", ErrorCode(await Mutate(api.ManagerA, mutation, field, new { id = order.Id })));
            Assert.Equal("UNAUTHENTICATED", ErrorCode(await Mutate(api.Client, mutation, field, new { id = order.Id })));
        }
        Assert.Equal(before, api.Stripe.Requests.Count);
        Assert.Null(await PaymentOf(api.Buyers[0], order));
    }

    [Fact]
    public async Task Paid_order_cannot_be_paid_again()
    {
        var order = await PlaceAsync(api.Buyers[0], ("A2-KG", 3));
        var started = await Mutate(api.Buyers[0], StartCard, "startCardPayment", new { id = order.Id });
        var intent = IntentId(started["clientSecret"]!.GetValue<string>());
        await SendSignedAsync(api, Support.StripeWebhooks.PaymentIntentEvent("payment_intent.succeeded", intent, order.Total, order.Guid));

        Assert.Equal("ALREADY_PAID", ErrorCode(await Mutate(api.Buyers[0], StartCard, "startCardPayment", new { id = order.Id })));
        Assert.Equal("ALREADY_PAID", ErrorCode(await Mutate(api.Buyers[0], StartTransfer, "startBankTransfer", new { id = order.Id })));
    }

    [Fact]
    public async Task A_new_intent_is_made_for_the_smaller_amount_when_a_part_was_rejected_before_paying()
    {
        var order = await PlaceAsync(api.Buyers[0], ("A2-KG", 1), ("B2-HOT", 2));
        var first = await Mutate(api.Buyers[0], StartCard, "startCardPayment", new { id = order.Id });
        var partB = order.Parts.Single(p => p.Coop == "htx-b");
        (await api.ManagerB.PostAsync(Ordering.OrderGql.Transition("rejectOrder"), new { id = partB.Id })).OkData();

        var second = await Mutate(api.Buyers[0], StartCard, "startCardPayment", new { id = order.Id });

        Assert.NotEqual(first["clientSecret"]!.GetValue<string>(), second["clientSecret"]!.GetValue<string>());
        Assert.Equal([order.Total, order.Total - partB.Subtotal], IntentRequestsFor(order).Select(r => long.Parse(r.Form["amount"])));
        Assert.Equal(order.Total - partB.Subtotal, second["payment"]!["amountDue"]!.GetValue<long>());
    }
}

public class UnconfiguredPaymentTests(UnconfiguredPaymentsFixture api) : IClassFixture<UnconfiguredPaymentsFixture>
{
    [Fact]
    public async Task Without_stripe_keys_card_payment_says_it_is_not_configured_and_ordering_still_works()
    {
        var order = await PlaceAsync(api.Buyers[0], ("A2-KG", 1));

        var payload = await Mutate(api.Buyers[0], StartCard, "startCardPayment", new { id = order.Id });

        Assert.Equal("PAYMENT_METHOD_NOT_CONFIGURED", ErrorCode(payload));
        Assert.Equal("Card payments are not configured", payload["userErrors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("PAYMENT_METHOD_NOT_CONFIGURED", ErrorCode(await Mutate(api.Buyers[0], StartTransfer, "startBankTransfer", new { id = order.Id })));
        Assert.Null(await PaymentOf(api.Buyers[0], order));
    }

    [Fact]
    public async Task Without_a_webhook_secret_every_webhook_is_refused()
    {
        var payload = Support.StripeWebhooks.PaymentIntentEvent("payment_intent.succeeded", "pi_x", 50_000, Guid.NewGuid());
        var (status, _) = await PostWebhookAsync(api, payload, Support.StripeWebhooks.SignatureHeader("whsec_any", payload, DateTimeOffset.UtcNow));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, status);
    }
}
