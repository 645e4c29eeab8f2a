using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace OcopMarket.Infrastructure.GraphQL;

/// <summary>
/// Refuses, before any resolver runs, an operation deeper than GraphQL:MaxDepth or costlier than GraphQL:MaxComplexity
/// (see <see cref="QueryCost"/>), and an operation type the schema does not have (subscriptions). Runs after the
/// standard rules, so fragments are known to exist and to have no cycles, and first/last are already resolved from
/// the variables; it also runs for documents from the DocumentCache, because those variables change per request.
/// It replaces GraphQL.NET's ComplexityValidationRule, which walked every expanded fragment path before comparing
/// with the limit (issue 11: a 1 KB document of doubling fragments kept a core busy for minutes).
/// </summary>
public sealed class ComplexityRule(IOptions<QueryLimits> limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        if (QueryCost.Check(context, limits.Value) is { } error) context.ReportError(error);
        return default; // the check is one walk of its own, not a visitor
    }
}
