using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using OcopMarket.Tests.Identity;

namespace OcopMarket.Tests.Foundation;

/// <summary>
/// The API as integrators meet it (issue 15): one allowed shop origin plus loopback origins on any port, a max-age of
/// 45 s, persisted queries in the default (automatic) mode, and an admin to sign in with.
/// </summary>
public class EdgeFixture : IdentityFixture
{
    public const string ShopOrigin = "https://shop.example.vn";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Cors:AllowedOrigins:0"] = ShopOrigin,
        ["Cors:AllowLoopbackOrigins"] = "true",
        ["Http:Caching:MaxAgeSeconds"] = "45",
    };
}

/// <summary>Raw HTTP requests to /graphql, for tests that read headers.</summary>
public static class Edge
{
    /// <summary>A query whose answer is about 1.5 KB (above the 1 KB compression threshold) without any data in the database.</summary>
    public static string Large(string operation = "query") =>
        operation + " { " + string.Join(" ", Enumerable.Range(0, 100).Select(i => $"field{i:D3}: __typename")) + " }";

    public static HttpRequestMessage Get(string query, string? acceptEncoding = null, string? extensions = null)
    {
        var url = "/graphql?query=" + Uri.EscapeDataString(query) + (extensions == null ? "" : "&extensions=" + Uri.EscapeDataString(extensions));
        return WithEncoding(new HttpRequestMessage(HttpMethod.Get, url), acceptEncoding);
    }

    public static HttpRequestMessage GetUrl(string url, string? acceptEncoding = null) =>
        WithEncoding(new HttpRequestMessage(HttpMethod.Get, url), acceptEncoding);

    public static HttpRequestMessage Post(object body, string? acceptEncoding = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json")
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return WithEncoding(request, acceptEncoding);
    }

    /// <summary>A header as the server wrote it (HttpClient's typed headers would reorder Cache-Control).</summary>
    public static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.NonValidated.TryGetValues(name, out var content) ? string.Join(", ", content) : null;

    private static HttpRequestMessage WithEncoding(HttpRequestMessage request, string? acceptEncoding)
    {
        if (acceptEncoding != null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return request;
    }

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);
}
