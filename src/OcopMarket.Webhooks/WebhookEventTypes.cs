namespace OcopMarket.Webhooks;

/// <summary>
/// The event types an endpoint may subscribe to: the catalogue of docs/events.md. Public ones (the catalog as any shop
/// sees it) may be asked for with an API key; the others only by an admin. Explicit names only, no wildcard: an
/// integrator learns of a new type from the changelog, not from a surprise delivery.
/// </summary>
public static class WebhookEventTypes
{
    public const string EndpointDisabled = "webhook_endpoint.disabled";

    public static readonly IReadOnlyList<string> Public = ["product.published", "product.changed", "product.unlisted", "stock.changed"];

    public static readonly IReadOnlyList<string> All =
    [
        .. Public,
        "order.placed", "order.confirmed", "order.rejected", "order.shipped", "order.delivered", "order.cancelled",
        "payment.paid", "payment.amount_mismatch", "payment.refunded",
        "certificate.expiring", "demand_request.posted", "quote.submitted", "quote.revised", "quote.accepted",
        EndpointDisabled
    ];

    public static bool IsKnown(string type) => All.Contains(type);
    public static bool IsPublic(string type) => Public.Contains(type);
}
