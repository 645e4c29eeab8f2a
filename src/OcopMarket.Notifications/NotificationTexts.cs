using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OcopMarket.Notifications;

/// <summary>What a reader sees of a notification: a sentence in their language and where the portal opens it.</summary>
public sealed record NotificationText(string Text, string Path, string? SubjectId);

/// <summary>
/// Renders a notification from its event type and data (docs/events.md), at read time and in the reader's language,
/// so a user who switches language sees every notification in the new one. Both languages stand side by side here;
/// placeholders name the event's data fields ({orderNumber}), money is formatted as đồng in the language's way.
/// </summary>
public static partial class NotificationTexts
{
    private static readonly CultureInfo Vietnamese = new("vi-VN");
    private static readonly CultureInfo English = new("en-US");

    /// <summary>(type, reason present) → (English, Vietnamese).</summary>
    private static readonly Dictionary<string, (string En, string Vi)> Templates = new(StringComparer.Ordinal)
    {
        ["order.placed"] = ("New order {orderNumber} from {buyerName}: {total}", "Đơn hàng mới {orderNumber} từ {buyerName}: {total}"),
        ["order.confirmed"] = ("Order {orderNumber} was confirmed by the cooperative", "Đơn hàng {orderNumber} đã được hợp tác xã xác nhận"),
        ["order.rejected"] = ("Order {orderNumber} was rejected", "Đơn hàng {orderNumber} bị từ chối"),
        ["order.rejected+reason"] = ("Order {orderNumber} was rejected: {reason}", "Đơn hàng {orderNumber} bị từ chối: {reason}"),
        ["order.shipped"] = ("Order {orderNumber} is on its way", "Đơn hàng {orderNumber} đang được giao"),
        ["order.delivered"] = ("Order {orderNumber} was delivered", "Đơn hàng {orderNumber} đã giao"),
        ["order.cancelled"] = ("Order {orderNumber} was cancelled", "Đơn hàng {orderNumber} đã bị hủy"),
        ["order.cancelled+reason"] = ("Order {orderNumber} was cancelled: {reason}", "Đơn hàng {orderNumber} đã bị hủy: {reason}"),
        ["payment.paid"] = ("Payment received for order {orderNumber}: {amount}", "Đã nhận thanh toán cho đơn hàng {orderNumber}: {amount}"),
        ["payment.amount_mismatch"] = ("The payment for order {orderNumber} was {received}, not {amount}",
            "Thanh toán cho đơn hàng {orderNumber} sai số tiền: nhận {received}, cần {amount}"),
        ["payment.refunded"] = ("Order {orderNumber} was refunded: {amount}", "Đã hoàn tiền cho đơn hàng {orderNumber}: {amount}"),
        ["demand_request.posted"] = ("New demand request from {buyerName}: {quantity} {unit}", "Yêu cầu mua hàng mới từ {buyerName}: {quantity} {unit}"),
        ["quote.submitted"] = ("New quote on your demand request: {total}", "Báo giá mới cho yêu cầu mua hàng của bạn: {total}"),
        ["quote.revised"] = ("A quote on your demand request was revised: {total}", "Báo giá cho yêu cầu mua hàng của bạn đã được sửa: {total}"),
        ["quote.accepted"] = ("Your quote was accepted: {total}", "Báo giá của bạn đã được chấp nhận: {total}"),
        ["certificate.expiring"] = ("The OCOP certificate of {name} expires on {expiresOn} ({daysLeft} days left)",
            "Giấy chứng nhận OCOP của {name} hết hiệu lực ngày {expiresOn} (còn {daysLeft} ngày)"),
        ["webhook_endpoint.disabled"] = ("A webhook endpoint was switched off after repeated failures: {url}",
            "Một điểm nhận webhook đã bị tắt sau nhiều lần gửi lỗi: {url}"),
    };

    private static readonly (string En, string Vi) Unknown = ("Something changed ({type})", "Có thay đổi ({type})");

    /// <summary>The template keys; a test checks each has both languages and every event type a role is told of has one.</summary>
    public static IReadOnlyCollection<string> Keys => Templates.Keys;

    public static NotificationText Render(NotificationView n, bool vietnamese)
    {
        var hasReason = Field(n.Data, "reason") is { Length: > 0 };
        var template = Templates.GetValueOrDefault(hasReason ? n.Type + "+reason" : n.Type, Templates.GetValueOrDefault(n.Type, Unknown));
        var culture = vietnamese ? Vietnamese : English;
        var text = Placeholder().Replace(vietnamese ? template.Vi : template.En, m => Value(n, m.Groups[1].Value, culture));
        var (path, subject) = Link(n);
        return new NotificationText(text, path, subject);
    }

    private static string Value(NotificationView n, string name, CultureInfo culture) => name switch
    {
        "type" => n.Type,
        "total" or "amount" or "received" => Money(n.Data, name, culture),
        "expiresOn" when DateOnly.TryParse(Field(n.Data, name), CultureInfo.InvariantCulture, out var date) =>
            date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        _ => Field(n.Data, name) ?? "…"
    };

    /// <summary>Đồng, whole, as each language writes it: 1.234.000 ₫ in Vietnamese, 1,234,000 ₫ in English.</summary>
    private static string Money(JsonElement data, string name, CultureInfo culture) =>
        decimal.TryParse(Field(data, name), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            ? amount.ToString("#,##0", culture) + " ₫"
            : "…";

    private static string? Field(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
                _ => null
            }
            : null;

    /// <summary>Where each portal shows the thing the notification is about, and that thing's global id.</summary>
    private static (string Path, string? SubjectId) Link(NotificationView n)
    {
        var family = n.Type.Split('.')[0];
        string? Id(string field) => Field(n.Data, field);
        string To(string path, string? id) => id == null ? path : path + "/" + Uri.EscapeDataString(id);
        return (n.Recipient, family) switch
        {
            (Recipient.Cooperative, "order") => (To("/coop/orders", Id("cooperativeOrderId")), Id("cooperativeOrderId")),
            (Recipient.Cooperative, "payment") => ("/coop/orders", Id("purchaseOrderId")),
            (Recipient.Cooperative, "demand_request") => ("/coop/requests", Id("demandRequestId")),
            (Recipient.Cooperative, "quote") => ("/coop/requests", Id("quoteId")),
            (Recipient.Cooperative, "certificate") => (To("/coop/listings", Id("slug")), Id("productId")),
            (Recipient.Cooperative, _) => ("/coop", null),
            (Recipient.Buyer, "order" or "payment") => (To("/buyer/orders", Id("purchaseOrderId")), Id("purchaseOrderId")),
            (Recipient.Buyer, "quote" or "demand_request") => (To("/buyer/requests", Id("demandRequestId")), Id("demandRequestId")),
            (Recipient.Buyer, _) => ("/buyer", null),
            _ => ("/admin", null)
        };
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
