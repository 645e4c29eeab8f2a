using System.Net;
using System.Net.Http.Headers;
using OcopMarket.Infrastructure.Web;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Web;

/// <summary>A built web app of our own making (index.html, graphiql.html, one hashed asset) in a temporary folder.</summary>
public sealed class WebAppFixture : ApiFixture
{
    public string Root { get; } = Directory.CreateTempSubdirectory("ocop-web-").FullName;

    public WebAppFixture()
    {
        Directory.CreateDirectory(Path.Combine(Root, "assets"));
        File.WriteAllText(Path.Combine(Root, "index.html"), "<!doctype html><html lang=\"vi\"><title>market-index</title></html>");
        File.WriteAllText(Path.Combine(Root, "graphiql.html"), "<!doctype html><html><title>graphiql-page</title></html>");
        File.WriteAllText(Path.Combine(Root, "assets", "index-AbC123.js"), "console.log('asset');");
    }

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Web:Root"] = Root };
}

public class WebAppTests(WebAppFixture api) : IClassFixture<WebAppFixture>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private async Task<HttpResponseMessage> GetAsync(string path, string? accept = BrowserAccept, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        if (accept != null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return await api.Client.Http.SendAsync(request);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search")]
    [InlineData("/search?q=nuoc%20mam&province=01")]
    [InlineData("/products/nuoc-mam-cat-hai")]
    [InlineData("/cooperatives/htx-gom-su-tan-thinh")]
    [InlineData("/login")]
    [InlineData("/account/password")]
    [InlineData("/coop")]
    [InlineData("/coop/orders")]
    [InlineData("/buyer")]
    [InlineData("/admin/reports/2026")]
    public async Task The_app_routes_answer_with_the_app_html_uncached_and_with_security_headers(string path)
    {
        using var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("market-index", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoCache);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task A_page_the_app_does_not_have_is_a_404_with_the_app_html_so_it_shows_its_not_found_page()
    {
        using var response = await GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("market-index", await response.Content.ReadAsStringAsync());
        AssertSecurityHeaders(response);
    }

    [Theory]
    [InlineData("/health/unknown")]
    [InlineData("/webhooks/unknown")]
    [InlineData("/graphql/unknown")]
    [InlineData("/assets/missing-123.js")]
    [InlineData("/favicon.ico")]
    public async Task Api_paths_and_missing_files_never_get_the_app_html(string path)
    {
        using var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("market-index", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_and_webhooks_answer_as_before_to_a_browser()
    {
        using var live = await GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.DoesNotContain("market-index", await live.Content.ReadAsStringAsync());
        using var webhook = await GetAsync("/webhooks/stripe");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, webhook.StatusCode);
    }

    [Fact]
    public async Task Hashed_assets_are_cached_for_a_year_as_immutable()
    {
        using var response = await GetAsync("/assets/index-AbC123.js", "*/*");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("javascript", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Assets_are_compressed_for_clients_that_accept_it_and_api_answers_are_left_alone()
    {
        using var asset = new HttpRequestMessage(HttpMethod.Get, "/assets/index-AbC123.js");
        asset.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br");
        using var compressed = await api.Client.Http.SendAsync(asset);
        Assert.Contains(compressed.Content.Headers.ContentEncoding, e => e is "br" or "gzip");

        using var query = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7BapiVersion%7D");
        query.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br");
        using var json = await api.Client.Http.SendAsync(query);
        Assert.Empty(json.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task A_browser_opening_graphql_gets_graphiql()
    {
        using var response = await GetAsync("/graphql");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("graphiql-page", await response.Content.ReadAsStringAsync());
        Assert.Contains("Accept", response.Headers.Vary);
        AssertSecurityHeaders(response);
    }

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("text/html, application/json", "application/json")]
    public async Task Requests_asking_for_json_get_the_json_answer_as_before(string? accept, string mediaType)
    {
        using var response = await GetAsync("/graphql?query=%7BapiVersion%7D", accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"apiVersion\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_post_from_a_browser_page_still_runs_the_query()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ apiVersion }\"}", new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        using var response = await api.Client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"apiVersion\"", await response.Content.ReadAsStringAsync());
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        var scriptSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src "));
        Assert.Equal("script-src 'self'", scriptSrc);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }
}

public class BrowserRequestTests
{
    [Theory]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", true)] // Chromium, Firefox
    [InlineData("text/html", true)]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("*/*", false)]
    [InlineData("application/json", false)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", false)]
    [InlineData("text/html, application/json", false)] // a tie keeps the API's answer
    [InlineData("text/html;q=0.5, */*", false)]
    [InlineData("not a media type ;;;", false)]
    public void Html_is_preferred_only_when_it_outranks_every_json_type(string? accept, bool expected) =>
        Assert.Equal(expected, BrowserRequests.PrefersHtml(accept));
}
