using Microsoft.Extensions.Options;
using Stripe;
using Checkout = Stripe.Checkout;

namespace OcopMarket.Payments.Stripe;

/// <summary>
/// Card payments through Stripe. Payment-intent and refund calls go straight to Stripe's API; network or API failures surface
/// as <see cref="StripeException"/> (unexpected, so the caller's error masking handles them). Expected refusals (not
/// configured, amount over the card cap) are checked first with <see cref="IsConfigured"/> and <see cref="CheckAmount"/>.
/// </summary>
public sealed class StripeGateway
{
    /// <summary>Stripe accepts at most eight digits per charge: 99,999,999 VND (VND has no minor unit).</summary>
    public const long MaxVndAmount = 99_999_999;

    /// <summary>Stripe rejects idempotency keys longer than this.</summary>
    public const int MaxIdempotencyKeyLength = 255;

    public const string PurchaseOrderIdMetadataKey = "purchase_order_id";

    private readonly StripeOptions _options;
    private readonly TimeProvider _time;
    private readonly PaymentIntentService? _intents;
    private readonly RefundService? _refunds;
    private readonly Checkout.SessionService? _sessions;

    public StripeGateway(IOptions<StripeOptions> options, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        if (string.IsNullOrWhiteSpace(_options.ApiKey)) return;

        // One client for the app's lifetime: it holds a pooled HttpClient and is thread-safe.
        var client = new StripeClient(_options.ApiKey, apiBase: string.IsNullOrWhiteSpace(_options.ApiBase) ? null : _options.ApiBase);
        _intents = new PaymentIntentService(client);
        _refunds = new RefundService(client);
        _sessions = new Checkout.SessionService(client);
    }

    /// <summary>False when no API key is set: callers return the user error "Card payments are not configured".</summary>
    public bool IsConfigured => _intents != null;

    public static PaymentError NotConfiguredError { get; } =
        new(PaymentErrorCodes.NotConfigured, "paymentMethod", "Card payments are not configured");

    /// <summary>Null when a card can be charged this amount, else the user error to return (pay by bank transfer instead).</summary>
    public static PaymentError? CheckAmount(long amountVnd, string field = "amount") => amountVnd switch
    {
        <= 0 => new PaymentError(PaymentErrorCodes.Invalid, field, "The amount must be a positive number of đồng."),
        > MaxVndAmount => new PaymentError(PaymentErrorCodes.AmountTooLarge, field,
            $"Card payments are limited to {MaxVndAmount:N0} VND; pay larger orders by bank transfer."),
        _ => null,
    };

    /// <summary>
    /// Creates the PaymentIntent the storefront confirms with Stripe.js (its client_secret). The idempotency key must be stable
    /// per purchase-order payment attempt (e.g. "po-{id}-pay-{n}"), so a retried mutation returns the same intent, not a second one.
    /// </summary>
    public Task<PaymentIntent> CreatePaymentIntentAsync(
        Guid purchaseOrderId, long amountVnd, string idempotencyKey, CancellationToken ct = default)
    {
        var intents = RequireConfigured(_intents);
        GuardAmount(amountVnd);
        GuardIdempotencyKey(idempotencyKey);

        var create = new PaymentIntentCreateOptions
        {
            Amount = amountVnd, // zero-decimal currency: whole đồng, no ×100
            Currency = "vnd",
            AutomaticPaymentMethods = new PaymentIntentAutomaticPaymentMethodsOptions { Enabled = true },
            Metadata = new Dictionary<string, string> { [PurchaseOrderIdMetadataKey] = purchaseOrderId.ToString() },
        };
        return intents.CreateAsync(create, new RequestOptions { IdempotencyKey = idempotencyKey }, ct);
    }

    /// <summary>
    /// A Stripe Checkout Session: the page on Stripe's site where the buyer types the card (this site's CSP loads no
    /// Stripe.js). The PaymentIntent it makes carries the order in its metadata, so payment_intent.succeeded reaches the
    /// order as for an intent of <see cref="CreatePaymentIntentAsync"/>. One key per order and amount: a second click gets
    /// the same session back.
    /// </summary>
    public Task<Checkout.Session> CreateCheckoutSessionAsync(Guid purchaseOrderId, string orderNumber, long amountVnd,
        string successUrl, string cancelUrl, string idempotencyKey, CancellationToken ct = default)
    {
        var sessions = RequireConfigured(_sessions);
        GuardAmount(amountVnd);
        GuardIdempotencyKey(idempotencyKey);
        var metadata = new Dictionary<string, string> { [PurchaseOrderIdMetadataKey] = purchaseOrderId.ToString() };
        var create = new Checkout.SessionCreateOptions
        {
            Mode = "payment",
            ClientReferenceId = purchaseOrderId.ToString(),
            LineItems =
            [
                new Checkout.SessionLineItemOptions
                {
                    Quantity = 1,
                    PriceData = new Checkout.SessionLineItemPriceDataOptions
                    {
                        Currency = "vnd",
                        UnitAmount = amountVnd, // zero-decimal currency: whole đồng
                        ProductData = new Checkout.SessionLineItemPriceDataProductDataOptions { Name = $"OCOP Market {orderNumber}" },
                    },
                },
            ],
            PaymentIntentData = new Checkout.SessionPaymentIntentDataOptions { Metadata = metadata },
            Metadata = metadata,
            SuccessUrl = successUrl,
            CancelUrl = cancelUrl,
        };
        return sessions.CreateAsync(create, new RequestOptions { IdempotencyKey = idempotencyKey }, ct);
    }

