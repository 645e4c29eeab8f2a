using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;

namespace OcopMarket.Infrastructure.GraphQL;

/// <summary>
/// Introspection as graphql-js's <c>getIntrospectionQuery</c> asks for it with every option on (schema description,
/// <c>specifiedByURL</c>, <c>isRepeatable</c>, deprecated arguments and input fields, <c>isOneOf</c>): client tools that
/// turn the options on were refused before. GraphQL.NET 8 has the repeatable and input-deprecation parts behind
/// <see cref="ISchema.Features"/>, but neither <c>@specifiedBy</c> nor <c>__Type.specifiedByURL</c>: both are added here.
/// </summary>
public static class ModernIntrospection
{
    public const string SpecifiedBy = "specifiedBy";

    /// <summary>
    /// Our custom scalars: how each is written, and where a published specification exists, its URL (<c>@specifiedBy</c>).
    /// VND has no URL: a specification URL must be absolute and public, and no public page is ours to point at.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (string? Url, string Description)> Scalars = new Dictionary<string, (string?, string)>
    {
        ["DateTimeOffset"] = ("https://scalars.graphql.org/andimarek/date-time",
            "A date and time with an offset from UTC, as an RFC 3339 `date-time` string, e.g. `2026-12-04T09:30:00+07:00` or `2026-12-04T02:30:00Z`."),
        ["DateOnly"] = ("https://www.rfc-editor.org/rfc/rfc3339#section-5.6",
            "A calendar day without time or offset, as an ISO 8601 / RFC 3339 `full-date` string `YYYY-MM-DD`, e.g. `2026-12-04`. Days are Vietnam's (UTC+7) where a rule depends on today."),
        ["VND"] = (null,
            "An amount of Vietnamese đồng (VND): whole đồng (the currency has no minor unit) as a JSON integer, e.g. `46000` for 46.000 ₫; never a string, a fraction or an exponent. 64-bit. Prices and order amounts are at most 10^12 đồng, exactly representable as a JavaScript `number`; only report sums over many orders could exceed 2^53."),
    };

    /// <summary>Call in the schema's constructor, before it is initialized.</summary>
    public static void Enable(Schema schema)
    {
        schema.Features.RepeatableDirectives = true;
        schema.Features.DeprecationOfInputValues = true;
        schema.Directives.Register(new SpecifiedByDirective());
    }

    /// <summary>From <see cref="Schema"/>'s OnBeforeInitializeType: adds <c>specifiedByURL</c> and describes our scalars.</summary>
    public static void BeforeInitialize(IGraphType graphType)
    {
        if (graphType is __Type type && !type.HasField("specifiedByURL"))
        {
            type.Field<StringGraphType>("specifiedByURL")
                .Description("The URL of the specification a custom scalar follows (`@specifiedBy`); null for other types.")
                .Resolve(context => context.Source is ScalarGraphType scalar ? SpecifiedByUrlOf(scalar) : null);
        }
        else if (graphType is __Directive directive && directive.GetField("args") is { } args && args.Arguments?.Find("includeDeprecated") == null)
        {
            // graphql-js asks `args(includeDeprecated: true)` on directives too; GraphQL.NET 8 has the argument only on
            // fields' args and inputFields. Deprecated directive arguments are left out unless asked for, as there.
            args.Arguments ??= new QueryArguments();
            args.Arguments.Add(new QueryArgument<BooleanGraphType> { Name = "includeDeprecated", DefaultValue = false });
            args.Resolver = new FuncFieldResolver<object>(context =>
            {
                IEnumerable<QueryArgument> all = ((Directive)context.Source!).Arguments ?? [];
                return context.GetArgument("includeDeprecated", false) ? all.ToList() : all.Where(a => a.DeprecationReason == null).ToList();
            });
        }
        else if (graphType is ScalarGraphType scalar && Scalars.TryGetValue(scalar.Name, out var spec))
        {
            scalar.Description = spec.Description;
            if (spec.Url == null) return;
            // Built-in scalars (DateOnly, …) are shared by every schema in the process: two schemas initialised at once
            // (test fixtures) could both see no directive and both apply it, and every later request failed validation.
            lock (AppliedToSharedScalars)
            {
                if (scalar.FindAppliedDirective(SpecifiedBy) == null) scalar.ApplyDirective(SpecifiedBy, "url", spec.Url);
            }
        }
    }

    private static readonly Lock AppliedToSharedScalars = new();

    public static string? SpecifiedByUrlOf(ScalarGraphType scalar) =>
        scalar.FindAppliedDirective(SpecifiedBy)?.FindArgument("url")?.Value as string;
}

/// <summary>The GraphQL specification's <c>@specifiedBy(url:)</c> (October 2021), which GraphQL.NET 8 does not define.</summary>
public sealed class SpecifiedByDirective : Directive
{
    // A type-system directive is hidden from introspection by default; this one is the specification's own.
    public override bool? Introspectable => true;

    public SpecifiedByDirective() : base(ModernIntrospection.SpecifiedBy, DirectiveLocation.Scalar)
    {
        Description = "Exposes a URL that specifies the behaviour of this scalar.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
        {
            Name = "url",
            Description = "The URL that specifies the behaviour of this scalar.",
        });
    }
}
