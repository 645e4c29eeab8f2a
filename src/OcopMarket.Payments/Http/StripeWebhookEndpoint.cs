using System.Text;
using OcopMarket.Payments.Stripe;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OcopMarket.Payments.Webhooks;

namespace OcopMarket.Payments.Http;

/// <summary>
/// POST /webhooks/stripe. The signature covers the exact bytes Stripe sent, so the body is read raw (and capped: Stripe's
/// events are a few kilobytes, anything far larger is not from Stripe). Unverifiable requests get 400 and change nothing;
/// verified events get 200 whether applied, duplicate or ignored, so Stripe stops resending them. A failure of our own
/// (database down) is a 503 from EdgeErrorMiddleware, which Stripe retries; any other one a 500 without details.
/// </summary>
public static class StripeWebhookEndpoint
{
    public const string Path = "/webhooks/stripe";
    public const int MaxBodyBytes = 512 * 1024;

    public static void MapStripeWebhooks(this IEndpointRouteBuilder app) => app.MapPost(Path, HandleAsync);

    private static async Task<IResult> HandleAsync(HttpContext http, StripeGateway stripe, StripeEventProcessor processor,
        ILoggerFactory loggers)
    {
        var body = await ReadLimitedAsync(http.Request, http.RequestAborted);
        if (body == null) return Results.Json(new { error = $"The body exceeds {MaxBodyBytes} bytes." }, statusCode: 413);

        var parsed = stripe.ParseWebhook(body, http.Request.Headers["Stripe-Signature"].FirstOrDefault());
        if (!parsed.IsValid)
        {
            loggers.CreateLogger(typeof(StripeWebhookEndpoint)).LogWarning("Stripe webhook refused: {Failure} {Message}",
                parsed.Failure, parsed.Message);
            return Results.Json(new { error = parsed.Failure.ToString() }, statusCode: StatusCodes.Status400BadRequest);
        }

        var outcome = await processor.ProcessAsync(parsed.Event!, http.RequestAborted);
        return Results.Json(new { received = true, outcome = outcome.ToString() });
    }

    private static async Task<string?> ReadLimitedAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
