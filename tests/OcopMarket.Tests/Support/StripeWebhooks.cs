using System.Text.Json;

namespace OcopMarket.Tests.Support;

/// <summary>Builds webhook bodies and Stripe-Signature headers the way Stripe sends them, for webhook tests.</summary>
public static class StripeWebhooks
{
    /// <summary>An Event JSON whose data.object is a payment_intent; it carries the SDK's API version, as ConstructEvent demands.</summary>
    public static string PaymentIntentEvent(
        string type, string paymentIntentId, long amountVnd, Guid purchaseOrderId, string status = "succeeded",
        string? apiVersion = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = "evt_" + Guid.NewGuid().ToString("N")[..24],
            ["object"] = "event",
            ["api_version"] = apiVersion ?? Stripe.StripeConfiguration.ApiVersion,
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["type"] = type,
            ["livemode"] = false,
            ["pending_webhooks"] = 1,
            ["request"] = new { id = (string?)null, idempotency_key = (string?)null },
            ["data"] = new
            {
                @object = new Dictionary<string, object?>
                {
                    ["id"] = paymentIntentId,
                    ["object"] = "payment_intent",
                    ["amount"] = amountVnd,
                    ["amount_received"] = status == "succeeded" ? amountVnd : 0,
                    ["currency"] = "vnd",
                    ["status"] = status,
                    ["metadata"] = new Dictionary<string, string> { ["purchase_order_id"] = purchaseOrderId.ToString() },
                },
            },
        });

    /// <summary>The "t=…,v1=…" header for a payload signed with a secret at a given time.</summary>
    public static string SignatureHeader(string secret, string payload, DateTimeOffset signedAt)
    {
        var timestamp = signedAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"t={timestamp},v1={Stripe.EventUtility.ComputeSignature(secret, timestamp, payload)}";
    }
}
