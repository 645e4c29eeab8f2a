using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OcopMarket.Kernel.Events;
using OcopMarket.Tests.Identity;
using OcopMarket.Tests.Support;
using OcopMarket.Webhooks;

namespace OcopMarket.Tests.Webhooks;

/// <summary>Names resolve as a test says (a public address at registration, a private one later); others through DNS.</summary>
public sealed class FakeHostResolver : IWebhookHostResolver
{
    public ConcurrentDictionary<string, IPAddress[]> Names { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct) =>
        Names.TryGetValue(host, out var addresses) ? Task.FromResult(addresses) : Dns.GetHostAddressesAsync(host, ct);
}

/// <summary>
/// The API with webhooks on as tests and development run them: a signing key, receivers on loopback allowed, plain
/// http, a retry after one second (doubling), and the outbox and worker looking often.
/// </summary>
public class WebhookFixture : IdentityFixture
{
    public const string SigningKey = "test-webhook-signing-key";
    public FakeHostResolver Resolver { get; } = new();

    /// <summary>The settings, also given to second API processes (as environment variables).</summary>
    public virtual IDictionary<string, string> WebhookSettings => Defaults();

    public static Dictionary<string, string> Defaults() => new()
    {
        ["Webhooks:SigningKey"] = SigningKey,
        ["Webhooks:AllowPrivateAddresses"] = "true",
        ["Webhooks:RequireHttps"] = "false",
        ["Webhooks:FirstRetryAfter"] = "00:00:01",
        ["Webhooks:MaxRetryInterval"] = "00:00:02",
        ["Webhooks:PollInterval"] = "00:00:00.1",
        ["Webhooks:Timeout"] = "00:00:05",
        ["Events:PollInterval"] = "00:00:00.1",
    };

    protected override IDictionary<string, string?> Settings => WebhookSettings.ToDictionary(p => p.Key, p => (string?)p.Value);

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IWebhookHostResolver>(Resolver);

    public IDocumentStore Store => App.Services.GetRequiredService<IDocumentStore>();
    public NpgsqlDataSource Db => App.Services.GetRequiredService<NpgsqlDataSource>();

    /// <summary>Records an event as a module does: on a session, written by its SaveChanges.</summary>
    public async Task<Guid> RecordAsync(string type, string subject, EventAudience audience, object data)
    {
        var id = Guid.NewGuid();
        await using var session = Store.LightweightSession();
        App.Services.GetRequiredService<EventOutbox>().Record(session, type, subject, audience, data, id);
        await session.SaveChangesAsync();
        return id;
    }

    public Task<Guid> ProductChangedAsync(Guid productId, string name = "Nước mắm Cát Hải", bool isPublic = true) =>
        RecordAsync("product.changed", "product:" + productId,
            isPublic ? EventAudience.Everyone(Guid.Empty) : EventAudience.Cooperative(Guid.Empty),
            new { productId = productId.ToString(), slug = "nuoc-mam", name, status = "PUBLISHED" });

    /// <summary>A new API key's secret (created by the admin) and a client that sends it.</summary>
    public async Task<GraphQLClient> ApiKeyClientAsync(string name = "shop")
    {
        var admin = await AdminAsync();
        var created = (await admin.PostAsync("mutation($n: String!) { createApiKey(input: { name: $n }) { apiKey { id } secret } }", new { n = name }))
            .OkData()["createApiKey"]!;
        return new GraphQLClient(Client.Http) { ApiKey = created["secret"]!.GetValue<string>() };
    }

    /// <summary>Waits until the condition holds (or fails after the timeout).</summary>
    public static async Task EventuallyAsync(Func<bool> condition, int seconds = 30, string? what = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException($"Timed out waiting for {what ?? "the condition"}.");
            await Task.Delay(50);
        }
    }

    public static async Task EventuallyAsync(Func<Task<bool>> condition, int seconds = 30, string? what = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException($"Timed out waiting for {what ?? "the condition"}.");
            await Task.Delay(100);
        }
    }
}

/// <summary>Operations the webhook tests send.</summary>
public static class WebhookGql
{
    public const string Create = """
        mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) {
          endpoint { id url events status publicEventsOnly } secret userErrors { code field message } } }
        """;

    public const string Update = """
        mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) {
          endpoint { id url events status disabledReason } userErrors { code field message } } }
        """;

    public const string Delete = """
        mutation($id: ID!) { deleteWebhookEndpoint(input: { id: $id }) { deletedId userErrors { code field message } } }
        """;

    public const string Rotate = """
        mutation($id: ID!) { rotateWebhookSecret(input: { id: $id }) { endpoint { id } secret userErrors { code field message } } }
        """;

    public const string Redeliver = """
        mutation($id: ID!) { redeliverWebhookDelivery(input: { id: $id }) { delivery { id status attempts } userErrors { code field message } } }
        """;

    public const string List = "{ webhookEndpoints { totalCount nodes { id url events status } } }";

    public const string Deliveries = """
        query($id: ID!) { webhookEndpoint(id: $id) { id status disabledReason failingSince deliveries(first: 50) { totalCount
          nodes { id eventId eventType subject status attempts lastStatusCode lastError nextAttemptAt deliveredAt payload
                  log { number at statusCode durationMs error responseExcerpt } } } } }
        """;

    /// <summary>Registers an endpoint and returns (id, secret), failing on any user error.</summary>
    public static async Task<(string Id, string Secret)> CreateAsync(GraphQLClient client, string url, params string[] events)
    {
        var payload = (await client.PostAsync(Create, new { input = new { url, events } })).OkData()["createWebhookEndpoint"]!;
        if (payload["userErrors"]!.AsArray().Count > 0) throw new Xunit.Sdk.XunitException("createWebhookEndpoint: " + payload.ToJsonString());
        return (payload["endpoint"]!["id"]!.GetValue<string>(), payload["secret"]!.GetValue<string>());
    }

    public static async Task<JsonNode> EndpointAsync(GraphQLClient client, string id) =>
        (await client.PostAsync(Deliveries, new { id })).OkData()["webhookEndpoint"]!;
}
