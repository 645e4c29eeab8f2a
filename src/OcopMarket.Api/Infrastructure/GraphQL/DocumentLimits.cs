using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace OcopMarket.Infrastructure.GraphQL;

/// <summary>
/// Parses a new query document and refuses it, before GraphQL.NET's validation sees it, when it has more selections
/// (fields, fragment spreads, inline fragments) or fragment definitions than GraphQL:MaxSelections / MaxFragments
/// allow: some standard validation rules (overlapping fields, fragment spreads) take time that grows with the square of
/// these counts, which under MaxQueryBytes alone reached seconds of CPU per request. Also answers a document nested
/// deeper than the parser accepts with a code instead of INTERNAL. Documents from the DocumentCache passed this already.
/// </summary>
public sealed class DocumentLimits(IDocumentBuilder builder, IOptions<QueryLimits> limits) : IConfigureExecution
{
    /// <summary>Inside the DocumentCache (200), which hands cached documents over already parsed.</summary>
    public float SortOrder => 300;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document != null || string.IsNullOrEmpty(options.Query)) return next(options);
        GraphQLDocument document;
        try
        {
            document = builder.Build(options.Query);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return Refuse(ErrorCodes.MaxDepthExceeded, "The query document is nested deeper than this API parses (lists, objects or selections).");
        }
        catch (GraphQLSyntaxErrorException)
        {
            return next(options); // GraphQL.NET parses it again and reports the syntax error in its usual shape
        }

        var (selections, fragments, directives, variables) = Count(document);
        var max = limits.Value;
        if (directives > max.MaxDirectives)
            return Refuse(ErrorCodes.QueryTooLarge, $"The query document has {directives} directives; the maximum is {max.MaxDirectives}.");
        if (variables > max.MaxVariables)
            return Refuse(ErrorCodes.QueryTooLarge, $"The query document defines {variables} variables; the maximum is {max.MaxVariables}.");
        if (fragments > max.MaxFragments)
            return Refuse(ErrorCodes.QueryTooLarge, $"The query document defines {fragments} fragments; the maximum is {max.MaxFragments}.");
        if (selections > max.MaxSelections)
            return Refuse(ErrorCodes.QueryTooLarge, $"The query document has {selections} selections (fields and fragments); the maximum is {max.MaxSelections}.");
        options.Document = document;
        return next(options);
    }

    private static (int Selections, int Fragments, int Directives, int Variables) Count(GraphQLDocument document)
    {
        int selections = 0, fragments = 0, directives = 0, variables = 0;
        var pending = new Stack<GraphQLSelectionSet>();
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLFragmentDefinition) fragments++;
            if (definition is GraphQLOperationDefinition operation) variables += operation.Variables?.Count ?? 0;
            if (definition is IHasDirectivesNode { Directives: { } own }) directives += own.Count;
            if (definition is IHasSelectionSetNode { SelectionSet: { } set }) pending.Push(set);
        }
        while (pending.TryPop(out var set))
        {
            selections += set.Selections.Count;
            foreach (var selection in set.Selections)
            {
                if (selection is IHasDirectivesNode { Directives: { } used }) directives += used.Count;
                if (selection is IHasSelectionSetNode { SelectionSet: { } child }) pending.Push(child);
            }
        }
        return (selections, fragments, directives, variables);
    }

    private static Task<ExecutionResult> Refuse(string code, string message) =>
        Task.FromResult(new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }], Executed = false });
}
