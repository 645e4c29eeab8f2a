using System.Text.Json.Nodes;

namespace OcopMarket.Tests.Foundation.Fuzz;

/// <summary>A type reference as introspection gives it: NON_NULL and LIST wrap a named type.</summary>
public sealed record TypeRef(string Kind, string? Name, TypeRef? OfType)
{
    public bool NonNull => Kind == "NON_NULL";
    public bool IsList => Kind == "LIST";
    public TypeRef Inner => OfType!;

    /// <summary>The named type under every wrapper.</summary>
    public string Named => Name ?? OfType!.Named;

    /// <summary>As written in a variable definition: [String!]!.</summary>
    public override string ToString() => Kind switch
    {
        "NON_NULL" => OfType + "!",
        "LIST" => "[" + OfType + "]",
        _ => Name!
    };

    public static TypeRef From(JsonNode node) =>
        new((string)node["kind"]!, (string?)node["name"], node["ofType"] is { } inner ? From(inner) : null);
}

public sealed record InputValue(string Name, TypeRef Type);

public sealed record Field(string Name, IReadOnlyList<InputValue> Args, TypeRef Type);

public sealed record NamedType(string Kind, string Name, IReadOnlyList<Field> Fields, IReadOnlyList<InputValue> InputFields,
    IReadOnlyList<string> EnumValues, IReadOnlyList<string> PossibleTypes);

/// <summary>The served schema, read by introspection over HTTP, so the fuzzer follows whatever the API serves.</summary>
public sealed class SchemaModel
{
    public const string IntrospectionQuery = """
        query FuzzIntrospection {
          __schema {
            queryType { name } mutationType { name }
            types {
              kind name
              fields(includeDeprecated: true) { name args { name type { ...T } } type { ...T } }
              inputFields { name type { ...T } }
              enumValues(includeDeprecated: true) { name }
              possibleTypes { name }
            }
          }
        }
        fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;

    public required IReadOnlyDictionary<string, NamedType> Types { get; init; }
    public required string QueryType { get; init; }
    public string? MutationType { get; init; }

    public NamedType this[string name] => Types[name];

    public static SchemaModel From(JsonNode schema)
    {
        static IReadOnlyList<InputValue> Values(JsonNode? list) =>
            list?.AsArray().Select(v => new InputValue((string)v!["name"]!, TypeRef.From(v["type"]!))).ToList() ?? [];

        var types = schema["types"]!.AsArray().Select(t => new NamedType(
            (string)t!["kind"]!, (string)t["name"]!,
            t["fields"]?.AsArray().Select(f => new Field((string)f!["name"]!, Values(f["args"]), TypeRef.From(f["type"]!))).ToList() ?? [],
            Values(t["inputFields"]),
            t["enumValues"]?.AsArray().Select(e => (string)e!["name"]!).ToList() ?? [],
            t["possibleTypes"]?.AsArray().Select(p => (string)p!["name"]!).ToList() ?? [])).ToDictionary(t => t.Name);
        return new SchemaModel
        {
            Types = types,
            QueryType = (string)schema["queryType"]!["name"]!,
            MutationType = (string?)schema["mutationType"]?["name"],
        };
    }
}
