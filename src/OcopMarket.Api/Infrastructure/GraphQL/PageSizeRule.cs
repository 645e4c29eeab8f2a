using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace OcopMarket.Infrastructure.GraphQL;

/// <summary>
/// Refuses any first/last argument outside 0..MaxPageSize during validation, so a page-size abuse is rejected
/// before any resolver runs (and so before the database is touched).
/// </summary>
public sealed class PageSizeRule(IOptions<QueryLimits> limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        var max = limits.Value.MaxPageSize;
        return new(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (ctx.ArgumentValues == null || !ctx.ArgumentValues.TryGetValue(field, out var args)) return;
            foreach (var name in new[] { "first", "last" })
            {
                if (!args.TryGetValue(name, out var arg) || arg.Value is not int n) continue;
                if (n < 0 || n > max)
                {
                    ctx.ReportError(new ValidationError(ctx.Document.Source, "page-size",
                        $"Argument '{name}' on field '{field.Name.StringValue}' must be between 0 and {max}; it was {n}.", field)
                        { Code = ErrorCodes.PageSizeExceeded });
                }
            }
        }));
    }
}
