using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace OcopMarket.Infrastructure.GraphQL;

/// <summary>
/// The depth and cost of the operation being validated, in one walk that is linear in the document's length: each
/// fragment is measured once and its result reused at every spread, and the walk stops at the first limit passed.
/// Cost: every field counts 1 (introspection 0.1); a root field that reads the database (and each mutation) counts
/// DatabaseFieldCost and a search or the cluster report HeavyFieldCost, so that one request cannot fan out into
/// hundreds of queries; a field's children count once per item it may return: first/last (or the default page size)
/// for a paged field, 1 for the edges/nodes of a connection already paged, 5 for other lists. Multipliers are at least 1 (first: 0 counts as 1),
/// so a part that already passes the limit proves the whole does and the walk may stop there.
/// </summary>
public sealed class QueryCost
{
    /// <summary>graphql-js's standard introspection query nests type references 15 deep; tools must be able to send it.</summary>
    public const int IntrospectionMaxDepth = 20;

    /// <summary>Lists without first/last (variants, images, tiers…) are short in this API.</summary>
    private const double ListMultiplier = 5;

    private const double IntrospectionFieldCost = 0.1;

    /// <summary>Root fields answered from memory: they cost what any field costs.</summary>
    private static readonly HashSet<string> InMemoryRootFields = ["apiVersion", "provinces", "__typename"];

    /// <summary>Mutations that run the (deliberately slow) password hasher.</summary>
    private static readonly HashSet<string> PasswordRootFields = ["login", "changePassword", "registerBuyer", "registerCooperative"];

    /// <summary>Root fields that aggregate over many rows, like a search.</summary>
    private static readonly HashSet<string> HeavyRootFields = ["clusterReport"];

    private readonly ValidationContext context;
    private readonly QueryLimits limits;
    private readonly Dictionary<string, GraphQLFragmentDefinition> fragments = new();
    private readonly Dictionary<(string Name, bool AtRoot), Measure?> measured = new(); // null: being measured
    private int maxDepth;
    private int fieldsVisited;
    private ValidationError? error;

    private readonly record struct Measure(double Cost, int Depth);

    private QueryCost(ValidationContext context, QueryLimits limits)
    {
        this.context = context;
        this.limits = limits;
        foreach (var fragment in context.Document.Definitions.OfType<GraphQLFragmentDefinition>())
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
    }

    /// <summary>The error for the first limit the operation passes, or null when it is within all of them.</summary>
    public static ValidationError? Check(ValidationContext context, QueryLimits limits) => new QueryCost(context, limits).Run();

    private ValidationError? Run()
    {
        var operation = context.Operation;
        IObjectGraphType? root = operation.Operation switch
        {
            OperationType.Query => context.Schema.Query,
            OperationType.Mutation => context.Schema.Mutation,
            _ => context.Schema.Subscription,
        };
        if (root == null)
        {
            return new ValidationError(context.Document.Source, "operation-type",
                    $"This API has no {operation.Operation.ToString().ToLowerInvariant()} operations; send a query or a mutation.", operation)
                { Code = ErrorCodes.OperationNotSupported };
        }

        maxDepth = IsIntrospectionOnly(operation) ? IntrospectionMaxDepth : limits.MaxDepth;
        SelectionSet(operation.SelectionSet, root, depth: 0, atRoot: true);
        return error;
    }

    private Measure SelectionSet(GraphQLSelectionSet set, IGraphType? type, int depth, bool atRoot)
    {
        double cost = 0;
        var deepest = 0;
        foreach (var selection in set.Selections)
        {
            var measure = selection switch
            {
                GraphQLField field => Field(field, type, depth, atRoot),
                GraphQLInlineFragment inline => SelectionSet(inline.SelectionSet,
                    inline.TypeCondition is { } condition ? context.Schema.AllTypes[condition.Type.Name.StringValue] : type, depth, atRoot),
                GraphQLFragmentSpread spread => Spread(spread, depth, atRoot),
                _ => default,
            };
            if (error != null) return default;
            cost += measure.Cost;
            deepest = Math.Max(deepest, measure.Depth);
            if (cost > limits.MaxComplexity)
            {
                error = new ValidationError(context.Document.Source, "complexity",
                        $"Query complexity exceeds the maximum of {limits.MaxComplexity}. Ask for fewer items or fields.", set)
                    { Code = ErrorCodes.MaxComplexityExceeded };
                return default;
            }
        }
        return new Measure(cost, deepest);
    }