    public Task<PaymentIntent> GetPaymentIntentAsync(string paymentIntentId, CancellationToken ct = default) =>
        RequireConfigured(_intents).GetAsync(paymentIntentId, cancellationToken: ct);

    /// <summary>Refunds part (or all) of a captured intent; call again with a new key for a further partial refund.</summary>
    public Task<Refund> RefundAsync(string paymentIntentId, long amountVnd, string idempotencyKey, CancellationToken ct = default)
    {
        var refunds = RequireConfigured(_refunds);
        ArgumentException.ThrowIfNullOrWhiteSpace(paymentIntentId);
        GuardAmount(amountVnd);
        GuardIdempotencyKey(idempotencyKey);

        var create = new RefundCreateOptions { PaymentIntent = paymentIntentId, Amount = amountVnd };
        return refunds.CreateAsync(create, new RequestOptions { IdempotencyKey = idempotencyKey }, ct);
    }

    /// <summary>
    /// Verifies a webhook's Stripe-Signature header against the raw request body and parses the event. Never throws: a
    /// forged, replayed or garbled request is an expected input at a public endpoint.
    /// </summary>
    public StripeWebhookResult ParseWebhook(string json, string? signatureHeader)
    {
        if (string.IsNullOrWhiteSpace(_options.WebhookSecret))
            return StripeWebhookResult.Fail(StripeWebhookFailure.NotConfigured, "No Stripe webhook secret is configured.");
        if (string.IsNullOrWhiteSpace(signatureHeader))
            return StripeWebhookResult.Fail(StripeWebhookFailure.MissingSignature, "The Stripe-Signature header is missing.");

        try
        {
            // The overload with utcNow is ConstructEvent(json, header, secret) with the clock made injectable for tests.
            var e = EventUtility.ConstructEvent(json ?? "", signatureHeader, _options.WebhookSecret,
                _options.WebhookToleranceSeconds, _time.GetUtcNow().ToUnixTimeSeconds());
            return StripeWebhookResult.Ok(e);
        }
        catch (StripeException ex)
        {
            return StripeWebhookResult.Fail(Classify(ex.Message), ex.Message);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A correctly signed body that is not an event (JSON errors come from the SDK's serializer).
            return StripeWebhookResult.Fail(StripeWebhookFailure.MalformedPayload, ex.Message);
        }
    }

    // Stripe.net reports every verification failure as a StripeException and tells them apart only by message; the
    // webhook tests pin each case, so an SDK upgrade that rewords them shows up as a test failure, not a silent change.
    private static StripeWebhookFailure Classify(string message) => message switch
    {
        _ when message.Contains("tolerance", StringComparison.OrdinalIgnoreCase) => StripeWebhookFailure.StaleTimestamp,
        _ when message.Contains("API version", StringComparison.OrdinalIgnoreCase) => StripeWebhookFailure.ApiVersionMismatch,
        _ when message.Contains("header format", StringComparison.OrdinalIgnoreCase) => StripeWebhookFailure.MalformedSignature,
        _ => StripeWebhookFailure.InvalidSignature,
    };

    private static T RequireConfigured<T>(T? service) where T : class =>
        service ?? throw new InvalidOperationException("Card payments are not configured: check StripeGateway.IsConfigured first.");

    private static void GuardAmount(long amountVnd)
    {
        if (CheckAmount(amountVnd) is { } error)
            throw new ArgumentOutOfRangeException(nameof(amountVnd), amountVnd, error.Message + " Check StripeGateway.CheckAmount first.");
    }

    private static void GuardIdempotencyKey(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (key.Length > MaxIdempotencyKeyLength)
            throw new ArgumentException($"Idempotency keys are limited to {MaxIdempotencyKeyLength} characters.", nameof(key));
    }
}
