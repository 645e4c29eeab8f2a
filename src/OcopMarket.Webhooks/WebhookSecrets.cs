using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace OcopMarket.Webhooks;

/// <summary>
/// Endpoint secrets are derived, never stored: "whsec_" + base64url(HMAC-SHA256(Webhooks:SigningKey, "id:version")).
/// A database dump alone cannot forge a delivery, and rotating a secret is bumping its version. Deliveries are signed
/// as Stripe signs its own ("t=…,v1=…" over "timestamp.body", the whole secret string as the key), so receivers'
/// existing Stripe verification code fits.
/// </summary>
public sealed class WebhookSecrets(IOptions<WebhookOptions> options)
{
    public const string Prefix = "whsec_";
    public const string SignatureHeader = "Ocop-Signature";

    public bool Configured => !string.IsNullOrEmpty(options.Value.SigningKey);

    public string SecretFor(Guid endpointId, int version)
    {
        var key = options.Value.SigningKey is { Length: > 0 } k ? k
            : throw new InvalidOperationException("Webhooks:SigningKey is not set.");
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes($"{endpointId:N}:{version}"));
        return Prefix + Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The Ocop-Signature header's value for a body sent at a time.</summary>
    public static string Sign(string secret, DateTimeOffset at, string body)
    {
        var timestamp = at.ToUnixTimeSeconds();
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }
}
