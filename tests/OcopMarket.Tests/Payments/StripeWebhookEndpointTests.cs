using System.Net;
using System.Text.Json.Nodes;
using OcopMarket.Tests.Support;
using Xunit;
using static OcopMarket.Tests.Payments.PaymentGql;

namespace OcopMarket.Tests.Payments;

[Collection(PaymentsCollection.Name)]
public class StripeWebhookEndpointTests(PaymentsFixture api)
{
    private const string Succeeded = "payment_intent.succeeded";
    private const string Failed = "payment_intent.payment_failed";

    /// <summary>An order with a started card payment, and its intent id.</summary>
    private async Task<(PlacedOrder Order, string Intent)> StartedAsync()
    {
        var order = await PlaceAsync(api.Buyers[0], ("A1-500", 12));
        var started = await Mutate(api.Buyers[0], StartCard, "startCardPayment", new { id = order.Id });
        return (order, IntentId(started["clientSecret"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Correctly_signed_success_with_the_order_amount_marks_the_order_paid()
    {
        var (order, intent) = await StartedAsync();

        var (status, body) = await SendSignedAsync(api, StripeWebhooks.PaymentIntentEvent(Succeeded, intent, order.Total, order.Guid));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Applied", body);
        var payment = await PaymentOf(api.Buyers[0], order);
        Assert.Equal(("PAID", "CARD", order.Total), (Status(payment), payment!["method"]!.GetValue<string>(), payment["amountReceived"]!.GetValue<long>()));
        Assert.NotNull(payment["paidAt"]);
    }

    [Fact]
    public async Task Missing_wrong_or_stale_signatures_are_400_and_change_nothing()
    {
        var (order, intent) = await StartedAsync();
        var payload = StripeWebhooks.PaymentIntentEvent(Succeeded, intent, order.Total, order.Guid);
        var now = DateTimeOffset.UtcNow;

        string?[] signatures =
        [
            null,
            "",
            "garbage",
            StripeWebhooks.SignatureHeader("whsec_wrong_secret", payload, now),
            StripeWebhooks.SignatureHeader(PaymentsFixture.WebhookSecret, payload, now.AddMinutes(-10)),
            StripeWebhooks.SignatureHeader(PaymentsFixture.WebhookSecret, payload + " ", now), // body changed after signing
        ];
        foreach (var signature in signatures)
            Assert.Equal(HttpStatusCode.BadRequest, (await PostWebhookAsync(api, payload, signature)).Status);

        Assert.Equal("PENDING", Status(await PaymentOf(api.Buyers[0], order)));
        // The same event, correctly signed, would have paid it: so the refusals above were about the signature only.
        Assert.Equal(HttpStatusCode.OK, (await SendSignedAsync(api, payload)).Status);
        Assert.Equal("PAID", Status(await PaymentOf(api.Buyers[0], order)));
    }

    [Fact]
    public async Task Success_for_another_amount_is_recorded_as_amount_mismatch_not_paid()
    {
        var (order, intent) = await StartedAsync();

        await SendSignedAsync(api, StripeWebhooks.PaymentIntentEvent(Succeeded, intent, order.Total - 1_000, order.Guid));

        var payment = await PaymentOf(api.Buyers[0], order);
        Assert.Equal("AMOUNT_MISMATCH", Status(payment));
        Assert.Equal(order.Total - 1_000, payment!["amountReceived"]!.GetValue<long>());
        Assert.Contains(payment["failures"]!.AsArray(), f => f!["code"]!.GetValue<string>() == "AMOUNT_MISMATCH");
    }

    [Fact]
    public async Task Duplicate_delivery_of_one_event_applies_it_once_even_when_deliveries_race()
    {
        var (order, intent) = await StartedAsync();
        var payload = StripeWebhooks.PaymentIntentEvent(Succeeded, intent, order.Total, order.Guid);

        var first = await SendSignedAsync(api, payload);
        var again = await SendSignedAsync(api, payload);
        var racing = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => SendSignedAsync(api, payload)));

        Assert.Contains("Applied", first.Body);
        Assert.All(racing.Append(again), r => Assert.Equal((HttpStatusCode.OK, true), (r.Status, r.Body.Contains("Duplicate"))));
        Assert.Equal(order.Total, (await PaymentOf(api.Buyers[0], order))!["amountReceived"]!.GetValue<long>());
    }

    [Fact]
    public async Task First_delivery_of_an_event_racing_itself_is_applied_exactly_once()
    {
        var (order, intent) = await StartedAsync();
        var payload = StripeWebhooks.PaymentIntentEvent(Succeeded, intent, order.Total, order.Guid);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => SendSignedAsync(api, payload)));

        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Single(results, r => r.Body.Contains("Applied"));
        Assert.Equal(order.Total, (await PaymentOf(api.Buyers[0], order))!["amountReceived"]!.GetValue<long>());
    }

