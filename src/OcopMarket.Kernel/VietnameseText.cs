using System.Globalization;
using System.Text;

namespace OcopMarket.Kernel;

/// <summary>
/// Folds Vietnamese text for accent-insensitive search: NFC-normalise, lower-case, strip diacritics, and map đ→d
/// (which Unicode decomposition does not do). "Nước mắm ĐẶC SẢN" → "nuoc mam dac san".
/// </summary>
public static class VietnameseText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var folded = c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c)
            };
            if (char.IsLetterOrDigit(folded))
            {
                builder.Append(folded);
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }
        return builder.ToString().TrimEnd();
    }

    /// <summary>Normalises user input to NFC and trims it (store text as NFC so equal strings compare equal).</summary>
    public static string Clean(string? text) => (text ?? "").Normalize(NormalizationForm.FormC).Trim();
}
