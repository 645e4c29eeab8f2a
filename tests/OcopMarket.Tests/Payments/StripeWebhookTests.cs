using Microsoft.Extensions.Options;
using OcopMarket.Payments.Stripe;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Payments;

public class StripeWebhookTests
{
    private const string Secret = "whsec_test_secret";
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
    private readonly StripeGateway _gateway = Gateway(Secret);
    private readonly Guid _orderId = Guid.NewGuid();

    private static StripeGateway Gateway(string? secret) =>
        new(Options.Create(new StripeOptions { WebhookSecret = secret }), new FixedTime(Now));

    private string Payload() => StripeWebhooks.PaymentIntentEvent("payment_intent.succeeded", "pi_123", 1_500_000, _orderId);

    [Fact]
    public void Correctly_signed_event_is_accepted_and_parsed()
    {
        var payload = Payload();

        var result = _gateway.ParseWebhook(payload, StripeWebhooks.SignatureHeader(Secret, payload, Now.AddSeconds(-30)));

        Assert.True(result.IsValid, result.Message);
        Assert.Equal("payment_intent.succeeded", result.Event!.Type);
        var intent = Assert.IsType<Stripe.PaymentIntent>(result.Event.Data.Object);
        Assert.Equal("pi_123", intent.Id);
        Assert.Equal(1_500_000, intent.Amount);
        Assert.Equal(_orderId.ToString(), intent.Metadata[StripeGateway.PurchaseOrderIdMetadataKey]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Missing_signature_header_is_rejected(string? header)
    {
        var result = _gateway.ParseWebhook(Payload(), header);

        Assert.Equal(StripeWebhookFailure.MissingSignature, result.Failure);
        Assert.Null(result.Event);
    }

    [Fact]
    public void Signature_made_with_another_secret_is_rejected()
    {
        var payload = Payload();

        var result = _gateway.ParseWebhook(payload, StripeWebhooks.SignatureHeader("whsec_someone_else", payload, Now));

        Assert.Equal(StripeWebhookFailure.InvalidSignature, result.Failure);
    }

    [Fact]
    public void Body_changed_after_signing_is_rejected()
    {
        var payload = Payload();
        var header = StripeWebhooks.SignatureHeader(Secret, payload, Now);

        var result = _gateway.ParseWebhook(payload.Replace("1500000", "1"), header);

        Assert.Equal(StripeWebhookFailure.InvalidSignature, result.Failure);
    }

    [Fact]
    public void Event_signed_longer_ago_than_the_tolerance_is_rejected_as_stale()
    {
        var payload = Payload();

        var stale = _gateway.ParseWebhook(payload, StripeWebhooks.SignatureHeader(Secret, payload, Now.AddMinutes(-10)));
        var recent = _gateway.ParseWebhook(payload, StripeWebhooks.SignatureHeader(Secret, payload, Now.AddMinutes(-4)));

        Assert.Equal(StripeWebhookFailure.StaleTimestamp, stale.Failure);
        Assert.True(recent.IsValid, recent.Message);
    }

    [Fact]
    public void Garbled_signature_header_is_rejected_without_throwing()
    {
        var result = _gateway.ParseWebhook(Payload(), "not-a-stripe-signature");

        Assert.False(result.IsValid);
        Assert.Equal(StripeWebhookFailure.MalformedSignature, result.Failure);
    }

    [Fact]
    public void Event_of_another_api_version_is_rejected()
    {
        var payload = StripeWebhooks.PaymentIntentEvent("payment_intent.succeeded", "pi_1", 1, _orderId, apiVersion: "2020-08-27");

        var result = _gateway.ParseWebhook(payload, StripeWebhooks.SignatureHeader(Secret, payload, Now));

        Assert.Equal(StripeWebhookFailure.ApiVersionMismatch, result.Failure);
    }

    [Fact]
    public void Signed_body_that_is_not_json_is_rejected_without_throwing()
    {
        const string payload = "{not json";

        var result = _gateway.ParseWebhook(payload, StripeWebhooks.SignatureHeader(Secret, payload, Now));

        Assert.False(result.IsValid);
        Assert.Equal(StripeWebhookFailure.MalformedPayload, result.Failure);
    }

    [Fact]
    public void Without_a_webhook_secret_nothing_is_accepted()
    {
        var payload = Payload();

        var result = Gateway(null).ParseWebhook(payload, StripeWebhooks.SignatureHeader(Secret, payload, Now));

        Assert.Equal(StripeWebhookFailure.NotConfigured, result.Failure);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
