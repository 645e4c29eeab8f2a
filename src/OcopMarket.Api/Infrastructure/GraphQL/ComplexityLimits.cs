using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace OcopMarket.Infrastructure.GraphQL;

/// <summary>Configures GraphQL.NET's complexity analyzer from <see cref="QueryLimits"/> with this API's error codes.</summary>
public static class ComplexityLimits
{
    /// <summary>graphql-js's standard introspection query nests type references 15 deep; tools must be able to send it.</summary>
    public const int IntrospectionMaxDepth = 20;

    /// <summary>GraphQL.NET's complexity rule (what AddComplexityAnalyzer registers) with these limits.</summary>
    public static ComplexityValidationRule CreateRule(QueryLimits limits)
    {
        var options = new ComplexityOptions();
        Configure(options, limits);
        return new ComplexityValidationRule(options);
    }

    private static void Configure(ComplexityOptions options, QueryLimits limits)
    {
        options.MaxComplexity = limits.MaxComplexity;
        // Depth is checked below, where an introspection-only operation can be given its own allowance.
        options.MaxDepth = null;
        // Lists without first/last (variants, images, tags…) are short in this API.
        options.DefaultListImpactMultiplier = 5;
        options.ValidateComplexityDelegate = ctx =>
        {
            var maxDepth = IsIntrospectionOnly(ctx.ValidationContext.Operation) ? IntrospectionMaxDepth : limits.MaxDepth;
            if (ctx.MaxDepth > maxDepth)
            {
                ctx.Error = new ValidationError($"Query depth {ctx.MaxDepth} exceeds the maximum of {maxDepth}.")
                    { Code = ErrorCodes.MaxDepthExceeded };
            }
            else if (ctx.Error != null)
            {
                ctx.Error = new ValidationError(
                        $"Query complexity {ctx.TotalImpact:0} exceeds the maximum of {limits.MaxComplexity}. Ask for fewer items or fields.")
                    { Code = ErrorCodes.MaxComplexityExceeded };
            }
            return Task.CompletedTask;
        };
    }

    private static bool IsIntrospectionOnly(GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(s => s is GraphQLField f && f.Name.StringValue.StartsWith("__"));
}
