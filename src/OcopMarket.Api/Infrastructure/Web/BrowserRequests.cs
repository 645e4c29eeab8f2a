using Microsoft.Net.Http.Headers;

namespace OcopMarket.Infrastructure.Web;

/// <summary>Tells a browser navigating to a page from an API client asking for data, by the Accept header.</summary>
public static class BrowserRequests
{
    /// <summary>
    /// True when text/html is preferred strictly over everything JSON-like (application/json,
    /// application/graphql-response+json, application/*, */*). A browser sends "text/html,…,*/*;q=0.8"; API clients
    /// send no Accept, */*, or a JSON type, and keep their JSON answers (a tie goes to JSON too).
    /// </summary>
    public static bool PrefersHtml(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept) || !MediaTypeHeaderValue.TryParseList(accept.Split(','), out var offered))
            return false;
        double html = 0, json = 0;
        foreach (var media in offered)
        {
            var quality = media.Quality ?? 1.0;
            switch (media.MediaType.Value?.ToLowerInvariant())
            {
                case "text/html":
                    html = Math.Max(html, quality);
                    break;
                case "application/json" or "application/graphql-response+json" or "application/*" or "*/*":
                    json = Math.Max(json, quality);
                    break;
            }
        }
        return html > 0 && html > json;
    }
}
