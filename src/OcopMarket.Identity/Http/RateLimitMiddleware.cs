using Microsoft.AspNetCore.Http;
using System.Globalization;
using System.Text.Json;

namespace OcopMarket.Identity.Http;

/// <summary>
/// Applies <see cref="SharedRateLimiter"/> to /graphql after authentication: verified keys and users take from their own
/// allowance, anonymous callers from their IP's.
/// </summary>
public sealed class RateLimitMiddleware(RequestDelegate next, SharedRateLimiter limiter, RateLimitOptions limits)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (!http.Request.Path.StartsWithSegments(ApiPaths.GraphQL))
        {
            await next(http);
            return;
        }
        var viewer = Viewer.From(http.User);
        var (partition, perMinute) = viewer.ApiKeyId is { } apiKey ? ("key:" + apiKey, limits.ApiKeyPerMinute)
            : viewer.UserId is { } user ? ("user:" + user, limits.UserPerMinute)
            : (IpPartition(http), limits.AnonymousPerMinute);
        var (allowed, retryAfter) = await limiter.TryTakeAsync(partition, perMinute, http.RequestAborted);
        if (allowed)
        {
            await next(http);
            return;
        }
        await RefuseAsync(http, retryAfter);
    }

    public static string IpPartition(HttpContext http) => "ip:" + http.Connection.RemoteIpAddress;

    public static async Task RefuseAsync(HttpContext http, TimeSpan retryAfter)
    {
        var response = http.Response;
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
        }, cancellationToken: http.RequestAborted);
    }
}

