using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OcopMarket.Tests.Support;

/// <summary>One request the fake received, as the real Stripe.net client sent it.</summary>
public sealed record FakeStripeRequest(
    string Method, string Path, IReadOnlyDictionary<string, string> Form, string? IdempotencyKey, string? Authorization);

/// <summary>
/// Just enough of Stripe's v1 API on a loopback port for the real <c>StripeClient</c> to talk to (stripe-mock is not available
/// here): create/get payment intents, create checkout sessions and refunds, with Stripe's idempotency rule (same key → same stored response;
/// same key with other parameters → 400). Every request is recorded so tests can assert what would have reached Stripe.
/// </summary>
public sealed class FakeStripeServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeStripeRequest> _requests = new();
    private readonly ConcurrentDictionary<string, string> _intents = new();
    private readonly ConcurrentDictionary<string, (string Fingerprint, string Json)> _idempotent = new();
    private readonly object _idempotencyLock = new();

    private FakeStripeServer(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";
    public IReadOnlyList<FakeStripeRequest> Requests => _requests.ToArray();

    public static async Task<FakeStripeServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var fake = new FakeStripeServer(builder.Build());
        fake.MapRoutes();
        await fake._app.StartAsync();
        var address = fake._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.Url = address.TrimEnd('/');
        return fake;
    }

    private void MapRoutes()
    {
        _app.MapPost("/v1/payment_intents", ctx => Idempotent(ctx, form =>
        {
            var id = "pi_" + RandomId();
            var json = PaymentIntentJson(id, form);
            _intents[id] = json;
            return Results.Content(json, "application/json");
        }));
        _app.MapGet("/v1/payment_intents/{id}", async ctx =>
        {
            await Record(ctx);
            var id = (string)ctx.Request.RouteValues["id"]!;
            await (_intents.TryGetValue(id, out var json)
                ? Results.Content(json, "application/json")
                : Error(404, "resource_missing", $"No such payment_intent: '{id}'")).ExecuteAsync(ctx);
        });
        _app.MapPost("/v1/checkout/sessions", ctx => Idempotent(ctx, form =>
            Results.Content(CheckoutSessionJson("cs_test_" + RandomId(), form), "application/json")));
        _app.MapPost("/v1/refunds", ctx => Idempotent(ctx, form =>
        {
            var intent = form.GetValueOrDefault("payment_intent");
            if (intent == null || !_intents.ContainsKey(intent))
                return Error(404, "resource_missing", $"No such payment_intent: '{intent}'");
            return Results.Content(RefundJson("re_" + RandomId(), intent, form), "application/json");
        }));
    }

    private async Task Idempotent(HttpContext ctx, Func<Dictionary<string, string>, IResult> create)
    {
        var (form, key) = await Record(ctx);
        IResult result;
        if (key == null) result = create(form);
        else
        {
            // Serialised so two concurrent retries with one key cannot both create: that is the guarantee being faked.
            var fingerprint = ctx.Request.Path + "?" + string.Join("&", form.OrderBy(f => f.Key).Select(f => $"{f.Key}={f.Value}"));
            lock (_idempotencyLock)
            {
                if (_idempotent.TryGetValue(key, out var stored))
                    result = stored.Fingerprint == fingerprint
                        ? Results.Content(stored.Json, "application/json")
                        : Error(400, "idempotency_error", "Keys for idempotent requests can only be used with the same parameters they were first used with.");
                else
                {
                    result = create(form);
                    if (result is Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult { StatusCode: null or 200 } ok)
                        _idempotent[key] = (fingerprint, ok.ResponseContent!);
                }
            }
        }
        await result.ExecuteAsync(ctx);
    }

    private async Task<(Dictionary<string, string> Form, string? Key)> Record(HttpContext ctx)
    {
        var form = ctx.Request.HasFormContentType
            ? (await ctx.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString())
            : new Dictionary<string, string>();
        var key = ctx.Request.Headers["Idempotency-Key"].FirstOrDefault();
        _requests.Enqueue(new FakeStripeRequest(ctx.Request.Method, ctx.Request.Path, form, key,
            ctx.Request.Headers.Authorization.FirstOrDefault()));
        return (form, key);
    }

    private static string PaymentIntentJson(string id, Dictionary<string, string> form) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["id"] = id,
        ["object"] = "payment_intent",
        ["amount"] = long.Parse(form.GetValueOrDefault("amount", "0")),
        ["currency"] = form.GetValueOrDefault("currency"),
        ["client_secret"] = $"{id}_secret_{RandomId()}",
        ["status"] = "requires_payment_method",
        ["automatic_payment_methods"] = form.ContainsKey("automatic_payment_methods[enabled]")
            ? new { enabled = form["automatic_payment_methods[enabled]"] == "true" } : null,
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["livemode"] = false,
        ["metadata"] = Metadata(form),
    });

    private static string CheckoutSessionJson(string id, Dictionary<string, string> form) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["id"] = id,
        ["object"] = "checkout.session",
        ["mode"] = form.GetValueOrDefault("mode"),
        ["amount_total"] = long.Parse(form.GetValueOrDefault("line_items[0][price_data][unit_amount]", "0")),
        ["currency"] = form.GetValueOrDefault("line_items[0][price_data][currency]"),
        ["client_reference_id"] = form.GetValueOrDefault("client_reference_id"),
        ["success_url"] = form.GetValueOrDefault("success_url"),
        ["cancel_url"] = form.GetValueOrDefault("cancel_url"),
        ["status"] = "open",
        ["payment_status"] = "unpaid",
        ["url"] = $"https://checkout.stripe.com/c/pay/{id}",
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["livemode"] = false,
        ["metadata"] = Metadata(form),
    });

    private static string RefundJson(string id, string intent, Dictionary<string, string> form) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["id"] = id,
        ["object"] = "refund",
        ["amount"] = long.Parse(form.GetValueOrDefault("amount", "0")),
        ["currency"] = "vnd",
        ["payment_intent"] = intent,
        ["status"] = "succeeded",
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["metadata"] = Metadata(form),
    });

    // Stripe.net form-encodes nested objects as metadata[key]=value.
    private static Dictionary<string, string> Metadata(Dictionary<string, string> form) => form
        .Where(f => f.Key.StartsWith("metadata[", StringComparison.Ordinal) && f.Key.EndsWith(']'))
        .ToDictionary(f => f.Key["metadata[".Length..^1], f => f.Value);

    private static IResult Error(int status, string code, string message) => Results.Json(
        new { error = new { type = "invalid_request_error", code, message } }, statusCode: status);

    private static string RandomId() => Guid.NewGuid().ToString("N")[..24];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
