using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace OcopMarket.Payments.VietQr;

/// <summary>
/// The memo a buyer's bank transfer carries so the platform can match the money to a purchase, e.g. "OCOP7K3M9Q2XWT".
/// "OCOP" + 10 Crockford base32 characters: capitals and digits only (bank memo fields drop or mangle anything else),
/// no I, L, O or U (misread for 1, 1, 0 and V when people type a memo by hand), 14 characters (VietQR allows 25).
/// 50 random bits make a collision unlikely (about one in 30 million at a million references), not impossible:
/// whoever stores references must keep a unique index and generate again on a clash.
/// </summary>
public static partial class TransferReference
{
    public const string Prefix = "OCOP";
    public const int RandomLength = 10;
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        Span<char> chars = stackalloc char[Prefix.Length + RandomLength];
        Prefix.AsSpan().CopyTo(chars);
        Span<byte> random = stackalloc byte[RandomLength];
        RandomNumberGenerator.Fill(random);
        // 32 symbols divide 256 evenly, so masking to 5 bits keeps every symbol equally likely.
        for (var i = 0; i < RandomLength; i++) chars[Prefix.Length + i] = Alphabet[random[i] & 31];
        return new string(chars);
    }

    public static bool IsWellFormed(string? reference) => reference != null && Exact().IsMatch(reference);

    /// <summary>
    /// Finds a reference in a bank statement memo, which banks often lower-case or surround with their own text
    /// ("CT DEN:123 ocop7k3m9q2xwt chuyen tien").
    /// </summary>
    public static bool TryFind(string? memo, out string reference)
    {
        var match = memo == null ? null : Within().Match(memo.ToUpperInvariant());
        reference = match is { Success: true } ? match.Value : "";
        return reference.Length > 0;
    }

    [GeneratedRegex("^OCOP[0-9A-HJKMNP-TV-Z]{10}$")]
    private static partial Regex Exact();

    [GeneratedRegex("(?<![0-9A-Z])OCOP[0-9A-HJKMNP-TV-Z]{10}(?![0-9A-Z])")]
    private static partial Regex Within();
}
