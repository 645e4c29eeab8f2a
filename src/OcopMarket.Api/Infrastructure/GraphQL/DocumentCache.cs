using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace OcopMarket.Infrastructure.GraphQL;

/// <summary>
/// Parsed and validated query documents, by query text: shops send the same few documents with different variables,
/// and parsing and validating a listing query cost more than a fifth of its execution. Only documents that passed
/// validation are kept, and a cached document still runs the rules registered for cached documents (page size,
/// depth and complexity), because those depend on the variables. Bounded by total query length
/// (GraphQL:DocumentCacheChars, default 2,000,000 characters; 0 turns it off). The GraphQL.MemoryCache package that
/// offers the same is not served here.
/// </summary>
public sealed class DocumentCache : IConfigureExecution, IDisposable
{
    private readonly MemoryCache? cache;

    public DocumentCache(IConfiguration configuration)
    {
        var capacity = configuration.GetValue("GraphQL:DocumentCacheChars", 2_000_000);
        if (capacity > 0) cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = capacity, CompactionPercentage = 0.25 });
    }

    /// <summary>After the option configurations (100) that add the validation rules this swaps.</summary>
    public float SortOrder => 200;

    /// <summary>A document that already passed validation, or null.</summary>
    public GraphQLDocument? Find(string query) =>
        cache != null && cache.TryGetValue(query, out GraphQLDocument? document) ? document : null;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (cache == null || options.Document != null || options.Query is not { } query) return await next(options);

        var cached = Find(query);
        if (cached != null)
        {
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
        }
        var result = await next(options);
        // Executed: the document parsed and validated (variables aside, which are per request).
        if (cached == null && result.Executed && (result.Document ?? options.Document) is { } parsed)
            cache.Set(query, parsed, new MemoryCacheEntryOptions { Size = query.Length });
        return result;
    }

    public void Dispose() => cache?.Dispose();
}
