using System.Text.Json;
using GraphQLParser.AST;
using GraphQLParser.Visitors;
using OcopMarket.Infrastructure.GraphQL;
using OcopMarket.Kernel.GraphQL;

namespace OcopMarket.Infrastructure.Http;

/// <summary>
/// Text rules applied at the edge, before GraphQL sees a request: every string a client sends (the query document and
/// its string literals, block strings included, the operation name, and every key and string value of variables and
/// extensions at any depth) must be valid Unicode without NUL (U+0000). PostgreSQL cannot store NUL in text or jsonb and
/// a lone surrogate cannot be encoded as UTF-8, so letting either through fails deep inside a resolver as INTERNAL;
/// here it is a 400 with INVALID_TEXT that names where. A JSON object that repeats a key is refused too (which value
/// would count is up to the parser).
/// </summary>
public static class RequestText
{
    /// <summary>Why the text is refused, or null when it is fine.</summary>
    public static string? Problem(ReadOnlySpan<char> text)
    {
        if (text.Contains('\0')) return "contains NUL (U+0000)";
        for (var i = text.IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0;)
        {
            if (!char.IsHighSurrogate(text[i]) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                return "contains a lone surrogate (not valid Unicode)";
            i += 2;
            var next = text[i..].IndexOfAnyInRange('\uD800', '\uDFFF');
            i = next < 0 ? -1 : i + next;
        }
        return null;
    }

    /// <summary>The first problem in a JSON value, as "where: what", or null; problems are text or a repeated key.</summary>
    public static (string Code, string Message)? JsonProblem(JsonElement element, string path)
    {
        try
        {
            return Walk(element, path);
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json refuses to decode an escaped lone surrogate ("\ud800") or invalid UTF-8.
            return (ErrorCodes.InvalidText, $"{path}: a string is not valid Unicode.");
        }
    }

    private static (string Code, string Message)? Walk(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Problem(element.GetString()) is { } problem ? (ErrorCodes.InvalidText, $"{path} {problem}.") : null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Walk(item, $"{path}[{index++}]") is { } found) return found;
                }
                return null;
            case JsonValueKind.Object:
                var keys = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    var name = property.Name;
                    if (Problem(name) is { } keyProblem) return (ErrorCodes.InvalidText, $"A key in {path} {keyProblem}.");
                    if (!keys.Add(name)) return (ErrorCodes.BadRequest, $"{path} has the key \"{name}\" more than once.");
                    if (Walk(property.Value, $"{path}.{name}") is { } found) return found;
                }
                return null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The first problem in the query document's string literals, whose escapes (\u0000, \ud800) the raw text does
    /// not show. Only documents with a "\u" escape are parsed here; one that does not parse is left to the executer,
    /// which reports the syntax error as usual.
    /// </summary>
    public static string? DocumentProblem(string query)
    {
        if (Problem(query) is { } raw) return $"The query {raw}.";
        if (!query.Contains("\\u", StringComparison.Ordinal)) return null;
        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            return null;
        }
        var context = new LiteralContext();
        new LiteralScanner().VisitAsync(document, context).AsTask().GetAwaiter().GetResult();
        return context.Problem is { } problem ? $"A string literal in the query {problem}." : null;
    }

    private sealed class LiteralContext : IASTVisitorContext
    {
        public string? Problem;
        public CancellationToken CancellationToken => CancellationToken.None;
    }

    private sealed class LiteralScanner : ASTVisitor<LiteralContext>
    {
        protected override ValueTask VisitStringValueAsync(GraphQLStringValue stringValue, LiteralContext context)
        {
            context.Problem ??= Problem(stringValue.Value.Span);
            return default;
        }
    }
}
