using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OcopMarket.Tests.Foundation.Fuzz;

/// <summary>One request the fuzzer sends: what it is (for the report) and its HTTP shape.</summary>
public sealed record FuzzCase(string Kind, string Description, HttpMethod Method, string PathAndQuery, byte[]? Body,
    string ContentType = "application/json")
{
    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(Method, PathAndQuery);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (Body != null)
        {
            request.Content = new ByteArrayContent(Body);
            request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(ContentType);
        }
        return request;
    }

    public string Show(int max = 600)
    {
        var text = Body != null ? Encoding.UTF8.GetString(Body) : PathAndQuery;
        return $"{Kind} {Method} {(text.Length > max ? text[..max] + $"… ({text.Length} chars)" : text)}";
    }
}

/// <summary>
/// Generates operations from the served schema: a root field with arguments (inline or as variables, valid or hostile)
/// and a selection of its output, plus hand-shaped hostile requests (duplicate keys, bad UTF-8, fragment bombs, aliases,
/// deep lists) that no schema walk produces.
/// </summary>
public sealed partial class OperationFuzzer(SchemaModel schema, Random random, FuzzValues values)
{
    private const int MaxSelectionDepth = 4;

    /// <summary>Mutations that end the caller's own session; sent anonymously only, so role clients keep their token.</summary>
    public static readonly HashSet<string> SessionEnding = ["logout", "logoutEverywhere", "changePassword"];

    public FuzzCase Next(bool signedIn)
    {
        if (values.Chance(0.12)) return Hostile();
        var mutation = schema.MutationType != null && values.Chance(0.4);
        return Operation(mutation ? schema.MutationType! : schema.QueryType, mutation, signedIn);
    }

    private FuzzCase Operation(string rootType, bool mutation, bool signedIn)
    {
        var roots = schema[rootType].Fields.Where(f => !f.Name.StartsWith("__") && !(signedIn && SessionEnding.Contains(f.Name))).ToList();
        var field = values.Pick(roots);
        var hostile = values.Chance(0.35);
        var asVariables = values.Chance(0.5);
        var definitions = new List<string>();
        var variables = new JsonObject();

        var args = new List<string>();
        foreach (var arg in field.Args)
        {
            if (hostile && arg.Type.NonNull && values.Chance(0.1)) continue; // a required argument left out
            if (!arg.Type.NonNull && !values.Chance(0.5)) continue;
            var value = Value(arg.Type, arg.Name, hostile, 0);
            if (asVariables)
            {
                var name = "v" + definitions.Count;
                definitions.Add($"${name}: {(hostile && values.Chance(0.1) ? "String" : arg.Type.ToString())}");
                variables[name] = value;
                args.Add($"{arg.Name}: ${name}");
            }
            else args.Add($"{arg.Name}: {Literal(value, arg.Type)}");
        }
        if (hostile && values.Chance(0.05)) args.Add("notAnArgument: 1");

        var call = field.Name + (args.Count > 0 ? "(" + string.Join(", ", args) + ")" : "") + Selection(field.Type, 1);
        var aliases = values.Chance(0.08) ? random.Next(2, 40) : 1;
        var body = aliases == 1 ? call : string.Join(" ", Enumerable.Range(0, aliases).Select(i => $"a{i}: {call}"));
        var header = (mutation ? "mutation" : "query") + " Fuzz" + (definitions.Count > 0 ? "(" + string.Join(", ", definitions) + ")" : "");
        var query = $"{header} {{ {body} }}";

        if (!mutation && values.Chance(0.15))
        {
            var url = "/graphql?query=" + Uri.EscapeDataString(query)
                      + (definitions.Count > 0 ? "&variables=" + Uri.EscapeDataString(Json(variables)) : "");
            return new FuzzCase((hostile ? "hostile-get " : "get ") + field.Name, field.Name, HttpMethod.Get, url, null);
        }
        var json = Json(new JsonObject { ["query"] = query, ["variables"] = definitions.Count > 0 ? variables : null });
        return new FuzzCase((hostile ? "hostile " : "") + (mutation ? "mutation " : "query ") + field.Name, field.Name,
            HttpMethod.Post, "/graphql", Encoding.UTF8.GetBytes(json));
    }

