using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Npgsql;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace OcopMarket.Infrastructure.Http.Edge;

public enum PersistedQueryMode
{
    /// <summary>Apollo's automatic persisted queries: any valid document sent with its hash is registered.</summary>
    Automatic,
    /// <summary>Trusted documents: only documents in the manifest or already in the registry run; nothing is registered.</summary>
    Trusted,
    /// <summary>No persisted queries: the extension is refused with PERSISTED_QUERY_NOT_SUPPORTED.</summary>
    Off,
}

/// <summary>Bound from "PersistedQueries" (see README, Integrators).</summary>
public sealed class PersistedQueryOptions
{
    public PersistedQueryMode Mode { get; set; } = PersistedQueryMode.Automatic;
    /// <summary>A JSON object of sha256 hex → document, as GraphQL Code Generator's client preset writes with
    /// persistedDocuments: true (persisted-documents.json). Loaded at start; every hash is checked.</summary>
    public string? ManifestPath { get; set; }
    /// <summary>Total characters of registered documents kept in this process in front of PostgreSQL.</summary>
    public int CacheChars { get; set; } = 2_000_000;
}

/// <summary>
/// The registry of persisted documents, by the SHA-256 (lower-case hex) of their text. API nodes are stateless and
/// scale out, so a document registered on one must be found on the others: the registry is a table in PostgreSQL
/// (ocop_persisted_query, owned by the host), with an in-process cache in front (documents never change under a hash,
/// so the cache needs no invalidation) and the trusted manifest, if any, in memory. Stored documents are bounded by
/// GraphQL:MaxQueryBytes, because only a document the endpoint accepted is ever registered.
/// </summary>
public sealed class PersistedQueryStore : IDisposable
{
    public const string TableName = "ocop_persisted_query";

    private readonly NpgsqlDataSource db;
    private readonly DatabaseSchema schema;
    private readonly TimeProvider clock;
    private readonly ILogger<PersistedQueryStore> logger;
    private readonly MemoryCache cache;
    private readonly IReadOnlyDictionary<string, string> manifest;

    public PersistedQueryStore(NpgsqlDataSource db, DatabaseSchema schema, TimeProvider clock, IOptions<PersistedQueryOptions> options,
        TrustedManifest manifest, ILogger<PersistedQueryStore> logger)
    {
        this.db = db;
        this.schema = schema;
        this.clock = clock;
        this.logger = logger;
        Mode = options.Value.Mode;
        cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.CacheChars), CompactionPercentage = 0.25 });
        this.manifest = manifest.Documents;
    }

    public PersistedQueryMode Mode { get; }

    public static Table DefineTable(string schemaName)
    {
        var table = new Table(new PostgresqlObjectName(schemaName, TableName));
        table.AddColumn<string>("hash").AsPrimaryKey();
        table.AddColumn<string>("query").NotNull();
        table.AddColumn<DateTimeOffset>("registered_at").NotNull();
        return table;
    }

    public static string Hash(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    /// <summary>The document registered under the hash, or null.</summary>
    public async ValueTask<string?> FindAsync(string hash, CancellationToken ct)
    {
        if (manifest.TryGetValue(hash, out var trusted)) return trusted;
        if (cache.TryGetValue(hash, out string? cached)) return cached;
        await using var command = db.CreateCommand($"select query from {schema.Table(TableName)} where hash = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = hash });
        if (await command.ExecuteScalarAsync(ct) is not string query) return null;
        Remember(hash, query);
        return query;
    }

    /// <summary>Stores a document whose hash the caller has checked. A failure to store costs only this node's cache.</summary>
    public async Task RegisterAsync(string hash, string query, CancellationToken ct)
    {
        if (cache.TryGetValue(hash, out _) || manifest.ContainsKey(hash)) return;
        Remember(hash, query);
        try
        {
            await using var command = db.CreateCommand(
                $"insert into {schema.Table(TableName)} (hash, query, registered_at) values ($1, $2, $3) on conflict (hash) do nothing");
            command.Parameters.Add(new NpgsqlParameter { Value = hash });
            command.Parameters.Add(new NpgsqlParameter { Value = query });
            command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException)
        {
            logger.LogWarning(e, "Could not store persisted query {Hash}; other nodes will ask the client for it again", hash);
        }
    }

    private void Remember(string hash, string query) =>
        cache.Set(hash, query, new MemoryCacheEntryOptions { Size = Math.Max(1, query.Length) });

    public void Dispose() => cache.Dispose();
}

/// <summary>The trusted documents of PersistedQueries:ManifestPath, read and checked once at start.</summary>
public sealed class TrustedManifest
{
    public TrustedManifest(IOptions<PersistedQueryOptions> options, IOptions<QueryLimits> limits)
    {
        Documents = options.Value.ManifestPath is { Length: > 0 } path ? LoadManifest(path, limits.Value.MaxQueryBytes) : new Dictionary<string, string>();
    }

    public IReadOnlyDictionary<string, string> Documents { get; }

    private static Dictionary<string, string> LoadManifest(string path, int maxQueryBytes)
    {
        if (!File.Exists(path)) throw new InvalidOperationException($"PersistedQueries:ManifestPath: no file at {path}.");
        Dictionary<string, string>? entries;
        try
        {
            entries = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"PersistedQueries:ManifestPath: {path} is not a JSON object of hash → document ({e.Message}).");
        }
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, document) in entries ?? [])
        {
            // The client preset can prefix the algorithm ("sha256:…"); only SHA-256 is spoken here.
            var hash = (key.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) ? key[7..] : key).ToLowerInvariant();
            if (PersistedQueryStore.Hash(document) != hash)
                throw new InvalidOperationException($"PersistedQueries:ManifestPath: the entry {key} is not the SHA-256 of its document.");
            if (Encoding.UTF8.GetByteCount(document) > maxQueryBytes)
                throw new InvalidOperationException($"PersistedQueries:ManifestPath: the entry {key} exceeds GraphQL:MaxQueryBytes.");
            result[hash] = document;
        }
        return result;
    }
}
