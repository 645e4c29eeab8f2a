using System.Globalization;
using System.Text.RegularExpressions;

namespace OcopMarket.Kernel;

/// <summary>
/// A module's Vietnamese for the messages it writes in English (user errors, client errors, import row reasons).
/// Keys are the English text; interpolated parts are {0}, {1}… in both, in any order in the Vietnamese.
/// </summary>
public interface IMessageTranslations
{
    IReadOnlyDictionary<string, string> Vietnamese { get; }
}

/// <summary>
/// Messages in the caller's language: Vietnamese when the request asked for it (Accept-Language: vi, set as the
/// UI culture by the host), English otherwise. Codes never change; only the text is translated, at the edge.
/// </summary>
public sealed class Messages
{
    private readonly Dictionary<string, string> exact = new(StringComparer.Ordinal);
    private readonly List<(Regex English, string Vietnamese)> templates = [];

    public Messages(IEnumerable<IMessageTranslations> translations)
    {
        foreach (var (english, vietnamese) in translations.SelectMany(t => t.Vietnamese))
        {
            if (!english.Contains('{')) exact[english] = vietnamese;
            else templates.Add((Template(english), vietnamese));
        }
    }

    /// <summary>True when the current request asked for Vietnamese.</summary>
    public static bool InVietnamese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi";

    /// <summary>The message in the caller's language; English (as written) when no translation is known.</summary>
    public string Localize(string english)
    {
        if (!InVietnamese) return english;
        return TryVietnamese(english) ?? english;
    }

    /// <summary>The Vietnamese for an English message, or null when none is known.</summary>
    public string? TryVietnamese(string english)
    {
        if (exact.TryGetValue(english, out var vietnamese)) return vietnamese;
        // A message made of several (ValidationException-style joins) is not expected; whole messages only.
        foreach (var (pattern, text) in templates)
        {
            var match = pattern.Match(english);
            if (match.Success)
                return Regex.Replace(text, @"\{(\d+)\}", m => match.Groups["p" + m.Groups[1].Value].Value);
        }
        // "variants.1.retailPrice: A price must be…": a field path, then a message (import rows name the field so).
        var prefixed = FieldPrefix.Match(english);
        return prefixed.Success && TryVietnamese(prefixed.Groups[2].Value) is { } rest ? prefixed.Groups[1].Value + ": " + rest : null;
    }

    private static readonly Regex FieldPrefix = new(@"^([A-Za-z][\w.\[\]-]*): (.+)$", RegexOptions.Singleline | RegexOptions.CultureInvariant);

    /// <summary>"Tier {0}: … ({1})." → ^Tier (?&lt;p0&gt;.*?): … \((?&lt;p1&gt;.*?)\)\.$</summary>
    private static Regex Template(string english)
    {
        var parts = Regex.Split(english, @"(\{\d+\})");
        var pattern = string.Concat(parts.Select(p => Regex.IsMatch(p, @"^\{\d+\}$") ? $"(?<p{p[1..^1]}>.*?)" : Regex.Escape(p)));
        return new Regex("^" + pattern + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }
}
