namespace OcopMarket.Webhooks;

/// <summary>The settings under "Webhooks" (README, Configuration; docs/webhooks.md).</summary>
public sealed class WebhookOptions
{
    /// <summary>
    /// The key every endpoint's signing secret is derived from (never stored: see <see cref="WebhookSecrets"/>). Without
    /// it, createWebhookEndpoint answers NOT_CONFIGURED. Changing it changes every endpoint's secret.
    /// </summary>
    public string? SigningKey { get; set; }
    /// <summary>Allow endpoints on loopback, private, link-local and other non-public addresses (tests, development).</summary>
    public bool AllowPrivateAddresses { get; set; }
    /// <summary>Refuse plain http:// endpoint URLs (on by default; tests and development turn it off).</summary>
    public bool RequireHttps { get; set; } = true;
    /// <summary>The wait after the first failed attempt; each further failure doubles it, up to <see cref="MaxRetryInterval"/>.</summary>
    public TimeSpan FirstRetryAfter { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxRetryInterval { get; set; } = TimeSpan.FromHours(2);
    /// <summary>A delivery is retried until this long after its first attempt, then marked FAILED.</summary>
    public TimeSpan RetryFor { get; set; } = TimeSpan.FromHours(24);
    /// <summary>An endpoint whose deliveries have failed for this long without one success is disabled.</summary>
    public TimeSpan DisableAfter { get; set; } = TimeSpan.FromHours(24);
    /// <summary>How long one POST may take (connecting included) before it counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>How long a process holds a claimed delivery; another process may attempt it after (the first died).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);
    /// <summary>How often an idle worker looks for due deliveries.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>Deliveries one process posts at the same time.</summary>
    public int Concurrency { get; set; } = 16;
    /// <summary>Off: this process creates deliveries (through the outbox) but posts none.</summary>
    public bool Deliver { get; set; } = true;
    /// <summary>Delivered and failed deliveries (and their logs) are deleted this long after they were created.</summary>
    public TimeSpan KeepDeliveriesFor { get; set; } = TimeSpan.FromDays(30);
    /// <summary>Endpoints one owner may register.</summary>
    public int MaxEndpointsPerOwner { get; set; } = 20;
}
