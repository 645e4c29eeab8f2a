using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace OcopMarket.Webhooks;

/// <summary>What one POST came to: the receiver's status (null when none answered), how long it took, what went wrong.</summary>
internal sealed record AttemptResult(int? StatusCode, int DurationMs, string? Error, string? ResponseExcerpt)
{
    public bool Delivered => StatusCode is >= 200 and < 300;
}

/// <summary>A connection refused because the host resolved to no address deliveries may go to.</summary>
internal sealed class AddressRefusedException(string host) : Exception($"{host} resolves to no public address.");

/// <summary>
/// Posts one signed delivery. The client (IHttpClientFactory, "webhooks") follows no redirect, uses no proxy, and opens
/// each connection itself in <see cref="Connect"/> to an address <see cref="WebhookAddresses"/> allowed.
/// </summary>
internal sealed class WebhookSender(IHttpClientFactory clients, WebhookSecrets secrets, TimeProvider clock)
{
    public const string ClientName = "webhooks";
    private const int ExcerptChars = 500;

    public async Task<AttemptResult> PostAsync(Guid endpointId, int secretVersion, string url, Guid eventId, string eventType, string payload,
        int attempt, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
            request.Headers.Add(WebhookSecrets.SignatureHeader, WebhookSecrets.Sign(secrets.SecretFor(endpointId, secretVersion), clock.GetUtcNow(), payload));
            request.Headers.Add("Ocop-Event-Id", eventId.ToString());
            request.Headers.Add("Ocop-Event-Type", eventType);
            request.Headers.Add("Ocop-Delivery-Attempt", attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.UserAgent.ParseAdd("OcopMarket-Webhooks/1.0");
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var excerpt = await ExcerptAsync(response, ct);
            return new AttemptResult((int)response.StatusCode, Elapsed(started), null, excerpt);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException && !ct.IsCancellationRequested)
        {
            var error = e is TaskCanceledException ? "Timed out."
                : Find<AddressRefusedException>(e) is { } refused ? "Refused: " + refused.Message
                : e.InnerException?.Message ?? e.Message;
            return new AttemptResult(null, Elapsed(started), Truncate(error), null);
        }
    }

    private static T? Find<T>(Exception? e) where T : Exception
    {
        for (; e != null; e = e.InnerException) if (e is T t) return t;
        return null;
    }

    private static async Task<string?> ExcerptAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(ct);
            var buffer = new byte[ExcerptChars * 2];
            var read = 0;
            int n;
            while (read < buffer.Length && (n = await body.ReadAsync(buffer.AsMemory(read), ct)) > 0) read += n;
            var text = Encoding.UTF8.GetString(buffer, 0, read).Replace("\0", "");
            return text.Length == 0 ? null : Truncate(text);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return null;
        }
    }

    private static string Truncate(string text) => text.Length <= ExcerptChars ? text : text[..ExcerptChars];

    private static int Elapsed(long started) => (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds;

    /// <summary>The primary handler of the "webhooks" client.</summary>
    public static SocketsHttpHandler Handler(WebhookAddresses addresses) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectTimeout = TimeSpan.FromSeconds(5),
        ConnectCallback = (context, ct) => Connect(addresses, context.DnsEndPoint, ct)
    };

    /// <summary>
    /// Resolves the host now and connects only to an address that may be reached: the address checked is the address
    /// connected to, so a name that resolved to a public address at registration and to a private one now is refused.
    /// </summary>
    private static async ValueTask<Stream> Connect(WebhookAddresses addresses, DnsEndPoint target, CancellationToken ct)
    {
        var allowed = await addresses.AllowedAddressesAsync(target.Host, ct);
        if (allowed.Length == 0) throw new AddressRefusedException(target.Host);
        SocketException? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, target.Port), ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last!;
    }
}
