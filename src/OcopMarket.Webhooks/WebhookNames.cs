namespace OcopMarket.Webhooks;

/// <summary>The GraphQL type names of the module's nodes (their global ids carry them).</summary>
public static class WebhookNames
{
    public const string Endpoint = "WebhookEndpoint";
    public const string Delivery = "WebhookDelivery";
}
