using System.Text;
using System.Text.RegularExpressions;
using OcopMarket.Kernel;
using Xunit;

namespace OcopMarket.Tests.Architecture;

/// <summary>
/// Every message a module writes for people (user errors, client errors, validation messages, import row reasons)
/// has its Vietnamese: the sources are read for the messages, and each must be found in the modules' catalogs.
/// </summary>
public class MessageTranslationTests
{
    /// <summary>Which argument of each call is the message (0-based); Fail only when its first argument is a field name.</summary>
    private static readonly (Regex Call, int Argument)[] MessageArguments =
    [
        (new Regex(@"UserError\.Of\s*\($"), 1),
        (new Regex(@"new ClientError\s*\($"), 1),
        (new Regex(@"new PaymentError\s*\($"), 2),
        (new Regex(@"\.WithMessage\s*\($"), 0),
        (new Regex(@"\bRefused\s*\($"), 0),
        (new Regex(@"\bTransition\s*\($"), 0),
        (new Regex(@"\.Errors\.Add\s*\($"), 0),
        (new Regex(@"\bFail\s*\($"), 1),
        (new Regex(@"SaveConflicts\.SaveAsync\s*\($"), 2),
    ];

    private static readonly Messages Catalog = new(
        Modules.Names.Select(Modules.Assembly).SelectMany(a => a.GetTypes())
            .Where(t => typeof(IMessageTranslations).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .Select(t => (IMessageTranslations)Activator.CreateInstance(t)!));

    public static IEnumerable<object[]> SourceMessages() =>
        Modules.Names.SelectMany(Modules.Sources)
            .Where(f => !f.Path.Replace('\\', '/').Contains("/GraphQL/")) // field descriptions there are the schema's, in English
            .SelectMany(f => Extract(f.Text).Select(m => new object[] { Path.GetFileName(f.Path), m }))
            .DistinctBy(x => (string)x[1]);

    [Theory]
    [MemberData(nameof(SourceMessages))]
    public void Every_message_has_its_vietnamese(string file, string message)
    {
        Assert.True(Catalog.TryVietnamese(message) != null,
            $"{file}: \"{message}\" has no Vietnamese; add it to the module's *Messages.cs (placeholders as {{0}}, {{1}}…).");
    }

    [Fact]
    public void The_scan_finds_the_messages_it_is_meant_to_find()
    {
        // The extraction itself, on known shapes: a plain message, an interpolated one with a nested string, a
        // concatenation, a Fail with a field name, and what is not a message (codes, field names, descriptions).
        const string source = """
            UserError.Of(UserErrorCodes.NotFound, "No such order.", "id");
            new ClientError(ErrorCodes.BadUserInput, $"This needs the role {string.Join(" or ", roles)}.");
            UserError.Of(Codes.X, $"Nothing was cancelled: {a}. " +
                "Ask the cooperative.", "id");
            Fail("bankBin", "The bank BIN must be 6 digits.");
            Fail(at, source, code, message);
            RuleFor(x => x.Tags).Must(t => t.Count <= 20).WithMessage("At most 20 tags.");
            """;
        Assert.Equal(["No such order.", "This needs the role {0}.", "Nothing was cancelled: {0}. Ask the cooperative.", "The bank BIN must be 6 digits.", "At most 20 tags."],
            Extract(source));
        Assert.True(SourceMessages().Count() > 150, "the scan should see every module's messages");
    }

    [Fact]
    public void Translations_fill_their_placeholders_and_leave_english_alone_when_english_is_asked()
    {
        var message = "Tier 2: unitPrice must not be higher than the tier before (45000).";
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = new("vi-VN");
            Assert.Equal("Bậc giá 2: đơn giá không được cao hơn bậc trước (45000 ₫).", Catalog.Localize(message));
            Assert.Equal("variants.0.tiers: Bậc giá 2: đơn giá không được cao hơn bậc trước (45000 ₫).", Catalog.Localize("variants.0.tiers: " + message));
            Assert.Equal("An unknown sentence.", Catalog.Localize("An unknown sentence."));
            System.Globalization.CultureInfo.CurrentUICulture = new("en-US");
            Assert.Equal(message, Catalog.Localize(message));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>The messages of a source file, as templates ({0}, {1}… for interpolated parts).</summary>
    internal static List<string> Extract(string source)
    {
        var found = new List<string>();
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] != '(' ) continue;
            var head = source[Math.Max(0, i - 40)..(i + 1)];
            var rule = MessageArguments.FirstOrDefault(r => r.Call.IsMatch(head));
            if (rule.Call == null) continue;
            var arguments = SplitArguments(source, i + 1);
            if (arguments.Count <= rule.Argument) continue;
            if (rule.Call.ToString().Contains("Fail") && !arguments[0].TrimStart().StartsWith('"')) continue;
            if (Literals(arguments[rule.Argument]) is { } message && message.Split(' ').Length >= 3 && message.Any(char.IsLower))
                found.Add(message);
        }
        return found;
    }

    /// <summary>Top-level arguments of a call whose "(" is just before start (strings and nesting skipped).</summary>
    private static List<string> SplitArguments(string s, int start)
    {
        var arguments = new List<string>();
        var depth = 0;
        var begin = start;
        for (var i = start; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '"' || (c is '$' or '@' && i + 1 < s.Length && s[i + 1] is '"' or '$' or '@'))
            {
                i = SkipString(s, i) - 1;
                continue;
            }
            if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}')
            {
                if (depth == 0) { arguments.Add(s[begin..i]); return arguments; }
                depth--;
            }
            else if (c == ',' && depth == 0) { arguments.Add(s[begin..i]); begin = i + 1; }
        }
        return arguments;
    }

    /// <summary>An argument made only of string literals joined by "+", as one template; null otherwise.</summary>
    private static string? Literals(string argument)
    {
        var text = new StringBuilder();
        var holes = 0;
        var i = 0;
        var any = false;
        while (i < argument.Length)
        {
            var c = argument[i];
            if (char.IsWhiteSpace(c) || c == '+') { i++; continue; }
            if (c is not ('"' or '$' or '@')) return null;
            var end = SkipString(argument, i);
            text.Append(Template(argument[i..end], ref holes));
            any = true;
            i = end;
        }
        return any ? text.ToString() : null;
    }

    /// <summary>Index just after the string literal starting at i (regular, verbatim or interpolated, holes nested).</summary>
    private static int SkipString(string s, int i)
    {
        var interpolated = false;
        var verbatim = false;
        while (s[i] is '$' or '@') { interpolated |= s[i] == '$'; verbatim |= s[i] == '@'; i++; }
        i++; // the opening quote
        while (i < s.Length)
        {
            var c = s[i];
            if (!verbatim && c == '\\') { i += 2; continue; }
            if (c == '"')
            {
                if (verbatim && i + 1 < s.Length && s[i + 1] == '"') { i += 2; continue; }
                return i + 1;
            }
            if (interpolated && c == '{')
            {
                if (i + 1 < s.Length && s[i + 1] == '{') { i += 2; continue; }
                i = SkipHole(s, i + 1);
                continue;
            }
            i++;
        }
        return i;
    }

    private static int SkipHole(string s, int i)
    {
        var depth = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '"' || (c is '$' or '@' && s[i + 1] is '"' or '$' or '@')) { i = SkipString(s, i); continue; }
            if (c == '{') depth++;
            else if (c == '}')
            {
                if (depth == 0) return i + 1;
                depth--;
            }
            i++;
        }
        return i;
    }

    /// <summary>A literal's text with each interpolation hole as {n}, numbered on from <paramref name="holes"/>.</summary>
    private static string Template(string literal, ref int holes)
    {
        var interpolated = literal.TakeWhile(c => c != '"').Contains('$');
        var body = literal[(literal.IndexOf('"') + 1)..^1];
        if (!interpolated) return Unescape(body);
        var text = new StringBuilder();
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '{' && i + 1 < body.Length && body[i + 1] == '{') { text.Append('{'); i++; continue; }
            if (body[i] == '}' && i + 1 < body.Length && body[i + 1] == '}') { text.Append('}'); i++; continue; }
            if (body[i] == '{')
            {
                i = SkipHole(body, i + 1) - 1;
                text.Append('{').Append(holes++).Append('}');
                continue;
            }
            text.Append(body[i]);
        }
        return Unescape(text.ToString());
    }

    private static string Unescape(string text) => text.Replace("\\\"", "\"").Replace("\\\\", "\\");
}
