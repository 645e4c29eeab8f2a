using System.Text.RegularExpressions;

namespace OcopMarket.Ordering.Buyers;

/// <summary>
/// Mã số thuế (Vietnamese tax code): 10 digits for an enterprise, or 13 written as the parent's 10 digits, "-" and a
/// 3-digit branch number (e.g. 0101234567-001). Only the format is checked: the 10th digit is said to be a check digit,
/// but its algorithm is not published in a source we could confirm, so we do not reject codes on it.
/// </summary>
public static partial class TaxCode
{
    [GeneratedRegex(@"^\d{10}(-\d{3})?$")]
    private static partial Regex Format();

    /// <summary>Removes spaces and dots people type (0101 234 567, 0101.234.567); 13 digits without the dash get it back.</summary>
    public static string Normalize(string? text)
    {
        var compact = new string((text ?? "").Where(c => !char.IsWhiteSpace(c) && c != '.').ToArray());
        return compact.Length == 13 && compact.All(char.IsAsciiDigit) ? compact[..10] + "-" + compact[10..] : compact;
    }

    /// <summary>The format, after normalising; a branch number runs 001–999, never 000.</summary>
    public static bool IsValid(string? text)
    {
        var code = Normalize(text);
        return Format().IsMatch(code) && (code.Length == 10 || code[11..] != "000");
    }

    /// <summary>The 10-digit code of the business a branch code belongs to (the code itself for a head office).</summary>
    public static string Parent(string code) => Normalize(code)[..10];
}
