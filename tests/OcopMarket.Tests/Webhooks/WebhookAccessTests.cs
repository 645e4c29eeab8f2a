using Marten;
using OcopMarket.Kernel;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Webhooks;

/// <summary>Who may register endpoints, which events they may have, and who sees and changes which endpoints.</summary>
public class WebhookAccessTests(WebhookFixture api) : IClassFixture<WebhookFixture>
{
    private static string Code(Support.GraphQLResponse response, string field) =>
        response.OkData()[field]!["userErrors"]![0]!["code"]!.GetValue<string>();

    [Fact]
    public async Task An_api_key_registers_public_events_only_and_sees_only_its_own_endpoints()
    {
        var shop = await api.ApiKeyClientAsync("shop-a");
        var other = await api.ApiKeyClientAsync("shop-b");
        var (id, secret) = await WebhookGql.CreateAsync(shop, "http://127.0.0.1:9/a", "product.changed", "stock.changed");
        Assert.StartsWith("whsec_", secret);

        var refused = await shop.PostAsync(WebhookGql.Create, new { input = new { url = "http://127.0.0.1:9/a", events = new[] { "product.changed", "order.placed" } } });
        var error = refused.OkData()["createWebhookEndpoint"]!["userErrors"]![0]!;
        Assert.Equal("FORBIDDEN", error["code"]!.GetValue<string>());
        Assert.Equal(["input", "events", "1"], error["field"]!.AsArray().Select(f => f!.GetValue<string>()).ToArray());
        Assert.Equal("VALIDATION", Code(await shop.PostAsync(WebhookGql.Create, new { input = new { url = "http://127.0.0.1:9/a", events = new[] { "product.*" } } }), "createWebhookEndpoint"));
        Assert.Equal("VALIDATION", Code(await shop.PostAsync(WebhookGql.Create, new { input = new { url = "http://127.0.0.1:9/a", events = Array.Empty<string>() } }), "createWebhookEndpoint"));

        var mine = (await shop.PostAsync(WebhookGql.List)).OkData()["webhookEndpoints"]!;
        Assert.Equal(1, mine["totalCount"]!.GetValue<int>());
        Assert.Equal(["product.changed", "stock.changed"], mine["nodes"]![0]!["events"]!.AsArray().Select(e => e!.GetValue<string>()).ToArray());
        Assert.Equal(0, (await other.PostAsync(WebhookGql.List)).OkData()["webhookEndpoints"]!["totalCount"]!.GetValue<int>());
        Assert.Null((await other.PostAsync(WebhookGql.Deliveries, new { id })).OkData()["webhookEndpoint"]);
        Assert.Equal("NOT_FOUND", Code(await other.PostAsync(WebhookGql.Update, new { input = new { id, enabled = false } }), "updateWebhookEndpoint"));
        Assert.Equal("NOT_FOUND", Code(await other.PostAsync(WebhookGql.Delete, new { id }), "deleteWebhookEndpoint"));
        Assert.Equal("NOT_FOUND", Code(await other.PostAsync(WebhookGql.Rotate, new { id }), "rotateWebhookSecret"));

        // The owner changes it, within the same rule.
        var updated = (await shop.PostAsync(WebhookGql.Update, new { input = new { id, events = new[] { "product.published" } } })).OkData()["updateWebhookEndpoint"]!;
        Assert.Equal(["product.published"], updated["endpoint"]!["events"]!.AsArray().Select(e => e!.GetValue<string>()).ToArray());
        Assert.Equal("FORBIDDEN", Code(await shop.PostAsync(WebhookGql.Update, new { input = new { id, events = new[] { "payment.paid" } } }), "updateWebhookEndpoint"));

        // Admins see every endpoint and may switch one off or delete it, but not change where it sends or its secret.
        var admin = await api.AdminAsync();
        Assert.Contains((await admin.PostAsync(WebhookGql.List)).OkData()["webhookEndpoints"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == id);
        Assert.Equal("FORBIDDEN", Code(await admin.PostAsync(WebhookGql.Rotate, new { id }), "rotateWebhookSecret"));
        Assert.Equal("FORBIDDEN", Code(await admin.PostAsync(WebhookGql.Update, new { input = new { id, url = "http://127.0.0.1:9/admin" } }), "updateWebhookEndpoint"));
        var off = (await admin.PostAsync(WebhookGql.Update, new { input = new { id, enabled = false } })).OkData()["updateWebhookEndpoint"]!;
        Assert.Equal("DISABLED", off["endpoint"]!["status"]!.GetValue<string>());
        Assert.Equal("Switched off by an admin.", off["endpoint"]!["disabledReason"]!.GetValue<string>());
        var deleted = (await shop.PostAsync(WebhookGql.Delete, new { id })).OkData()["deleteWebhookEndpoint"]!;
        Assert.Equal(id, deleted["deletedId"]!.GetValue<string>());
        Assert.Equal(0, (await shop.PostAsync(WebhookGql.List)).OkData()["webhookEndpoints"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Members_and_anonymous_callers_cannot_use_webhooks_and_the_refusal_is_in_vietnamese_when_asked()
    {
        var email = $"buyer-{IdentityFixtureUnique()}@test.local";
        await api.CreateUserAsync(email, Role.Buyer);
        var member = await api.SignInAsync(email);
        var input = new { input = new { url = "http://127.0.0.1:9/x", events = new[] { "product.changed" } } };
        Assert.Equal("FORBIDDEN", Code(await member.PostAsync(WebhookGql.Create, input), "createWebhookEndpoint"));
        Assert.Equal("UNAUTHENTICATED", Code(await api.Client.PostAsync(WebhookGql.Create, input), "createWebhookEndpoint"));
        Assert.Equal("FORBIDDEN", (await member.PostAsync(WebhookGql.List)).FirstErrorCode);
        Assert.Equal("UNAUTHENTICATED", (await api.Client.PostAsync(WebhookGql.List)).FirstErrorCode);

        var vietnamese = await api.Client.WithLanguage("vi").PostAsync(WebhookGql.Create, input);
        Assert.Contains("khóa API", vietnamese.OkData()["createWebhookEndpoint"]!["userErrors"]![0]!["message"]!.GetValue<string>());
    }

    private static string IdentityFixtureUnique() => Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task An_api_keys_endpoint_gets_public_events_only_and_nothing_once_the_key_is_revoked()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await api.AdminAsync();
        var created = (await admin.PostAsync("mutation { createApiKey(input: { name: \"shop-r\" }) { apiKey { id } secret } }")).OkData()["createApiKey"]!;
        var shop = new GraphQLClient(api.Client.Http) { ApiKey = created["secret"]!.GetValue<string>() };
        await WebhookGql.CreateAsync(shop, receiver.Url("/shop"), "product.changed");
        await WebhookGql.CreateAsync(admin, receiver.Url("/admin"), "product.changed");

        // A product change the cooperative is told of but that is not public (say, a draft): the admin only.
        var draft = await api.ProductChangedAsync(Guid.NewGuid(), "nháp", isPublic: false);
        var published = await api.ProductChangedAsync(Guid.NewGuid(), "công khai");
        await WebhookFixture.EventuallyAsync(() => receiver.Of("/admin").Count >= 2 && receiver.Of("/shop").Count >= 1);
        Assert.Equal([published.ToString()], receiver.Of("/shop").Select(r => r.Id).ToArray());
        Assert.Equal(new[] { draft.ToString(), published.ToString() }.Order(), receiver.Of("/admin").Select(r => r.Id).Order()); // two subjects: any order

        await admin.PostAsync("mutation($id: ID!) { revokeApiKey(input: { id: $id }) { userErrors { code } } }",
            new { id = created["apiKey"]!["id"]!.GetValue<string>() });
        var after = await api.ProductChangedAsync(Guid.NewGuid(), "sau khi thu hồi");
        await WebhookFixture.EventuallyAsync(() => receiver.Of("/admin").Count >= 3);
        await Task.Delay(500);
        Assert.Equal(after.ToString(), receiver.Of("/admin").Last().Id);
        Assert.Single(receiver.Of("/shop"));
    }

    [Fact]
    public async Task An_api_key_may_manage_its_endpoints_but_no_other_mutation()
    {
        var shop = await api.ApiKeyClientAsync("shop-m");
        var ids = new List<string>();
        for (var i = 0; i < 3; i++) ids.Add((await WebhookGql.CreateAsync(shop, $"http://127.0.0.1:9/{i}", "stock.changed")).Id);
        const string page = "query($after: String) { webhookEndpoints(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }";
        var first = (await shop.PostAsync(page, new { after = (string?)null })).OkData()["webhookEndpoints"]!;
        var second = (await shop.PostAsync(page, new { after = first["pageInfo"]!["endCursor"]!.GetValue<string>() })).OkData()["webhookEndpoints"]!;
        Assert.Equal(3, first["totalCount"]!.GetValue<int>());
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.False(second["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(ids, first["nodes"]!.AsArray().Concat(second["nodes"]!.AsArray()).Select(n => n!["id"]!.GetValue<string>()).ToList());
        foreach (var id in ids) await shop.PostAsync(WebhookGql.Delete, new { id });

        var refused = await shop.PostAsync("mutation { createApiKey(input: { name: \"more\" }) { apiKey { id } userErrors { code } } }");
        Assert.Equal("UNAUTHENTICATED", refused.OkData()["createApiKey"]!["userErrors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_admins_endpoint_stops_receiving_when_the_user_is_no_longer_an_admin()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var email = $"admin-{IdentityFixtureUnique()}@test.local";
        await api.CreateUserAsync(email, Role.Admin);
        var former = await api.SignInAsync(email);
        await WebhookGql.CreateAsync(former, receiver.Url("/former"), "order.placed");
        var (watcherId, _) = await WebhookGql.CreateAsync(await api.AdminAsync(), receiver.Url("/still"), "order.placed");

        await using (var session = api.Store.LightweightSession())
        {
            var user = (await session.Query<OcopMarket.Identity.Model.User>().Where(u => u.Email == email).ToListAsync()).Single();
            user.Role = Role.Buyer;
            session.Update(user);
            await session.SaveChangesAsync();
        }
        await api.RecordAsync("order.placed", "order:" + Guid.NewGuid(), OcopMarket.Kernel.Events.EventAudience.Cooperative(Guid.NewGuid()), new { orderNumber = "X" });
        await WebhookFixture.EventuallyAsync(() => receiver.Of("/still").Count >= 1);
        await Task.Delay(500);
        Assert.Empty(receiver.Of("/former"));
        await (await api.AdminAsync()).PostAsync(WebhookGql.Delete, new { id = watcherId });
    }

    [Fact]
    public async Task Without_a_signing_key_nothing_can_be_registered_and_the_answer_says_why()
    {
        var bare = new Identity.IdentityFixture();
        await bare.InitializeAsync();
        try
        {
            var admin = await bare.AdminAsync();
            var response = await admin.PostAsync(WebhookGql.Create, new { input = new { url = "https://example.com/hook", events = new[] { "product.changed" } } });
            var payload = response.OkData()["createWebhookEndpoint"]!;
            Assert.Null(payload["endpoint"]);
            Assert.Equal("NOT_CONFIGURED", payload["userErrors"]![0]!["code"]!.GetValue<string>());
        }
        finally
        {
            await bare.DisposeAsync();
        }
    }
}
