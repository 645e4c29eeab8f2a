using System.Globalization;
using System.Text.Json;
using OcopMarket.Infrastructure.GraphQL;
using OcopMarket.Kernel.GraphQL;
using OcopMarket.Infrastructure.Persistence;
using OcopMarket.Kernel.Persistence;

namespace OcopMarket.Infrastructure.Http;

/// <summary>
/// The outermost of our middleware: any exception that escapes an endpoint or another middleware (authentication's
/// credential lookup, the rate limiter, a webhook) ends here as a JSON error with a code, never as ASP.NET Core's
/// developer exception page, which in Development would echo the stack trace and the request headers (bearer token
/// included). A database that cannot serve us is 503 + Retry-After + SERVICE_UNAVAILABLE; anything else is 500 +
/// INTERNAL with a correlation id, its details only in the log.
/// </summary>
public sealed class EdgeErrorMiddleware(RequestDelegate next, ILogger<EdgeErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
        }
        catch (Exception e) when (e is OperationCanceledException && http.RequestAborted.IsCancellationRequested)
        {
            // The client left: nobody to answer.
        }
        catch (Exception e)
        {
            if (http.Response.HasStarted)
            {
                logger.LogError(e, "Unhandled error after the response started on {Path}", http.Request.Path.Value);
                throw; // too late for a clean answer: Kestrel aborts the connection
            }
            var correlationId = Guid.NewGuid().ToString("N")[..16];
            http.Response.Clear();
            if (e is BadHttpRequestException bad)
            {
                // Kestrel's own verdict on the request (malformed chunked body, body too slow…): the client's fault.
                await WriteAsync(http, bad.StatusCode, ErrorCodes.BadRequest, "The HTTP request is malformed.", correlationId);
                return;
            }
            if (DatabaseUnavailable.Is(e))
            {
                logger.LogWarning(e, "Database unavailable {CorrelationId} on {Path}", correlationId, http.Request.Path.Value);
                await WriteUnavailableAsync(http, correlationId);
                return;
            }
            logger.LogError(e, "Unhandled error {CorrelationId} on {Path}", correlationId, http.Request.Path.Value);
            await WriteAsync(http, StatusCodes.Status500InternalServerError, ErrorCodes.Internal,
                $"Internal server error. Quote correlation id {correlationId} when reporting it.", correlationId);
        }
    }

    /// <summary>503, Retry-After and SERVICE_UNAVAILABLE: the one answer to "the database cannot serve us now".</summary>
    public static Task WriteUnavailableAsync(HttpContext http, string correlationId)
    {
        SetRetryAfter(http);
        return WriteAsync(http, StatusCodes.Status503ServiceUnavailable, ErrorCodes.ServiceUnavailable, ErrorMasking.UnavailableMessage, correlationId);
    }

    public static void SetRetryAfter(HttpContext http) =>
        http.Response.Headers.RetryAfter = DatabaseUnavailable.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);

    private static async Task WriteAsync(HttpContext http, int status, string code, string message, string correlationId)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(http.Response.Body,
            new { errors = new[] { new { message, extensions = new { code, correlationId } } } },
            cancellationToken: CancellationToken.None);
    }
}
