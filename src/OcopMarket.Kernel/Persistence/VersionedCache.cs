using Microsoft.Extensions.Caching.Memory;

namespace OcopMarket.Kernel.Persistence;

/// <summary>
/// Deserialised documents kept in this process with the revision (Marten's numeric mt_version) they were read at.
/// A reader asks for a document at the revision the database has just returned for it, so a hit is never stale,
/// whichever API process saved the change: a newer revision simply misses. Bounded by entry count (least recently
/// used go first when full); capacity 0 turns it off. Cached objects are shared across requests: read them, never
/// change them.
/// </summary>
public sealed class VersionedCache<T> : IDisposable where T : class
{
    private sealed record Entry(int Version, T Value);

    private readonly MemoryCache? cache;

    public VersionedCache(int capacity)
    {
        if (capacity > 0) cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = capacity, CompactionPercentage = 0.1 });
    }

    public T? Get(Guid id, int version) =>
        cache != null && cache.TryGetValue(id, out Entry? entry) && entry!.Version == version ? entry.Value : null;

    public void Set(Guid id, int version, T value) =>
        cache?.Set(id, new Entry(version, value), new MemoryCacheEntryOptions { Size = 1 });

    public void Dispose() => cache?.Dispose();
}
