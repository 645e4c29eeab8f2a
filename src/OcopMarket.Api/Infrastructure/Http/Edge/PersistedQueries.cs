using System.Text.Json;

namespace OcopMarket.Infrastructure.Http.Edge;

/// <summary>The query text to run for a request, or the error to answer instead.</summary>
public readonly record struct ResolvedQuery(string? Query, string? RegisterHash, int Status, string? Error, string? Code)
{
    public static ResolvedQuery Run(string query, string? registerHash = null) => new(query, registerHash, 200, null, null);
    public static ResolvedQuery Fail(int status, string code, string message) => new(null, null, status, message, code);
}

/// <summary>
/// Apollo's automatic persisted queries (github.com/apollographql/apollo-link-persisted-queries#protocol):
/// extensions.persistedQuery = { version: 1, sha256Hash: "&lt;hex&gt;" } in a POST body or the GET "extensions" parameter.
/// - hash only, known: runs the registered document (over GET, a short URL that a CDN can cache);
/// - hash only, unknown: 200 with the error "PersistedQueryNotFound" (code PERSISTED_QUERY_NOT_FOUND), as Apollo
///   Server answers, so Apollo Client's and urql's persisted-query links send the query again with its hash;
/// - query and hash: the hash must be the SHA-256 of the query (400 PERSISTED_QUERY_HASH_MISMATCH otherwise); the
///   document is registered once it has parsed and validated.
/// In Trusted mode nothing is registered and only documents in the manifest or the registry run, sent by hash or in
/// full; any other text is 400 PERSISTED_QUERY_REQUIRED. With Mode Off the extension is refused.
/// </summary>
public static class PersistedQueries
{
    public const string Extension = "persistedQuery";
    public const string NotFoundMessage = "PersistedQueryNotFound";
    public const string NotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string HashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string NotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";
    public const string Required = "PERSISTED_QUERY_REQUIRED";

    public static bool IsPresent(JsonElement? extensions) =>
        extensions is { ValueKind: JsonValueKind.Object } x && x.TryGetProperty(Extension, out _);

    public static async ValueTask<ResolvedQuery> ResolveAsync(HttpGraphQLRequest request, PersistedQueryStore store, CancellationToken ct)
    {
        string? hash = null;
        if (IsPresent(request.Extensions))
        {
            if (store.Mode == PersistedQueryMode.Off)
                return ResolvedQuery.Fail(400, NotSupported, "PersistedQueryNotSupported: this API does not run persisted queries.");
            if (ReadHash(request.Extensions!.Value.GetProperty(Extension)) is not { } valid)
                return ResolvedQuery.Fail(400, ErrorCodes.BadRequest,
                    "extensions.persistedQuery must be { \"version\": 1, \"sha256Hash\": \"<64 hex digits>\" }.");
            hash = valid;
        }

        if (request.Query is not { } query)
        {
            // The reader lets a request without query through only with the extension.
            return await store.FindAsync(hash!, ct) is { } registered
                ? ResolvedQuery.Run(registered)
                : ResolvedQuery.Fail(200, NotFound, NotFoundMessage);
        }

        if (hash != null && PersistedQueryStore.Hash(query) != hash)
            return ResolvedQuery.Fail(400, HashMismatch, "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query.");
        if (store.Mode == PersistedQueryMode.Trusted)
        {
            return await store.FindAsync(hash ?? PersistedQueryStore.Hash(query), ct) != null
                ? ResolvedQuery.Run(query)
                : ResolvedQuery.Fail(400, Required,
                    "This API runs only registered operations (trusted documents): send the sha256Hash of a registered document in extensions.persistedQuery.");
        }
        return ResolvedQuery.Run(query, hash);
    }

    /// <summary>The lower-case hash of a version-1 extension, or null when the extension is malformed.</summary>
    private static string? ReadHash(JsonElement persisted)
    {
        if (persisted.ValueKind != JsonValueKind.Object) return null;
        if (!persisted.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number
            || !version.TryGetInt32(out var v) || v != 1) return null;
        if (!persisted.TryGetProperty("sha256Hash", out var hashElement) || hashElement.ValueKind != JsonValueKind.String) return null;
        var hash = hashElement.GetString()!;
        return hash.Length == 64 && hash.All(char.IsAsciiHexDigit) ? hash.ToLowerInvariant() : null;
    }
}
