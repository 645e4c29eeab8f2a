using Microsoft.AspNetCore.Http;
using System.Text.Json;
using Marten;
using OcopMarket.Identity.Model;
using OcopMarket.Identity;

namespace OcopMarket.Identity.Http;

/// <summary>
/// Sets HttpContext.User from "Authorization: Bearer …" (a token from login) or "X-Api-Key: ocop_live_…" (ocop_test_… outside Production). Both are
/// looked up by their SHA-256 in the database, so every API process agrees and revocation is immediate. A credential
/// that is presented but not valid (unknown, expired, revoked) is answered 401 at once rather than quietly treated as
/// anonymous: a client with a stale token should learn so, not see a thinner catalog.
/// Only /graphql reads the caller, so only there is a credential looked up. Each lookup first takes one request from
/// the client IP's (anonymous) allowance: an IP that has spent it gets 429 without any lookup, a failed credential
/// keeps the request counted, and a valid one gives it back and counts against its own key or user
/// (<see cref="RateLimitMiddleware"/>). So made-up tokens cost the database at most the anonymous limit per IP.
/// </summary>
public sealed class AuthenticationMiddleware(RequestDelegate next, SharedRateLimiter limiter, RateLimitOptions limits)
{
    public const string ApiKeyHeader = "X-Api-Key";

    public async Task InvokeAsync(HttpContext http, IQuerySession session, TimeProvider clock)
    {
        var bearer = BearerToken(http.Request.Headers.Authorization.ToString());
        var apiKey = http.Request.Headers[ApiKeyHeader].ToString();
        if ((bearer == null && apiKey.Length == 0) || !http.Request.Path.StartsWithSegments(ApiPaths.GraphQL))
        {
            await next(http);
            return;
        }

        var ip = RateLimitMiddleware.IpPartition(http);
        var (allowed, retryAfter) = await limiter.TryTakeAsync(ip, limits.AnonymousPerMinute, http.RequestAborted);
        if (!allowed)
        {
            await RateLimitMiddleware.RefuseAsync(http, retryAfter);
            return;
        }
        if (bearer != null)
        {
            var user = await FindTokenUserAsync(session, bearer, clock.GetUtcNow(), http.RequestAborted);
            if (user == null)
            {
                await RejectAsync(http, "The bearer token is unknown, expired or revoked; log in again.");
                return;
            }
            http.User = Principals.For(user);
        }
        else
        {
            // Plain SQL on the unique hash index: this runs on every API-key request, and LINQ would compile the call.
            var key = (await session.QueryAsync<ApiKey>("where data ->> 'Hash' = ?", http.RequestAborted, Secrets.Hash(apiKey))).SingleOrDefault();
            if (key == null || key.RevokedAt != null)
            {
                await RejectAsync(http, "The API key is unknown or revoked.");
                return;
            }
            http.User = Principals.For(key);
        }
        limiter.Refund(ip);
        await next(http);
    }

    private static async Task<User?> FindTokenUserAsync(IQuerySession session, string token, DateTimeOffset now, CancellationToken ct)
    {
        var access = await session.LoadAsync<AccessToken>(Secrets.Hash(token), ct);
        if (access == null || !access.IsUsableAt(now)) return null;
        return await session.LoadAsync<User>(access.UserId, ct);
    }

    private static string? BearerToken(string header) =>
        header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;

    private static async Task RejectAsync(HttpContext http, string message)
    {
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        http.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(http.Response.Body,
            new { errors = new[] { new { message, extensions = new { code = ErrorCodes.Unauthenticated } } } },
            cancellationToken: http.RequestAborted);
    }
}
