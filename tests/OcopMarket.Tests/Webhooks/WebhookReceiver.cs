using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OcopMarket.Tests.Webhooks;

/// <summary>One request as the receiver saw it.</summary>
public sealed record ReceivedWebhook(string Path, string Body, string? Signature, string? EventId, string? Attempt, DateTimeOffset At)
{
    public System.Text.Json.Nodes.JsonNode Json => System.Text.Json.Nodes.JsonNode.Parse(Body)!;
    public string Id => Json["id"]!.GetValue<string>();
}

/// <summary>
/// An integrator's receiver on loopback (Kestrel): keeps every request, and answers what <see cref="Respond"/> says
/// (200 unless told otherwise). <see cref="Verify"/> checks a delivery exactly as docs/webhooks.md tells receivers to.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private int count;

    private WebhookReceiver(WebApplication app) => this.app = app;

    public ConcurrentQueue<ReceivedWebhook> Requests { get; } = new();
    /// <summary>The status to answer the n-th request (1-based) with; may wait.</summary>
    public Func<ReceivedWebhook, int, Task<int>> Respond { get; set; } = (_, _) => Task.FromResult(200);
    public int Port { get; private set; }
    public string Url(string path = "/hook") => $"http://127.0.0.1:{Port}{path}";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/{**path}", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var received = new ReceivedWebhook(http.Request.Path, body, http.Request.Headers["Ocop-Signature"].FirstOrDefault(),
                http.Request.Headers["Ocop-Event-Id"].FirstOrDefault(), http.Request.Headers["Ocop-Delivery-Attempt"].FirstOrDefault(),
                DateTimeOffset.UtcNow);
            receiver.Requests.Enqueue(received);
            var status = await receiver.Respond(received, Interlocked.Increment(ref receiver.count));
            http.Response.StatusCode = status;
            await http.Response.WriteAsync(status < 300 ? "ok" : "receiver says no");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        receiver.Port = new Uri(address).Port;
        return receiver;
    }

    public IReadOnlyList<ReceivedWebhook> Of(string path) => Requests.Where(r => r.Path == path).ToList();

    /// <summary>
    /// What a receiver does (docs/webhooks.md): split "t=…,v1=…", refuse a timestamp more than five minutes away,
    /// HMAC-SHA256 "t.body" with the whole secret as the key, and compare with any v1 in constant time.
    /// </summary>
    public static bool Verify(string secret, string? header, string body, DateTimeOffset now)
    {
        if (header == null) return false;
        var parts = header.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToList();
        var t = parts.FirstOrDefault(p => p[0] == "t")?[1];
        if (!long.TryParse(t, out var timestamp) || Math.Abs(now.ToUnixTimeSeconds() - timestamp) > 300) return false;
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{body}"));
        return parts.Where(p => p[0] == "v1").Any(p =>
        {
            try
            {
                return CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(p[1]));
            }
            catch (FormatException)
            {
                return false;
            }
        });
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