    /// <summary>A value for a type, as JSON (null included): valid for the type, or, when hostile, often not.</summary>
    private JsonNode? Value(TypeRef type, string name, bool hostile, int depth)
    {
        if (hostile && values.Chance(0.08)) return null;
        if (type.NonNull) return Value(type.Inner, name, hostile, depth) ?? (hostile ? null : Value(type.Inner, name, false, depth));
        if (type.IsList)
        {
            if (hostile && values.Chance(0.1)) return Value(type.Inner, name, hostile, depth); // one value where a list goes
            var list = new JsonArray();
            var count = hostile && values.Chance(0.1) ? random.Next(50, 300) : random.Next(0, 4);
            for (var i = 0; i < count; i++) list.Add(Value(type.Inner, name, hostile, depth + 1));
            return list;
        }
        var named = schema[type.Name!];
        return named.Kind switch
        {
            "ENUM" => hostile && values.Chance(0.2) ? "NOT_A_VALUE" : values.Pick(named.EnumValues),
            "INPUT_OBJECT" => depth > 5 ? new JsonObject() : Input(named, hostile, depth),
            _ => Scalar(named.Name, name, hostile),
        };
    }

    private JsonObject Input(NamedType type, bool hostile, int depth)
    {
        var obj = new JsonObject();
        foreach (var field in type.InputFields)
        {
            if (!field.Type.NonNull && !values.Chance(0.6)) continue;
            if (hostile && field.Type.NonNull && values.Chance(0.05)) continue;
            obj[field.Name] = Value(field.Type, field.Name, hostile, depth + 1);
        }
        if (hostile && values.Chance(0.05)) obj["unknownField"] = "x";
        return obj;
    }

    private JsonNode? Scalar(string typeName, string name, bool hostile)
    {
        if (hostile && values.Chance(0.1)) return values.HostileString(); // any scalar given a hostile string
        return typeName switch
        {
            "Int" => values.Int(name, hostile),
            "Float" => values.Float(hostile),
            "Boolean" => hostile && values.Chance(0.3) ? "true" : values.Chance(0.5),
            "ID" => values.Id(hostile),
            "VND" => values.Money(hostile),
            "DateOnly" => values.Date(hostile),
            "DateTimeOffset" => values.Instant(hostile),
            _ => values.String(name, hostile),
        };
    }

    /// <summary>A selection of an output type: a few fields, nested up to a small depth, arguments where required.</summary>
    private string Selection(TypeRef type, int depth)
    {
        var named = schema[type.Named];
        if (named.Kind is "SCALAR" or "ENUM") return "";
        if (named.Kind == "UNION" || named.Fields.Count == 0) return " { __typename }";
        var candidates = depth >= MaxSelectionDepth
            ? named.Fields.Where(f => IsLeaf(f.Type) && f.Args.All(a => !a.Type.NonNull)).ToList()
            : named.Fields.ToList();
        if (candidates.Count == 0) return " { __typename }";
        var count = Math.Min(candidates.Count, random.Next(1, 5));
        var parts = new List<string>();
        foreach (var field in candidates.OrderBy(_ => random.Next()).Take(count))
        {
            var args = new List<string>();
            foreach (var arg in field.Args)
            {
                if (!arg.Type.NonNull && !values.Chance(0.3)) continue;
                args.Add($"{arg.Name}: {Literal(Value(arg.Type, arg.Name, values.Chance(0.1), 0), arg.Type)}");
            }
            parts.Add(field.Name + (args.Count > 0 ? "(" + string.Join(", ", args) + ")" : "") + Selection(field.Type, depth + 1));
        }
        return " { " + string.Join(" ", parts) + " }";
    }

    private bool IsLeaf(TypeRef type) => schema[type.Named].Kind is "SCALAR" or "ENUM";

