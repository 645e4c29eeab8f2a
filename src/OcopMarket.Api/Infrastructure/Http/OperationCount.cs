using System.Collections;
using GraphQL.Types;
using GraphQLParser.AST;
using OcopMarket.Kernel.GraphQL;

namespace OcopMarket.Infrastructure.Http;

/// <summary>
/// How many operations a request counts against the rate limit: a query or a subscription counts one; a mutation
/// counts each root field it selects (aliases and fragments included, so fifty aliased publishProduct count fifty),
/// and a bulk field (<see cref="BulkFields"/>) counts ceil(items / itemsPerOperation), items being the longest list in
/// its arguments, literal or from the variables. @skip/@include are not evaluated: a skipped field still counts.
/// </summary>
public static class OperationCount
{
    public static int Of(GraphQLOperationDefinition operation, GraphQLDocument document, ISchema schema, Inputs? variables, int itemsPerOperation)
    {
        if (operation.Operation != OperationType.Mutation) return 1;
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue).ToDictionary(g => g.Key, g => g.First());
        var count = 0;
        foreach (var field in RootFields(operation.SelectionSet, fragments, []))
        {
            var bulk = schema.Mutation?.GetField(field.Name.StringValue)?.IsBulk() == true;
            if (!bulk)
            {
                count++;
                continue;
            }
            var items = field.Arguments?.Items.Max(a => LongestList(a.Value, variables, 0)) ?? 0;
            count += Math.Max(1, (items + Math.Max(1, itemsPerOperation) - 1) / Math.Max(1, itemsPerOperation));
        }
        return Math.Max(1, count);
    }

    private static IEnumerable<GraphQLField> RootFields(GraphQLSelectionSet set, Dictionary<string, GraphQLFragmentDefinition> fragments,
        HashSet<string> entered)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var f in RootFields(inline.SelectionSet, fragments, entered)) yield return f;
                    break;
                // A fragment spread twice in one selection selects its fields once (they merge); a cycle is a
                // validation error that the executer reports.
                case GraphQLFragmentSpread spread when entered.Add(spread.FragmentName.Name.StringValue)
                                                       && fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment):
                    foreach (var f in RootFields(fragment.SelectionSet, fragments, entered)) yield return f;
                    break;
            }
        }
    }

    private static int LongestList(GraphQLValue value, Inputs? variables, int depth) => depth > 16 ? 0 : value switch
    {
        GraphQLListValue list => Math.Max(list.Values?.Count ?? 0, list.Values?.Max(v => LongestList(v, variables, depth + 1)) ?? 0),
        GraphQLObjectValue obj => obj.Fields?.Max(f => LongestList(f.Value, variables, depth + 1)) ?? 0,
        GraphQLVariable variable => variables != null && variables.TryGetValue(variable.Name.StringValue, out var v) ? LongestList(v, depth + 1) : 0,
        _ => 0
    };

    private static int LongestList(object? value, int depth) => depth > 16 ? 0 : value switch
    {
        null or string => 0,
        IDictionary<string, object?> obj => obj.Values.Select(v => LongestList(v, depth + 1)).DefaultIfEmpty(0).Max(),
        ICollection list => Math.Max(list.Count, list.Cast<object?>().Select(v => LongestList(v, depth + 1)).DefaultIfEmpty(0).Max()),
        _ => 0
    };
}
