using GraphQLParser.AST;

namespace OcopMarket.Kernel.GraphQL;

/// <summary>
/// Whether a field's selection asks, anywhere below it (fragments included), for one of some field names: lets a
/// resolver skip joining data nobody asked for. It may say yes too often (a name under another type), never no wrongly.
/// </summary>
public static class SelectionScan
{
    public static bool Mentions(IResolveFieldContext context, params string[] names) =>
        context.FieldAst.SelectionSet is { } selections && Walk(selections, context.Document, names, 0);

    private static bool Walk(GraphQLSelectionSet set, GraphQLDocument document, string[] names, int depth)
    {
        if (depth > 32) return true; // deeper than any valid query here: assume yes
        foreach (var selection in set.Selections)
        {
            var found = selection switch
            {
                GraphQLField field => names.Contains(field.Name.StringValue)
                                      || (field.SelectionSet != null && Walk(field.SelectionSet, document, names, depth + 1)),
                GraphQLInlineFragment inline => Walk(inline.SelectionSet, document, names, depth + 1),
                GraphQLFragmentSpread spread => document.Definitions.OfType<GraphQLFragmentDefinition>()
                    .FirstOrDefault(d => d.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue) is { } fragment
                    && Walk(fragment.SelectionSet, document, names, depth + 1),
                _ => true
            };
            if (found) return true;
        }
        return false;
    }
}
