namespace OcopMarket.Payments.Stripe;

/// <summary>
/// Section "Payments:Stripe". The key and webhook secret come from user secrets or the environment
/// (Payments__Stripe__ApiKey, Payments__Stripe__WebhookSecret), never from files in the repository.
/// </summary>
public sealed class StripeOptions
{
    public const string Section = "Payments:Stripe";

    /// <summary>Secret API key (sk_…). Empty means card payments are switched off.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Overrides https://api.stripe.com; tests point it at a fake server on loopback.</summary>
    public string? ApiBase { get; set; }

    /// <summary>
    /// The site's public address (https://…), where Stripe Checkout sends the buyer back. Empty: the address the buyer's
    /// request came to (the API serves the web app).
    /// </summary>
    public string? SiteUrl { get; set; }

    /// <summary>The webhook endpoint's signing secret (whsec_…).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>How old a signed webhook may be, in seconds; Stripe's default (300) guards against replays.</summary>
    public long WebhookToleranceSeconds { get; set; } = 300;
}
