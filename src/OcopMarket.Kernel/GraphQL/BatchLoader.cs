using GraphQL.DataLoader;

namespace OcopMarket.Kernel.GraphQL;

/// <summary>
/// Collects the keys that resolvers ask for and fetches them in one query when the engine first needs a value
/// (GraphQL.NET resolves IDataLoaderResult after the other fields of the level). Scoped to one request; caches
/// what it fetched. The GraphQL.DataLoader package is not served here, and this is all we need of it.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> loaded = new();
    private readonly HashSet<TKey> pending = new();

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        if (!loaded.ContainsKey(key)) pending.Add(key);
        return new Result(this, key);
    }

    public bool IsLoaded(TKey key) => loaded.ContainsKey(key);

    /// <summary>Stores a value another query already read, so asking for it later costs nothing.</summary>
    public void Prime(TKey key, TValue value)
    {
        loaded.TryAdd(key, value);
        pending.Remove(key);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken ct)
    {
        if (pending.Count > 0)
        {
            var keys = pending.ToList();
            pending.Clear();
            var values = await fetch(keys, ct);
            foreach (var (k, v) in values) loaded[k] = v;
        }
        return loaded.TryGetValue(key, out var value) ? value : default;
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await loader.GetAsync(key, cancellationToken);
    }
}

public static class DataLoaderResultExtensions
{
    /// <summary>Maps a pending loader result without awaiting it, so batching still happens.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> map) =>
        new Mapped<TIn, TOut>(result, map);

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
