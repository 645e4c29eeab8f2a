using Microsoft.AspNetCore.Http;
using System.Globalization;
using System.Text.Json;

namespace OcopMarket.Identity.Http;

/// <summary>The allowance a /graphql request took its first operation from (see <see cref="RateLimitMiddleware.TryTakeMoreAsync"/>).</summary>
public sealed record RateLimitAllowance(string Partition, int PerMinute);

/// <summary>
/// Applies <see cref="SharedRateLimiter"/> to /graphql after authentication: verified keys and users take from their own
/// allowance, anonymous callers from their IP's. Every request takes one operation here; the endpoint takes the rest of
/// a mutation request's operations (<see cref="TryTakeMoreAsync"/>) once it has read the document, before running it.
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
            http.Features.Set(new RateLimitAllowance(partition, perMinute));
            await next(http);
            return;
        }
        await RefuseAsync(http, retryAfter);
    }

    /// <summary>
    /// Takes a request's further operations from the allowance its first came from: all of them or none. False (with the
    /// wait) when they do not fit in this minute; true when no limit applies to the request.
    /// </summary>
    public static async ValueTask<(bool Allowed, TimeSpan RetryAfter, int PerMinute)> TryTakeMoreAsync(HttpContext http, int operations)
    {
        if (operations <= 0 || http.Features.Get<RateLimitAllowance>() is not { } allowance) return (true, TimeSpan.Zero, 0);
        var limiter = http.RequestServices.GetRequiredService<SharedRateLimiter>();
        var (allowed, retryAfter) = await limiter.TryTakeAsync(allowance.Partition, allowance.PerMinute, http.RequestAborted, operations);
        return (allowed, retryAfter, allowance.PerMinute);
    }

    public static string IpPartition(HttpContext http) => "ip:" + http.Connection.RemoteIpAddress;

    public static async Task RefuseAsync(HttpContext http, TimeSpan retryAfter,
        string message = "Too many requests; retry after the number of seconds in Retry-After.")
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
                    message,
                    extensions = new { code = ErrorCodes.RateLimited }
                }
            }
        }, cancellationToken: http.RequestAborted);
    }
}

