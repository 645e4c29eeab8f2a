using System.Globalization;
using System.Text;

namespace OcopMarket.Payments.VietQr;

/// <summary>
/// Finds the transfer references a bank memo may carry, however the payer's banking app mangled it: lower case, spaces or
/// dashes inside the reference ("ocop 7k3m-9q2x wt"), the bank's own prefix and suffix glued on ("MBVCB.3278907687.OCOP7K3M9Q2XWT-0912..."),
/// diacritics, and the letters people type for Crockford's digits (O for 0, I or L for 1). Separators are dropped before
/// searching, so a candidate may also be read across words: the caller keeps the first candidate that names a payment.
/// A plain rule, tested without a database.
/// </summary>
public static class TransferMemo
{
    private const int Length = 4 + TransferReference.RandomLength;

    /// <summary>Every well-formed reference the memo could be carrying, in the order they appear, without repeats.</summary>
    public static IReadOnlyList<string> Candidates(string? memo)
    {
        var compact = Compact(memo);
        var found = new List<string>();
        for (var i = 0; i + Length <= compact.Length; i++)
        {
            if (!IsPrefixAt(compact, i)) continue;
            var reference = new StringBuilder(TransferReference.Prefix, Length);
            for (var j = i + 4; j < i + Length; j++)
            {
                var c = Crockford(compact[j]);
                if (c == null) break;
                reference.Append(c.Value);
            }
            if (reference.Length != Length) continue;
            var candidate = reference.ToString();
            if (!found.Contains(candidate)) found.Add(candidate);
        }
        return found;
    }

    /// <summary>Upper-case ASCII letters and digits only: diacritics stripped, every space, dash, dot or other sign dropped.</summary>
    private static string Compact(string? memo)
    {
        if (string.IsNullOrEmpty(memo)) return "";
        var builder = new StringBuilder(memo.Length);
        foreach (var c in memo.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var upper = c is 'đ' or 'Đ' ? 'D' : char.ToUpperInvariant(c);
            if (upper is >= 'A' and <= 'Z' or >= '0' and <= '9') builder.Append(upper);
        }
        return builder.ToString();
    }

    // "OCOP", also typed with zeros for the O's.
    private static bool IsPrefixAt(string s, int i) =>
        s[i] is 'O' or '0' && s[i + 1] == 'C' && s[i + 2] is 'O' or '0' && s[i + 3] == 'P';

    private static char? Crockford(char c) => c switch
    {
        'O' => '0',
        'I' or 'L' => '1',
        'U' => null,
        _ => TransferReference.Alphabet.Contains(c) ? c : null,
    };
}
