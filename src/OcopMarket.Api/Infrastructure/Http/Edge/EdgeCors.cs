using Microsoft.AspNetCore.Cors.Infrastructure;
using OcopMarket.Identity.Http;

namespace OcopMarket.Infrastructure.Http.Edge;

/// <summary>
/// CORS for /graphql, by configuration (Cors:AllowedOrigins; Development adds http(s)://localhost:* and 127.0.0.1:*).
/// ASP.NET Core's middleware answers a preflight itself (204 with the allow headers) and gives a refused origin no
/// Access-Control-* header at all. The request headers a browser must be allowed to send are the ones the API reads:
/// Content-Type (application/json is not a "simple" type), Authorization (bearer token), X-Api-Key, and the
/// Accept/Accept-Language that negotiation reads. There is no cookie and so no CSRF header: a cross-origin page cannot
/// act as a user without the user's token, which lives in that user's storage for this origin only.
/// </summary>
public static class EdgeCors
{
    public const string PolicyName = "graphql";

    private static readonly string[] AllowedHeaders =
        ["content-type", "authorization", AuthenticationMiddleware.ApiKeyHeader.ToLowerInvariant(), "accept", "accept-language"];

    public static IServiceCollection AddEdgeCors(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection("Cors").Get<CorsOptions>() ?? new CorsOptions();
        var any = options.AllowedOrigins.Contains("*");
        if (any && options.AllowCredentials)
            throw new InvalidOperationException("Cors:AllowCredentials cannot be true when Cors:AllowedOrigins has \"*\" (credentials are never sent to any origin).");
        var exact = options.AllowedOrigins.Where(o => o != "*").Select(o => o.TrimEnd('/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var loopback = options.AllowLoopbackOrigins ?? environment.IsDevelopment();

        return services.AddCors(cors => cors.AddPolicy(PolicyName, policy =>
        {
            if (any) policy.AllowAnyOrigin();
            else policy.SetIsOriginAllowed(origin => exact.Contains(origin) || (loopback && IsLoopback(origin)));
            if (options.AllowCredentials) policy.AllowCredentials();
            policy.WithMethods("GET", "POST")
                .WithHeaders(AllowedHeaders)
                // A script may read these: the cache validator, and how long to wait after 429/503.
                .WithExposedHeaders("ETag", "Retry-After")
                .SetPreflightMaxAge(TimeSpan.FromSeconds(options.PreflightMaxAgeSeconds));
        }));
    }

    /// <summary>Only /graphql speaks CORS: the web app and its assets are same-origin, webhooks are server to server.</summary>
    public static IApplicationBuilder UseEdgeCors(this IApplicationBuilder app) =>
        app.UseWhen(http => http.Request.Path.StartsWithSegments(GraphQLEndpoint.Path), branch => branch.UseCors(PolicyName));

    /// <summary>True when the policy echoes the Origin (not "*"): responses must then say Vary: Origin to caches.</summary>
    public static bool EchoesOrigin(IConfiguration configuration) =>
        !(configuration.GetSection("Cors").Get<CorsOptions>()?.AllowedOrigins.Contains("*") ?? false);

    /// <summary>http or https, host localhost or 127.0.0.1, any port, nothing after the authority.</summary>
    public static bool IsLoopback(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && (uri.Host == "localhost" || uri.Host == "127.0.0.1")
        && uri.AbsolutePath == "/" && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.UserInfo);
}