    /// <summary>A GraphQL literal for a JSON value; strings are escaped so that lone surrogates and NUL survive as escapes.</summary>
    private string Literal(JsonNode? value, TypeRef type) => value switch
    {
        null => "null",
        JsonArray array => "[" + string.Join(", ", array.Select(v => Literal(v, type.IsList || type.NonNull ? ListItem(type) : type))) + "]",
        JsonObject obj => "{" + string.Join(", ", obj.Select(p => $"{p.Key}: {Literal(p.Value, FieldType(type, p.Key))}")) + "}",
        JsonValue v when v.TryGetValue<string>(out var s) =>
            schema.Types.TryGetValue(type.Named, out var t) && t.Kind == "ENUM" && EnumName().IsMatch(s) ? s : StringLiteral(s),
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "true" : "false",
        JsonValue v when v.TryGetValue<double>(out var d) && !v.TryGetValue<long>(out _) => d.ToString("R", CultureInfo.InvariantCulture),
        _ => value.ToJsonString(),
    };

    private static TypeRef ListItem(TypeRef type) => type.NonNull ? ListItem(type.Inner) : type.IsList ? type.Inner : type;

    private TypeRef FieldType(TypeRef type, string field) =>
        schema.Types.TryGetValue(type.Named, out var t) && t.InputFields.FirstOrDefault(f => f.Name == field) is { } f
            ? f.Type
            : new TypeRef("SCALAR", "String", null);

