using System.Buffers.Text;
using System.Security.Cryptography;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using OcopMarket.Identity.Http;

namespace OcopMarket.Infrastructure.Http.Edge;

/// <summary>
/// Writes a GraphQL result with the headers caches and browsers need.
///
/// Caching: a response is public (Cache-Control: public, max-age=Http:Caching:MaxAgeSeconds, a strong ETag, 304 on a
/// matching If-None-Match) only when it is a GET, the request carries no credential at all (no Authorization, no
/// X-Api-Key, no Cookie), the operation is a query and the result has no error. Everything else is
/// "private, no-store": a token or key may see more than the public (drafts, its own orders), and an error may be
/// passing. Vary names every request header the answer depends on: Accept (media type), Accept-Encoding,
/// Accept-Language (messages), and Origin when CORS echoes it.
///
/// Compression (BREACH): a compressed body's length leaks whether attacker-chosen text (a reflected variable) matches a
/// secret elsewhere in the same body. So only responses that hold no secret are compressed: queries from callers
/// without a bearer token (anonymous or API key: the public catalog and a shop's own listing reads). Mutations are
/// never compressed (login and registerBuyer return a token next to the e-mail sent; createApiKey returns the key),
/// nor is anything a bearer token reads (me, carts, orders). Bodies under Http:Compression:MinBytes go as they are.
/// </summary>
public sealed class EdgeResponse(IOptions<HttpEdgeOptions> options, IConfiguration configuration)
{
    private readonly string vary = EdgeCors.EchoesOrigin(configuration)
        ? "Accept, Accept-Encoding, Accept-Language, Origin"
        : "Accept, Accept-Encoding, Accept-Language";

    public const string NoStore = "private, no-store";

    /// <summary>Every /graphql answer starts as not cacheable; <see cref="WriteAsync"/> makes the public ones public.</summary>
    public void Prepare(HttpResponse response)
    {
        response.Headers.CacheControl = NoStore;
        AppendVary(response, vary);
    }

    public static bool HasCredentials(HttpRequest request) =>
        request.Headers.Authorization.Count > 0 || request.Headers.ContainsKey(AuthenticationMiddleware.ApiKeyHeader)
                                                || request.Headers.Cookie.Count > 0;

    public async Task WriteAsync(HttpContext http, ExecutionResult result, int status, string mediaType, IGraphQLTextSerializer serializer)
    {
        var settings = options.Value;
        var request = http.Request;
        var response = http.Response;
        using var buffer = new MemoryStream(16 * 1024);
        await serializer.WriteAsync(buffer, result, http.RequestAborted);
        var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);

        var isQuery = result.Executed && (result.Operation?.Operation ?? OperationType.Query) == OperationType.Query;
        var encoding = settings.Compression.Enabled && isQuery && body.Length >= settings.Compression.MinBytes
                       && request.Headers.Authorization.Count == 0
            ? BodyCompression.Choose(request.Headers.AcceptEncoding)
            : null;
        var cacheable = status == StatusCodes.Status200OK && HttpMethods.IsGet(request.Method) && isQuery
                        && result.Errors is not { Count: > 0 } && !HasCredentials(request) && settings.Caching.MaxAgeSeconds > 0;

        response.StatusCode = status;
        if (cacheable)
        {
            var tag = Tag(body.Span);
            response.Headers.CacheControl = $"public, max-age={settings.Caching.MaxAgeSeconds}";
            response.Headers.ETag = $"\"{tag}{(encoding == null ? "" : "." + encoding)}\"";
            if (Matches(request.Headers.IfNoneMatch, tag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }
        response.ContentType = mediaType + "; charset=utf-8";
        if (encoding != null)
        {
            var compressed = BodyCompression.Compress(body.Span, encoding, settings.Compression);
            response.Headers.ContentEncoding = encoding;
            response.ContentLength = compressed.Length;
            await response.Body.WriteAsync(compressed, http.RequestAborted);
            return;
        }
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, http.RequestAborted);
    }

    /// <summary>128 bits of the body's SHA-256, base64url: the same JSON gives the same tag on every API node.</summary>
    private static string Tag(ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(body, hash);
        return Base64Url.EncodeToString(hash[..16]);
    }

    /// <summary>
    /// If-None-Match against the body's tag, whatever encoding the client's copy had (".br"/".gzip" suffix): the
    /// content is the same, and a cache keyed by Vary: Accept-Encoding keeps the representations apart. "*" matches.
    /// </summary>
    private static bool Matches(StringValues ifNoneMatch, string tag)
    {
        foreach (var header in ifNoneMatch)
        {
            foreach (var raw in (header ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (raw == "*") return true;
                var value = raw.StartsWith("W/", StringComparison.Ordinal) ? raw[2..] : raw;
                value = value.Trim('"');
                var dot = value.IndexOf('.');
                if ((dot < 0 ? value : value[..dot]) == tag) return true;
            }
        }
        return false;
    }

    /// <summary>Adds the names to Vary without repeating one already there (the CORS middleware adds Origin).</summary>
    private static void AppendVary(HttpResponse response, string names)
    {
        var present = response.Headers.Vary.ToString();
        var missing = names.Split(", ").Where(n => !present.Split(',').Any(p => p.Trim().Equals(n, StringComparison.OrdinalIgnoreCase)));
        var all = string.Join(", ", new[] { present }.Where(p => p.Length > 0).Concat(missing));
        response.Headers.Vary = all;
    }
}
