using System.Security.Cryptography;
using System.Text;

namespace OcopMarket.Identity;

/// <summary>Random secrets and their SHA-256 fingerprints (what the database keeps instead of the secret).</summary>
public static class Secrets
{
    /// <summary>Keys made in Production; keys made anywhere else say so, so a key pasted from a test is recognised as one.</summary>
    public const string LiveApiKeyPrefix = "ocop_live_";
    public const string TestApiKeyPrefix = "ocop_test_";
    public const string TokenPrefix = "ocop_at_";

    /// <summary>Verification does not read the prefix (a key is found by its hash), so keys of both kinds keep working.</summary>
    public static string ApiKeyPrefix(IHostEnvironment environment) =>
        environment.IsProduction() ? LiveApiKeyPrefix : TestApiKeyPrefix;

    /// <summary>256 random bits, base64url, behind a prefix that makes leaked secrets easy to scan for.</summary>
    public static string New(string prefix) => prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// Unsalted SHA-256 is enough here (unlike passwords): the secret has 256 random bits, so there is nothing to guess,
    /// and a deterministic hash lets the lookup use an index.
    /// </summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