    public static string StringLiteral(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in s)
        {
            if (c is '"' or '\\') sb.Append('\\').Append(c);
            else if (c < 0x20 || char.IsSurrogate(c) || c > 0x7e) sb.Append("\\u").Append(((int)c).ToString("X4"));
            else sb.Append(c);
        }
        return sb.Append('"').ToString();
    }

    /// <summary>JSON with every non-ASCII character escaped, so a lone surrogate goes out as \uD800 (as a client could send).</summary>
    public static string Json(JsonNode node) => node.ToJsonString(new JsonSerializerOptions
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default,
    });

    [GeneratedRegex("^[_A-Za-z][_0-9A-Za-z]*$")]
    private static partial Regex EnumName();

    private FuzzCase Post(string kind, string json) => new(kind, kind, HttpMethod.Post, "/graphql", Encoding.UTF8.GetBytes(json));

    private static string Q(string query) => JsonSerializer.Serialize(query);

    /// <summary>A POST body by hand, so that variables can be given as raw JSON text (duplicate keys, escapes).</summary>
    private FuzzCase Req(string kind, string query, string? variablesJson = null) =>
        Post(kind, "{\"query\":" + Q(query) + (variablesJson != null ? ",\"variables\":" + variablesJson : "") + "}");

    /// <summary>Requests shaped by hand: what a schema walk does not produce.</summary>
    private FuzzCase Hostile()
    {
        switch (random.Next(16))
        {
            case 0:
                return Req("duplicate variable key", "query($s: String) { products(search: $s, first: 2) { totalCount } }",
                    """{"s":"mat ong","s":"tra"}""");
            case 1:
                return Post("lone surrogate in query", """{"query":"{ product(slug: \"\ud800\") { name } }"}""");
            case 2:
                return Req("lone surrogate in variables", "query($s: String!) { product(slug: $s) { name } }", """{"s":"a\udc00"}""");
            case 3:
            {
                // 0xFF never occurs in UTF-8; 0xC3 is a lead byte here followed by ASCII.
                byte[] bytes = [.. "{\"query\":\"{ product(slug: \\\"x"u8, 0xFF, 0xC3, .. "x\\\") { name } }\"}"u8];
                return new FuzzCase("invalid UTF-8", "bytes", HttpMethod.Post, "/graphql", bytes);
            }
            case 4:
                return Post("NUL in query literal", """{"query":"{ product(slug: \"a\u0000b\") { name } }"}""");
            case 5:
            {
                var levels = random.Next(8, 40);
                var sb = new StringBuilder("query { ...F0 } ");
                for (var i = 0; i < levels; i++) sb.Append($"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} ");
                sb.Append($"fragment F{levels} on Query {{ {(values.Chance(0.5) ? "apiVersion" : "products(first: 100) { totalCount }")} }}");
                return Req($"fragment bomb {levels}", sb.ToString());
            }
            case 6:
            {
                var count = random.Next(50, 1_500);
                var fields = string.Join(" ", Enumerable.Range(0, count).Select(i => $"a{i}: products(first: 1, search: \"{values.Word()}\") {{ totalCount }}"));
                return Req($"{count} aliased searches", "{ " + fields + " }");
            }
            case 7:
            {
                var depth = random.Next(100, 3_000);
                var list = new string('[', depth) + "\"01\"" + new string(']', depth);
                return values.Chance(0.5)
                    ? Req($"list literal {depth} deep", "{ clusterReport(from: \"2026-01-01\", to: \"2026-12-31\", provinceCodes: " + list + ") { __typename } }")
                    : Req($"list variable {depth} deep",
                        "query($p: [String!]) { clusterReport(from: \"2026-01-01\", to: \"2026-12-31\", provinceCodes: $p) { __typename } }", "{\"p\":" + list + "}");
            }
            case 8:
                return Post("subscription", """{"query":"subscription { apiVersion }"}""");
            case 9:
                return Post("huge integer", """{"query":"{ products(first: 99999999999999999999999) { totalCount } }"}""");
            case 10:
                return values.Pick(new[]
                {
                    Post("malformed JSON", "{\"query\": \"{ apiVersion }\""),
                    Post("query not a string", """{"query": 42}"""),
                    Post("variables not an object", """{"query":"{ apiVersion }","variables":[1,2]}"""),
                    new FuzzCase("empty body", "", HttpMethod.Post, "/graphql", []),
                    new FuzzCase("form body", "", HttpMethod.Post, "/graphql", "query=%7BapiVersion%7D"u8.ToArray(), "application/x-www-form-urlencoded"),
                });
            case 11:
            {
                var depth = random.Next(10, 60);
                var sb = new StringBuilder("{ product(slug: \"x\") { ");
                for (var i = 0; i < depth; i++) sb.Append("cooperative { products(first: 1) { nodes { ");
                sb.Append("name");
                for (var i = 0; i < depth; i++) sb.Append(" } } }");
                sb.Append(" } }");
                return Req($"selection {depth * 3} deep", sb.ToString());
            }
            case 12:
            {
                var count = random.Next(100, 2_000);
                return Req($"{count} directives", "{ apiVersion " + string.Concat(Enumerable.Repeat("@skip(if: false) ", count)) + "}");
            }
            case 13:
            {
                var count = random.Next(100, 2_000);
                var defs = string.Join(", ", Enumerable.Range(0, count).Select(i => $"$v{i}: Int"));
                return Req($"{count} variables", "query(" + defs + ") { apiVersion }");
            }
            case 14:
            {
                var s = values.HostileString();
                var url = "/graphql?query=" + Uri.EscapeDataString("query($s: String) { products(search: $s, first: 3) { totalCount } }")
                          + "&variables=" + Uri.EscapeDataString(Json(new JsonObject { ["s"] = s }));
                return new FuzzCase("GET hostile variable", s.Length > 20 ? s[..20] : s, HttpMethod.Get, url, null);
            }
            default:
                return values.Pick(new[]
                {
                    new FuzzCase("GET lone surrogate", "", HttpMethod.Get, "/graphql?query=%7B%20product(slug%3A%20%22%5Cud800%22)%20%7B%20name%20%7D%20%7D", null),
                    new FuzzCase("GET invalid UTF-8", "", HttpMethod.Get, "/graphql?query=%7B%20product(slug%3A%20%22%ED%A0%80%22)%20%7B%20name%20%7D%20%7D", null),
                    new FuzzCase("GET NUL", "", HttpMethod.Get, "/graphql?query=%7B%20product(slug%3A%20%22a%00b%22)%20%7B%20name%20%7D%20%7D", null),
                    new FuzzCase("GET mutation", "", HttpMethod.Get, "/graphql?query=mutation%20%7B%20logout%20%7B%20__typename%20%7D%20%7D", null),
                });
        }
    }
}
