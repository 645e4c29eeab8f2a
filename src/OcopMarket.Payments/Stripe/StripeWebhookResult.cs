using Stripe;

namespace OcopMarket.Payments.Stripe;

/// <summary>Why a webhook was refused. The endpoint answers 400 for all of them; the distinction is for logs and tests.</summary>
public enum StripeWebhookFailure
{
    None,
    /// <summary>No webhook secret is configured, so nothing can be verified.</summary>
    NotConfigured,
    MissingSignature,
    /// <summary>The Stripe-Signature header is not of the form "t=…,v1=…".</summary>
    MalformedSignature,
    /// <summary>No v1 signature matches: wrong secret or a body changed in transit.</summary>
    InvalidSignature,
    /// <summary>Correctly signed but older (or newer) than the tolerance: possibly a replay.</summary>
    StaleTimestamp,
    /// <summary>Signed event of an API version this SDK cannot deserialise safely: the endpoint's version must be changed.</summary>
    ApiVersionMismatch,
    MalformedPayload,
}

public sealed record StripeWebhookResult(Event? Event, StripeWebhookFailure Failure, string? Message)
{
    public bool IsValid => Failure == StripeWebhookFailure.None && Event != null;

    public static StripeWebhookResult Ok(Event e) => new(e, StripeWebhookFailure.None, null);
    public static StripeWebhookResult Fail(StripeWebhookFailure failure, string message) => new(null, failure, message);
}
