using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace OcopMarket.Webhooks;

/// <summary>Host name resolution, replaceable in tests (a name that resolves to a public address, then to a private one).</summary>
public interface IWebhookHostResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct);
}

internal sealed class DnsHostResolver : IWebhookHostResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct) => Dns.GetHostAddressesAsync(host, ct);
}

/// <summary>
/// Where deliveries may go (against server-side request forgery): only public unicast addresses, unless
/// Webhooks:AllowPrivateAddresses. Checked when an endpoint is registered (literal addresses, names that resolve now) and
/// again on every connection (<see cref="WebhookSender"/>'s ConnectCallback connects only to an address it checked), so a
/// name that later resolves elsewhere (DNS rebinding) cannot reach an internal service.
/// </summary>
public sealed class WebhookAddresses(IOptions<WebhookOptions> options, IWebhookHostResolver resolver)
{
    private static readonly TimeSpan ResolveTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Why the URL may not be registered, or null.</summary>
    public async Task<string?> RefuseAsync(string url, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.Host.Length == 0)
            return "The URL must be an absolute http or https URL.";
        if (uri.UserInfo.Length > 0) return "The URL must not hold a user name or password.";
        if (uri.Fragment.Length > 0) return "The URL must not have a fragment (#…).";
        if (options.Value.RequireHttps && uri.Scheme != Uri.UriSchemeHttps) return "The URL must use https.";
        if (options.Value.AllowPrivateAddresses) return null;
        string host;
        try
        {
            host = uri.IdnHost.TrimEnd('.');
        }
        catch (UriFormatException)
        {
            return "The URL must be an absolute http or https URL.";
        }
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
            return "The URL must not point at a loopback, private or link-local address.";
        IPAddress[] addresses;
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal)) addresses = [literal];
        else
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(ResolveTimeout);
                addresses = await resolver.ResolveAsync(host, timeout.Token);
            }
            catch (Exception e) when (e is SocketException or ArgumentException || (e is OperationCanceledException && !ct.IsCancellationRequested))
            {
                return "The URL's host name could not be resolved.";
            }
        }
        return addresses.Length == 0 ? "The URL's host name could not be resolved."
            : addresses.All(IsPublic) ? null
            : "The URL must not point at a loopback, private or link-local address.";
    }

    /// <summary>The addresses of a host that a delivery may connect to (all, when private addresses are allowed).</summary>
    public async Task<IPAddress[]> AllowedAddressesAsync(string host, CancellationToken ct)
    {
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await resolver.ResolveAsync(host, ct);
        return options.Value.AllowPrivateAddresses ? addresses : addresses.Where(IsPublic).ToArray();
    }

    /// <summary>A public unicast address: not loopback, private, shared (CGNAT), link-local, multicast, reserved or unspecified.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        var b = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return !(b[0] == 0 || b[0] == 10 || b[0] == 127 || b[0] >= 224
                     || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
                     || (b[0] == 169 && b[1] == 254)
                     || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
                     || (b[0] == 192 && b[1] == 168)
                     || (b[0] == 192 && b[1] == 0 && b[2] == 0)
                     || (b[0] == 198 && (b[1] == 18 || b[1] == 19)));
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return false;
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any)) return false;
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast) return false;
        if ((b[0] & 0xfe) == 0xfc) return false; // fc00::/7, unique local
        // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address: judge that one.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b) return IsPublic(new IPAddress(b[12..16]));
        if (b[0] == 0x20 && b[1] == 0x02) return IsPublic(new IPAddress(b[2..6]));
        return true;
    }
}
