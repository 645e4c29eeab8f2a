using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using OcopMarket.Infrastructure.GraphQL;
using OcopMarket.Infrastructure.Http;

namespace OcopMarket.Identity;

/// <summary>Requests per minute on /graphql, bound from "RateLimits".</summary>
public sealed class RateLimitOptions
{
    /// <summary>Callers without credentials, per client IP address.</summary>
    public int AnonymousPerMinute { get; set; } = 300;
    /// <summary>Third-party shops, per API key: the higher limit that a key is for.</summary>
    public int ApiKeyPerMinute { get; set; } = 3000;
    /// <summary>Signed-in users (managers, buyers, admins), per user.</summary>
    public int UserPerMinute { get; set; } = 1200;
}

/// <summary>
/// ASP.NET Core's rate limiter on /graphql, partitioned by API key, else user, else client IP, with fixed one-minute
/// windows. It runs after authentication, so a partition is only ever a verified key or user (a made-up key cannot
/// buy a fresh allowance). Over the limit: 429, Retry-After and a GraphQL error with code RATE_LIMITED.
/// The counters are per process: N API processes behind a balancer allow up to N times the limit. A shared limit
/// would need a shared store (PostgreSQL or Redis); the per-process limit is the first line against floods.
/// </summary>
public static class RateLimiting
{
    public static IServiceCollection AddOcopRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection("RateLimits").Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, limits));
            o.OnRejected = OnRejectedAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext http, RateLimitOptions limits)
    {
        if (!http.Request.Path.StartsWithSegments(GraphQLEndpoint.Path)) return RateLimitPartition.GetNoLimiter("other");
        var viewer = Viewer.From(http.User);
        var (key, perMinute) = viewer.ApiKeyId is { } apiKey ? ("key:" + apiKey, limits.ApiKeyPerMinute)
            : viewer.UserId is { } user ? ("user:" + user, limits.UserPerMinute)
            : ("ip:" + http.Connection.RemoteIpAddress, limits.AnonymousPerMinute);
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true
        });
    }

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken ct)
    {
        var response = context.HttpContext.Response;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(response.Body, new
        {
            errors = new[]
            {
                new
                {
                    message = "Too many requests; retry after the number of seconds in Retry-After.",
                    extensions = new { code = ErrorCodes.RateLimited }
                }
            }
        }, cancellationToken: ct);
    }
}