    private Measure Field(GraphQLField field, IGraphType? parent, int depth, bool atRoot)
    {
        // The walk is linear, but a 32 KiB document still makes thousands of steps: let a cancelled request stop it.
        if (++fieldsVisited % 512 == 0) context.CancellationToken.ThrowIfCancellationRequested();
        if (depth + 1 > maxDepth) return DepthExceeded(field);

        var name = field.Name.StringValue;
        var definition = FindField(parent, name);
        var introspection = name.StartsWith("__") || parent?.Name.StartsWith("__") == true;
        var own = introspection ? IntrospectionFieldCost : atRoot ? RootFieldCost(field, name) : 1;
        if (field.SelectionSet == null || definition?.ResolvedType == null) return new Measure(own, 1);

        var children = SelectionSet(field.SelectionSet, definition.ResolvedType.GetNamedType(), depth + 1, atRoot: false);
        if (error != null) return default;
        return new Measure(own + Multiplier(field, definition, parent!) * children.Cost, children.Depth + 1);
    }

    private Measure Spread(GraphQLFragmentSpread spread, int depth, bool atRoot)
    {
        var name = spread.FragmentName.Name.StringValue;
        if (!fragments.TryGetValue(name, out var fragment)) return default; // reported by KnownFragmentNames

        // Measured from depth 0 so that every spread can reuse it; a root-level spread prices its fields as root fields.
        if (!measured.TryGetValue((name, atRoot), out var measure))
        {
            measured[(name, atRoot)] = null;
            measure = SelectionSet(fragment.SelectionSet, context.Schema.AllTypes[fragment.TypeCondition.Type.Name.StringValue], 0, atRoot);
            measured[(name, atRoot)] = measure;
        }
        if (error != null || measure is not { } found) return default; // a cycle (NoFragmentCycles reports it) adds nothing
        return depth + found.Depth > maxDepth ? DepthExceeded(spread) : found;
    }

    private Measure DepthExceeded(ASTNode node)
    {
        error = new ValidationError(context.Document.Source, "depth",
                $"Query depth exceeds the maximum of {maxDepth} nested fields.", node)
            { Code = ErrorCodes.MaxDepthExceeded };
        return default;
    }

    private double RootFieldCost(GraphQLField field, string name)
    {
        if (InMemoryRootFields.Contains(name)) return 1;
        if (PasswordRootFields.Contains(name)) return limits.PasswordFieldCost;
        if (HeavyRootFields.Contains(name) || Argument(field, "search") is string search && !string.IsNullOrWhiteSpace(search))
            return limits.HeavyFieldCost;
        return limits.DatabaseFieldCost;
    }

    private double Multiplier(GraphQLField field, FieldType definition, IGraphType parent)
    {
        if (definition.Arguments?.Find("first") != null || definition.Arguments?.Find("last") != null)
        {
            var size = Argument(field, "first") as int? ?? Argument(field, "last") as int? ?? limits.DefaultPageSize;
            return Math.Max(1, size);
        }
        var type = definition.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : definition.ResolvedType;
        if (type is not ListGraphType) return 1;
        return parent.Name.EndsWith("Connection", StringComparison.Ordinal) ? 1 : ListMultiplier;
    }

    /// <summary>An argument's value with the variables applied (GraphQL.NET parsed them before the post-validation rules).</summary>
    private object? Argument(GraphQLField field, string name) =>
        context.ArgumentValues != null && context.ArgumentValues.TryGetValue(field, out var arguments) &&
        arguments.TryGetValue(name, out var argument) ? argument.Value : null;

    private FieldType? FindField(IGraphType? parent, string name) => name switch
    {
        "__schema" => context.Schema.SchemaMetaFieldType,
        "__type" => context.Schema.TypeMetaFieldType,
        "__typename" => context.Schema.TypeNameMetaFieldType,
        _ => (parent as IComplexGraphType)?.GetField(name),
    };

    private static bool IsIntrospectionOnly(GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(s => s is GraphQLField f && f.Name.StringValue.StartsWith("__"));
}
