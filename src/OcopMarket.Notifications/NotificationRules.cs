namespace OcopMarket.Notifications;

/// <summary>Who a notification was written for: decides what it links to.</summary>
public enum Recipient
{
    Cooperative,
    Buyer,
    Admin
}

/// <summary>
/// Which events each role is told of (docs/events.md lists them all). A cooperative's managers hear of new and
/// cancelled orders, demand requests that match them, accepted quotes, certificates about to expire and payments; a
/// buyer's members of their orders' progress, quotes and payments; the admins of webhook endpoints switched off.
/// </summary>
public static class NotificationRules
{
    public static readonly IReadOnlySet<string> ManagerTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "order.placed", "order.cancelled", "demand_request.posted", "quote.accepted", "certificate.expiring", "payment.paid"
    };

    public static readonly IReadOnlySet<string> BuyerTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "order.confirmed", "order.rejected", "order.shipped", "order.delivered", "order.cancelled",
        "quote.submitted", "quote.revised", "payment.paid", "payment.amount_mismatch", "payment.refunded"
    };

    public static readonly IReadOnlySet<string> AdminTypes = new HashSet<string>(StringComparer.Ordinal) { "webhook_endpoint.disabled" };

    public static bool Notifies(string type) => ManagerTypes.Contains(type) || BuyerTypes.Contains(type) || AdminTypes.Contains(type);

    public static bool TellsManagers(string type) => ManagerTypes.Contains(type);
    public static bool TellsBuyers(string type) => BuyerTypes.Contains(type);
    public static bool TellsAdmins(string type) => AdminTypes.Contains(type);

    public static string Name(Recipient recipient) => recipient switch
    {
        Recipient.Cooperative => "cooperative",
        Recipient.Buyer => "buyer",
        _ => "admin"
    };

    public static Recipient Parse(string name) => name switch
    {
        "cooperative" => Recipient.Cooperative,
        "buyer" => Recipient.Buyer,
        _ => Recipient.Admin
    };
}
