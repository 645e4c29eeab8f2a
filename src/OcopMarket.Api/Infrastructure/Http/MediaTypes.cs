using Microsoft.Net.Http.Headers;

namespace OcopMarket.Infrastructure.Http;

/// <summary>Content negotiation for GraphQL over HTTP: application/graphql-response+json or application/json.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// Picks the response media type from an Accept header: no header means application/json (legacy clients);
    /// */* and application/* mean application/json too (as the spec's audit expects); null when nothing offered fits.
    /// </summary>
    public static string? Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept)) return Json;
        if (!MediaTypeHeaderValue.TryParseList(accept.Split(','), out var offered)) return null;
        string? best = null;
        double bestQuality = 0;
        foreach (var media in offered)
        {
            var quality = media.Quality ?? 1.0;
            if (quality <= 0) continue;
            var type = media.MediaType.Value?.ToLowerInvariant();
            var candidate = type switch
            {
                GraphQLResponse => GraphQLResponse,
                Json => Json,
                "*/*" or "application/*" => Json,
                _ => null
            };
            if (candidate == null) continue;
            // Higher quality wins; on a tie the explicit graphql-response+json wins.
            if (quality > bestQuality || (quality == bestQuality && candidate == GraphQLResponse && best != GraphQLResponse))
            {
                best = candidate;
                bestQuality = quality;
            }
        }
        return best;
    }

    /// <summary>POST bodies must be JSON; a charset other than UTF-8 is refused.</summary>
    public static bool IsJsonRequest(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var media)) return false;
        if (!string.Equals(media.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)) return false;
        var charset = media.Charset.Value;
        return charset == null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
                               || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
