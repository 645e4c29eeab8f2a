using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OcopMarket.Tests.Identity;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Foundation;

/// <summary>
/// An API in Development (where ASP.NET Core would show its developer exception page) whose PostgreSQL sits behind a
/// proxy that a test can cut.
/// </summary>
public class DatabaseDownFixture : IdentityFixture, IAsyncLifetime
{
    public TcpProxy Proxy { get; private set; } = null!;

    protected override string Environment => "Development";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Marten"] = new NpgsqlConnectionStringBuilder(ConnectionString) { Host = "127.0.0.1", Port = Proxy.Port, Timeout = 3 }.ConnectionString
    };

    async Task IAsyncLifetime.InitializeAsync()
    {
        var target = new NpgsqlConnectionStringBuilder(ConnectionString);
        Proxy = TcpProxy.Start(target.Host!, target.Port);
        await InitializeAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Proxy.DisposeAsync();
        await DisposeAsync();
    }
}

public class DatabaseDownTests(DatabaseDownFixture api) : IClassFixture<DatabaseDownFixture>
{
    [Fact]
    public async Task With_postgres_unreachable_every_request_that_needs_it_is_503_with_retry_after_and_a_code()
    {
        var admin = await api.AdminAsync();
        var secret = (await admin.PostAsync("""mutation { createApiKey(input: { name: "shop" }) { secret } }""")).OkData()["createApiKey"]!["secret"]!.GetValue<string>();
        var shop = new GraphQLClient(api.Client.Http) { ApiKey = secret };
        Assert.Equal(HttpStatusCode.OK, (await shop.PostAsync("{ products(first: 1) { totalCount } }")).Status);

        api.Proxy.Cut();

        var requests = new (string Who, GraphQLClient Client, string Query)[]
        {
            ("bearer token", admin, "{ apiVersion }"), // the credential lookup itself needs the database
            ("API key", shop, "{ apiVersion }"),
            ("anonymous", api.Client, "{ products(first: 1) { totalCount } }"),
            ("anonymous, again", api.Client, "{ products(first: 1) { totalCount } }"), // after the pool saw the failure
        };
        foreach (var (who, client, query) in requests)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json")
            };
            if (client.BearerToken != null) request.Headers.Authorization = new("Bearer", client.BearerToken);
            if (client.ApiKey != null) request.Headers.Add("X-Api-Key", client.ApiKey);
            using var response = await api.Client.Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{who}: {(int)response.StatusCode} {body}");
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"{who}: Retry-After");
            Assert.Contains("\"SERVICE_UNAVAILABLE\"", body);
            Assert.DoesNotContain("INTERNAL", body);
            // Never the developer exception page: no stack trace, no echo of the request's headers.
            Assert.DoesNotContain(" at ", body);
            Assert.DoesNotContain("Npgsql", body);
            Assert.DoesNotContain(admin.BearerToken!, body);
            Assert.DoesNotContain(secret, body);
        }

        // What needs no database still works.
        Assert.Equal("Query", (await api.Client.PostAsync("{ __typename }")).OkData()["__typename"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await api.Client.Http.GetAsync("/health/ready")).StatusCode);
    }
}
