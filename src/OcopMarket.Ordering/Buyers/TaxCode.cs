using System.Text.RegularExpressions;

namespace OcopMarket.Ordering.Buyers;

/// <summary>
/// Mã số thuế (Vietnamese tax code): 10 digits for an enterprise, or 13 written as the parent's 10 digits, "-" and a
/// 3-digit branch number (e.g. 0314409058-002). The 10th digit checks the first nine: 10 − (Σ wᵢ·dᵢ mod 11) with
/// weights 31, 29, 23, 19, 17, 13, 7, 5, 3 (the algorithm of python-stdnum's vn.mst, whose published examples the
/// tests use), so a mistyped digit is refused at registration.
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

    /// <summary>The format and check digit, after normalising; a branch number runs 001–999, never 000.</summary>
    public static bool IsValid(string? text)
    {
        var code = Normalize(text);
        return Format().IsMatch(code) && (code.Length == 10 || code[11..] != "000") && CheckDigit(code[..9]) == code[9];
    }

    private static readonly int[] Weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];

    /// <summary>The check digit of these nine digits, or null when they have none (no code is issued with them).</summary>
    public static char? CheckDigit(string nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += Weights[i] * (nineDigits[i] - '0');
        var check = 10 - sum % 11;
        return check == 10 ? null : (char)('0' + check);
    }

    /// <summary>The 10-digit code of the business a branch code belongs to (the code itself for a head office).</summary>
    public static string Parent(string code) => Normalize(code)[..10];
}
