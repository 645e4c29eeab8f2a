using System.Net;
using Microsoft.Extensions.Configuration;
using OcopMarket.Infrastructure;
using OcopMarket.Infrastructure.Http.Edge;
using Xunit;

namespace OcopMarket.Tests.Foundation;

public class CorsTests(EdgeFixture api) : IClassFixture<EdgeFixture>
{
    private static HttpRequestMessage Preflight(string origin, string headers = "content-type, authorization, x-api-key")
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return request;
    }

    [Fact]
    public async Task Preflight_from_an_allowed_origin_is_204_with_the_headers_the_api_reads()
    {
        using var response = await api.Client.Http.SendAsync(Preflight(EdgeFixture.ShopOrigin));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(EdgeFixture.ShopOrigin, Edge.Header(response, "Access-Control-Allow-Origin"));
        var allowed = Edge.Header(response, "Access-Control-Allow-Headers")!.Split(',', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.Contains("content-type", allowed);
        Assert.Contains("authorization", allowed);
        Assert.Contains("x-api-key", allowed);
        Assert.Contains("POST", Edge.Header(response, "Access-Control-Allow-Methods")!);
        Assert.Equal("600", Edge.Header(response, "Access-Control-Max-Age"));
        // The API authenticates by header, never by cookie: no credentials mode.
        Assert.Null(Edge.Header(response, "Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Preflight_from_a_refused_origin_gets_no_cors_headers()
    {
        using var response = await api.Client.Http.SendAsync(Preflight("https://evil.example"));
        Assert.DoesNotContain(response.Headers, h => h.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("http://localhost:5173")]
    [InlineData("http://127.0.0.1:4000")]
    [InlineData("http://localhost")]
    public async Task Loopback_origins_on_any_port_are_allowed_when_configured(string origin)
    {
        using var response = await api.Client.Http.SendAsync(Preflight(origin));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(origin, Edge.Header(response, "Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("http://localhost.evil.example:3000")]
    [InlineData("http://127.0.0.2:3000")]
    [InlineData("https://shop.example.vn.evil.example")]
    [InlineData("null")]
    public async Task Look_alike_origins_are_refused(string origin)
    {
        using var response = await api.Client.Http.SendAsync(Preflight(origin));
        Assert.Null(Edge.Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_cross_origin_post_is_answered_with_the_origin_and_the_readable_headers()
    {
        using var request = Edge.Post(new { query = "{ __typename }" });
        request.Headers.Add("Origin", EdgeFixture.ShopOrigin);
        using var response = await api.Client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(EdgeFixture.ShopOrigin, Edge.Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("ETag", Edge.Header(response, "Access-Control-Expose-Headers")!);
        Assert.Contains("Origin", response.Headers.Vary);
    }

    [Theory]
    [InlineData("http://localhost:3000", true)]
    [InlineData("https://127.0.0.1:8443", true)]
    [InlineData("http://localhost:3000/path", false)]
    [InlineData("http://user@localhost:3000", false)]
    [InlineData("ftp://localhost:21", false)]
    [InlineData("http://[::1]:3000", false)]
    public void The_loopback_rule_takes_only_plain_loopback_origins(string origin, bool allowed) =>
        Assert.Equal(allowed, EdgeCors.IsLoopback(origin));

    [Fact]
    public void A_wildcard_origin_with_credentials_stops_the_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() => OcopApp.Build(["--environment", "Testing"], builder =>
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Marten"] = Support.ApiFixture.ConnectionString,
                ["Cors:AllowedOrigins:0"] = "*",
                ["Cors:AllowCredentials"] = "true",
            })));
        Assert.Contains("Cors:AllowCredentials", error.Message);
    }
}
