using System.Net;
using OcopMarket.Identity.Model;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Identity;

public class ApiKeyTests(IdentityFixture api) : IClassFixture<IdentityFixture>
{
    private const string Create = """mutation($name: String!) { createApiKey(input: { name: $name }) { apiKey { id name prefix revokedAt } secret userErrors { code } } }""";
    private const string Revoke = """mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { revokedAt } userErrors { code } } }""";

    [Fact]
    public async Task Admin_creates_a_key_shown_once_that_reads_the_catalog_until_revoked()
    {
        var admin = await api.AdminAsync();
        var created = (await admin.PostAsync(Create, new { name = "Siêu thị Hồng Hà" })).OkData()["createApiKey"]!;
        var secret = created["secret"]!.GetValue<string>();
        Assert.StartsWith("ocop_test_", secret); // outside Production (this fixture runs as Testing)
        Assert.DoesNotContain(await api.AllAsync<ApiKey>(), k => k.Hash == secret || k.Prefix == secret);

        var shop = new GraphQLClient(api.Client.Http) { ApiKey = secret };
        Assert.Equal(HttpStatusCode.OK, (await shop.PostAsync("{ products(first: 1) { totalCount } }")).Status);
        var listed = (await admin.PostAsync("{ apiKeys { name secret: prefix } }")).OkData()["apiKeys"]!.AsArray();
        Assert.Contains(listed, k => k!["name"]!.GetValue<string>() == "Siêu thị Hồng Hà");

        var revoked = (await admin.PostAsync(Revoke, new { id = created["apiKey"]!["id"]!.GetValue<string>() })).OkData()["revokeApiKey"]!;
        Assert.NotNull(revoked["apiKey"]!["revokedAt"]);
        var refused = await shop.PostAsync("{ apiVersion }");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Equal("UNAUTHENTICATED", refused.FirstErrorCode);
    }

    [Fact]
    public async Task Non_admins_cannot_create_revoke_or_list_keys()
    {
        var buyer = (await api.Client.PostAsync(Gql.RegisterBuyer, new { input = Gql.BuyerInput(IdentityFixture.Unique()) })).OkData()["registerBuyer"]!;
        var member = api.Client.WithToken(buyer["token"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", (await member.PostAsync(Create, new { name = "x" })).OkData()["createApiKey"]!["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("UNAUTHENTICATED", (await api.Client.PostAsync(Create, new { name = "x" })).OkData()["createApiKey"]!["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", (await member.PostAsync("{ apiKeys { name } }")).FirstErrorCode);
        Assert.DoesNotContain(await api.AllAsync<ApiKey>(), k => k.Name == "x");
    }
}

/// <summary>Tiny limits: 3 anonymous requests a minute per IP, 6 per API key.</summary>
public class RateLimitFixture : IdentityFixture
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:AnonymousPerMinute"] = "3",
        ["RateLimits:ApiKeyPerMinute"] = "6",
        ["RateLimits:UserPerMinute"] = "6",
    };
}

public class RateLimitTests(RateLimitFixture api) : IClassFixture<RateLimitFixture>
{
    [Fact]
    public async Task Over_the_limit_is_429_with_retry_after_and_rate_limited_code_and_api_keys_get_more()
    {
        await RateWindow.FreshMinuteAsync();
        // The admin's login is itself an anonymous request (1 of 3).
        var admin = await api.AdminAsync();
        var secret = (await admin.PostAsync("""mutation { createApiKey(input: { name: "shop" }) { secret } }""")).OkData()["createApiKey"]!["secret"]!.GetValue<string>();

        // The key's requests count against the key, not the IP (while the IP has allowance left: an IP that has spent
        // it gets 429 before any credential is looked up, see CredentialRateLimitTests).
        var shop = new GraphQLClient(api.Client.Http) { ApiKey = secret };
        for (var i = 0; i < 6; i++) Assert.Equal(HttpStatusCode.OK, (await shop.PostAsync("{ apiVersion }")).Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await shop.PostAsync("{ apiVersion }")).Status);

        var anonymous = new List<GraphQLResponse>();
        for (var i = 0; i < 3; i++) anonymous.Add(await api.Client.PostAsync("{ apiVersion }"));
        var limited = anonymous.Last();
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal("RATE_LIMITED", limited.FirstErrorCode);
        using var raw = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7BapiVersion%7D");
        using var response = await api.Client.Http.SendAsync(raw);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After gives the seconds to wait");
        Assert.Equal(HttpStatusCode.OK, (await api.Client.Http.GetAsync("/health/live")).StatusCode);
    }
}

/// <summary>Limits are per wall-clock minute: a test that counts requests must not straddle two minutes.</summary>
public static class RateWindow
{
    public static async Task FreshMinuteAsync()
    {
        var now = DateTimeOffset.UtcNow;
        if (now.Second < 40) return;
        await Task.Delay(TimeSpan.FromSeconds(60 - now.Second) - TimeSpan.FromMilliseconds(now.Millisecond) + TimeSpan.FromMilliseconds(200));
    }
}

/// <summary>Four anonymous requests a minute, shared every 100 ms.</summary>
public class SharedRateLimitFixture : IdentityFixture
{
    public static readonly Dictionary<string, string> Limits = new()
    {
        ["RateLimits__AnonymousPerMinute"] = "4",
        ["RateLimits__SyncMilliseconds"] = "100",
    };

    protected override IDictionary<string, string?> Settings =>
        Limits.ToDictionary(l => l.Key.Replace("__", ":"), l => (string?)l.Value);
}

public class SharedRateLimitTests(SharedRateLimitFixture api) : IClassFixture<SharedRateLimitFixture>
{
    [Fact]
    public async Task Two_api_processes_share_one_allowance()
    {
        await using var second = await ApiProcess.StartAsync(ApiFixture.ConnectionString, api.Schema, SharedRateLimitFixture.Limits);
        using var secondHttp = new HttpClient { BaseAddress = second.BaseAddress };
        var elsewhere = new GraphQLClient(secondHttp);
        await RateWindow.FreshMinuteAsync();

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await api.Client.PostAsync("{ apiVersion }")).Status);
        await Task.Delay(500); // both processes have shared their counts
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.PostAsync("{ apiVersion }")).Status);
        await Task.Delay(500);

        // 4 of 4 spent between the two: each process refuses, though each served fewer than 4 itself.
        var first = await api.Client.PostAsync("{ apiVersion }");
        Assert.Equal(HttpStatusCode.TooManyRequests, first.Status);
        Assert.Equal("RATE_LIMITED", first.FirstErrorCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await elsewhere.PostAsync("{ apiVersion }")).Status);
    }
}
