using System.Text;

namespace OcopMarket.Payments.VietQr;

/// <summary>One EMVCo data object: a 2-digit ID, a 2-digit length, then the value.</summary>
public sealed record TlvField(string Id, string Value);

/// <summary>Writes and reads EMVCo ID-length-value strings. Lengths count characters; payloads here are ASCII only.</summary>
public static class Tlv
{
    public const int MaxValueLength = 99;

    /// <summary>Appends one field. Callers validate first; a too-long value here is a bug, so it throws.</summary>
    public static StringBuilder Append(this StringBuilder sb, string id, string value)
    {
        if (id.Length != 2 || !id.All(char.IsAsciiDigit)) throw new ArgumentException($"Bad TLV id '{id}'.", nameof(id));
        if (value.Length > MaxValueLength)
            throw new ArgumentException($"TLV field {id} is {value.Length} characters; the limit is {MaxValueLength}.", nameof(value));
        return sb.Append(id).Append(value.Length.ToString("D2")).Append(value);
    }

    public static string Write(params (string Id, string Value)[] fields)
    {
        var sb = new StringBuilder();
        foreach (var (id, value) in fields) sb.Append(id, value);
        return sb.ToString();
    }

    /// <summary>Splits a TLV string into its fields, or returns an error describing where it is malformed.</summary>
    public static bool TryParse(string text, out IReadOnlyList<TlvField> fields, out string? error)
    {
        var list = new List<TlvField>();
        fields = list;
        error = null;
        var pos = 0;
        while (pos < text.Length)
        {
            if (pos + 4 > text.Length) { error = $"Truncated field header at offset {pos}."; return false; }
            var id = text.Substring(pos, 2);
            var lengthText = text.Substring(pos + 2, 2);
            if (!id.All(char.IsAsciiDigit) || !lengthText.All(char.IsAsciiDigit))
            {
                error = $"Field header '{id}{lengthText}' at offset {pos} is not numeric.";
                return false;
            }
            var length = int.Parse(lengthText);
            if (pos + 4 + length > text.Length) { error = $"Field {id} at offset {pos} runs past the end."; return false; }
            list.Add(new TlvField(id, text.Substring(pos + 4, length)));
            pos += 4 + length;
        }
        return true;
    }
}
