using Microsoft.Extensions.Options;
using OcopMarket.Payments;
using OcopMarket.Payments.Stripe;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Payments;

/// <summary>The real Stripe.net client against <see cref="FakeStripeServer"/>: what the gateway sends, and what it refuses to.</summary>
public class StripeGatewayTests : IAsyncLifetime
{
    private FakeStripeServer _fake = null!;
    private StripeGateway _gateway = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeStripeServer.StartAsync();
        _gateway = new StripeGateway(Options.Create(new StripeOptions { ApiKey = "sk_test_fake", ApiBase = _fake.Url }), TimeProvider.System);
    }

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Payment_intent_is_created_in_vnd_for_the_exact_whole_dong_amount_with_the_idempotency_key()
    {
        var orderId = Guid.NewGuid();

        var intent = await _gateway.CreatePaymentIntentAsync(orderId, 12_345_678, "po-1-pay-1");

        var request = Assert.Single(_fake.Requests);
        Assert.Equal(("POST", "/v1/payment_intents"), (request.Method, request.Path));
        Assert.Equal("vnd", request.Form["currency"]);
        Assert.Equal("12345678", request.Form["amount"]); // zero-decimal currency: no ×100
        Assert.Equal("true", request.Form["automatic_payment_methods[enabled]"]);
        Assert.Equal(orderId.ToString(), request.Form["metadata[purchase_order_id]"]);
        Assert.Equal("po-1-pay-1", request.IdempotencyKey);
        Assert.Equal("Bearer sk_test_fake", request.Authorization);

        Assert.StartsWith("pi_", intent.Id);
        Assert.Equal(12_345_678, intent.Amount);
        Assert.Equal("vnd", intent.Currency);
        Assert.Equal("requires_payment_method", intent.Status);
        Assert.StartsWith(intent.Id + "_secret_", intent.ClientSecret);
        Assert.Equal(orderId.ToString(), intent.Metadata[StripeGateway.PurchaseOrderIdMetadataKey]);
    }

    [Fact]
    public async Task Retry_with_the_same_idempotency_key_returns_the_same_intent()
    {
        var orderId = Guid.NewGuid();

        var first = await _gateway.CreatePaymentIntentAsync(orderId, 500_000, "po-2-pay-1");
        var retry = await _gateway.CreatePaymentIntentAsync(orderId, 500_000, "po-2-pay-1");
        var other = await _gateway.CreatePaymentIntentAsync(orderId, 500_000, "po-2-pay-2");

        Assert.Equal(first.Id, retry.Id);
        Assert.Equal(first.ClientSecret, retry.ClientSecret);
        Assert.NotEqual(first.Id, other.Id);
        Assert.Equal(["po-2-pay-1", "po-2-pay-1", "po-2-pay-2"], _fake.Requests.Select(r => r.IdempotencyKey));
    }

    [Fact]
    public async Task Amount_over_the_card_cap_is_refused_before_any_request_reaches_Stripe()
    {
        Assert.Equal(PaymentErrorCodes.AmountTooLarge, StripeGateway.CheckAmount(StripeGateway.MaxVndAmount + 1)?.Code);
        Assert.Null(StripeGateway.CheckAmount(StripeGateway.MaxVndAmount));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            _gateway.CreatePaymentIntentAsync(Guid.NewGuid(), 100_000_000, "po-3-pay-1"));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            _gateway.CreatePaymentIntentAsync(Guid.NewGuid(), 0, "po-3-pay-2"));

        Assert.Empty(_fake.Requests);
    }

    [Fact]
    public async Task Partial_refund_sends_the_amount_and_idempotency_key()
    {
        var intent = await _gateway.CreatePaymentIntentAsync(Guid.NewGuid(), 2_000_000, "po-4-pay-1");

        var refund = await _gateway.RefundAsync(intent.Id, 750_000, "po-4-refund-1");
        var retry = await _gateway.RefundAsync(intent.Id, 750_000, "po-4-refund-1");

        var request = _fake.Requests[1];
        Assert.Equal(("POST", "/v1/refunds"), (request.Method, request.Path));
        Assert.Equal(intent.Id, request.Form["payment_intent"]);
        Assert.Equal("750000", request.Form["amount"]);
        Assert.Equal("po-4-refund-1", request.IdempotencyKey);

        Assert.StartsWith("re_", refund.Id);
        Assert.Equal(750_000, refund.Amount);
        Assert.Equal("succeeded", refund.Status);
        Assert.Equal(refund.Id, retry.Id);
    }

    [Fact]
    public async Task Created_intent_can_be_read_back()
    {
        var intent = await _gateway.CreatePaymentIntentAsync(Guid.NewGuid(), 99_000, "po-5-pay-1");

        var read = await _gateway.GetPaymentIntentAsync(intent.Id);

        Assert.Equal(intent.Id, read.Id);
        Assert.Equal(("GET", $"/v1/payment_intents/{intent.Id}"), (_fake.Requests[1].Method, _fake.Requests[1].Path));
    }

    [Fact]
    public async Task Reusing_a_key_with_other_parameters_surfaces_Stripes_error()
    {
        await _gateway.CreatePaymentIntentAsync(Guid.NewGuid(), 100_000, "po-6-pay-1");

        var ex = await Assert.ThrowsAsync<Stripe.StripeException>(() =>
            _gateway.CreatePaymentIntentAsync(Guid.NewGuid(), 200_000, "po-6-pay-1"));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, ex.HttpStatusCode);
    }

    [Fact]
    public async Task Without_an_api_key_the_gateway_reports_not_configured_and_never_calls_Stripe()
    {
        var gateway = new StripeGateway(Options.Create(new StripeOptions { ApiBase = _fake.Url }), TimeProvider.System);

        Assert.False(gateway.IsConfigured);
        Assert.Equal("Card payments are not configured", StripeGateway.NotConfiguredError.Message);
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            gateway.CreatePaymentIntentAsync(Guid.NewGuid(), 100_000, "po-7-pay-1"));
        Assert.Empty(_fake.Requests);
    }
}