    [Fact]
    public async Task Failure_arriving_after_success_does_not_unpay_and_success_after_failure_pays()
    {
        var (paidFirst, intent1) = await StartedAsync();
        await SendSignedAsync(api, StripeWebhooks.PaymentIntentEvent(Succeeded, intent1, paidFirst.Total, paidFirst.Guid));
        await SendSignedAsync(api, StripeWebhooks.PaymentIntentEvent(Failed, intent1, paidFirst.Total, paidFirst.Guid, status: "requires_payment_method"));
        var payment = await PaymentOf(api.Buyers[0], paidFirst);
        Assert.Equal("PAID", Status(payment));
        Assert.Single(payment!["failures"]!.AsArray()); // the late failure is on record, not acted on

        var (failedFirst, intent2) = await StartedAsync();
        await SendSignedAsync(api, StripeWebhooks.PaymentIntentEvent(Failed, intent2, failedFirst.Total, failedFirst.Guid, status: "requires_payment_method"));
        Assert.Equal("FAILED", Status(await PaymentOf(api.Buyers[0], failedFirst)));
        await SendSignedAsync(api, StripeWebhooks.PaymentIntentEvent(Succeeded, intent2, failedFirst.Total, failedFirst.Guid));
        Assert.Equal("PAID", Status(await PaymentOf(api.Buyers[0], failedFirst)));
    }

    [Fact]
    public async Task Unknown_event_types_and_intents_without_an_order_are_acknowledged_and_ignored()
    {
        var (order, intent) = await StartedAsync();

        var unknown = await SendSignedAsync(api, StripeWebhooks.PaymentIntentEvent("payment_intent.created", intent, order.Total, order.Guid));
        var orphan = await SendSignedAsync(api, StripeWebhooks.PaymentIntentEvent(Succeeded, "pi_orphan", order.Total, Guid.NewGuid()));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (unknown.Status, orphan.Status));
        Assert.Contains("Ignored", unknown.Body);
        Assert.Contains("Ignored", orphan.Body);
        Assert.Equal("PENDING", Status(await PaymentOf(api.Buyers[0], order)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_signed_event_for_an_intent_without_metadata_is_acknowledged_and_ignored(bool explicitNull)
    {
        var (order, intent) = await StartedAsync();
        var payload = JsonNode.Parse(StripeWebhooks.PaymentIntentEvent(Succeeded, intent, order.Total, order.Guid))!;
        var stripeIntent = payload["data"]!["object"]!.AsObject();
        stripeIntent.Remove("metadata");
        if (explicitNull) stripeIntent["metadata"] = null;

        var (status, body) = await SendSignedAsync(api, payload.ToJsonString());

        Assert.True(status == HttpStatusCode.OK, $"{status} {body}");
        Assert.Contains("Ignored", body);
        Assert.Equal("PENDING", Status(await PaymentOf(api.Buyers[0], order)));
    }

    [Fact]
    public async Task Oversized_body_is_refused_before_verification()
    {
        var (status, _) = await PostWebhookAsync(api, new string('x', 600_000), "t=1,v1=abc");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }
}
