using System.Text.Json.Nodes;
using OcopMarket.Tests.Support;
using Xunit;
using static OcopMarket.Tests.Payments.PaymentGql;

namespace OcopMarket.Tests.Payments;

/// <summary>
/// startCardCheckout: card payment through Stripe Checkout's hosted page (the site's CSP loads no Stripe.js), from the
/// session Stripe is asked for to the webhook that pays the order.
/// </summary>
[Collection(PaymentsCollection.Name)]
public class CardCheckoutTests(PaymentsFixture api)
{
    public const string StartCheckout = $$"""
        mutation($id: ID!) { startCardCheckout(purchaseOrderId: $id) { url payment { {{PaymentFields}} } userErrors { code field message } } }
        """;

    private IEnumerable<FakeStripeRequest> SessionRequestsFor(PlacedOrder order) => api.Stripe.Requests
        .Where(r => r is { Method: "POST", Path: "/v1/checkout/sessions" } && r.Form.GetValueOrDefault("metadata[purchase_order_id]") == order.Guid.ToString());

    [Fact]
    public async Task Checkout_asks_stripe_for_one_page_for_the_amount_due_in_vnd_that_comes_back_to_the_pay_page_and_the_webhook_pays_the_order()
    {
        var order = await PlaceAsync(api.Buyers[0], ("A2-KG", 2));

        var first = await Mutate(api.Buyers[0], StartCheckout, "startCardCheckout", new { id = order.Id });
        var again = await Mutate(api.Buyers[0], StartCheckout, "startCardCheckout", new { id = order.Id });

        Assert.Empty(first["userErrors"]!.AsArray());
        var url = first["url"]!.GetValue<string>();
        Assert.StartsWith("https://checkout.stripe.com/c/pay/cs_test_", url);
        Assert.Equal(url, again["url"]!.GetValue<string>()); // a double click: the same page, not a second session
        var sent = SessionRequestsFor(order).ToList();
        Assert.Equal(2, sent.Count);
        Assert.Single(sent.Select(r => r.IdempotencyKey).Distinct());
        var form = sent[0].Form;
        Assert.Equal("payment", form["mode"]);
        Assert.Equal("vnd", form["line_items[0][price_data][currency]"]);
        Assert.Equal(order.Total.ToString(), form["line_items[0][price_data][unit_amount]"]);
        Assert.Equal("1", form["line_items[0][quantity]"]);
        // The intent Checkout makes carries the order, so payment_intent.succeeded finds it.
        Assert.Equal(order.Guid.ToString(), form["payment_intent_data[metadata][purchase_order_id]"]);
        var page = $"/buyer/orders/{Uri.EscapeDataString(order.Id)}/pay";
        Assert.True(Uri.TryCreate(form["success_url"], UriKind.Absolute, out var success));
        Assert.Equal(page + "?card=done", success!.PathAndQuery);
        Assert.Equal(page + "?card=cancelled", new Uri(form["cancel_url"]).PathAndQuery);
        Assert.Equal(("PENDING", "CARD", order.Total), (Status(first["payment"]), first["payment"]!["method"]!.GetValue<string>(),
            first["payment"]!["amountDue"]!.GetValue<long>()));

        var (status, _) = await SendSignedAsync(api, StripeWebhooks.PaymentIntentEvent("payment_intent.succeeded", "pi_checkout_" + Guid.NewGuid().ToString("N")[..12],
            order.Total, order.Guid));
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        var paid = await PaymentOf(api.Buyers[0], order);
        Assert.Equal(("PAID", order.Total), (Status(paid), paid!["amountReceived"]!.GetValue<long>()));
        Assert.Equal("ALREADY_PAID", ErrorCode(await Mutate(api.Buyers[0], StartCheckout, "startCardCheckout", new { id = order.Id })));
    }

    [Fact]
    public async Task Above_the_card_cap_or_for_someone_elses_order_stripe_is_not_asked()
    {
        var large = await PlaceAsync(api.Buyers[0], ("B1-TAN", 2));
        var small = await PlaceAsync(api.Buyers[0], ("A2-KG", 1));

        Assert.Equal("AMOUNT_TOO_LARGE", ErrorCode(await Mutate(api.Buyers[0], StartCheckout, "startCardCheckout", new { id = large.Id })));
        Assert.Equal("FORBIDDEN", ErrorCode(await Mutate(api.Buyers[1], StartCheckout, "startCardCheckout", new { id = small.Id })));
        Assert.Equal("FORBIDDEN", ErrorCode(await Mutate(api.ManagerA, StartCheckout, "startCardCheckout", new { id = small.Id })));
        Assert.Equal("VALIDATION", ErrorCode(await Mutate(api.Buyers[0], StartCheckout, "startCardCheckout", new { id = "not-an-id" })));
        Assert.Empty(SessionRequestsFor(large));
        Assert.Empty(SessionRequestsFor(small));
    }
}

public class UnconfiguredCardCheckoutTests(UnconfiguredPaymentsFixture api) : IClassFixture<UnconfiguredPaymentsFixture>
{
    [Fact]
    public async Task Without_stripe_keys_checkout_says_card_payments_are_not_configured()
    {
        var order = await PlaceAsync(api.Buyers[0], ("A2-KG", 1));
        var payload = await Mutate(api.Buyers[0], CardCheckoutTests.StartCheckout, "startCardCheckout", new { id = order.Id });
        Assert.Equal("PAYMENT_METHOD_NOT_CONFIGURED", ErrorCode(payload));
        Assert.Null(payload["url"]);
        Assert.Null(await PaymentOf(api.Buyers[0], order));
    }
}
