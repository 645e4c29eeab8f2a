namespace OcopMarket.Infrastructure.Web;

/// <summary>
/// Headers on the app's and GraphiQL's HTML. Scripts come only from this origin (no inline script, no eval, no CDN);
/// styles may be inline because GraphiQL's editor (Monaco) writes style elements; images may come from any https
/// origin because cooperatives give their product photos as https URLs.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: https:; font-src 'self' data:; connect-src 'self'; manifest-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static void ForHtml(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        response.Headers.CacheControl = "no-cache";
    }
}
