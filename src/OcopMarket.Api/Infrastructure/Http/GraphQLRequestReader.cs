using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Extensions.Primitives;
using OcopMarket.Infrastructure.GraphQL;
using OcopMarket.Kernel.GraphQL;

namespace OcopMarket.Infrastructure.Http;

/// <summary>A GraphQL-over-HTTP request as read from GET parameters or a JSON body, before any GraphQL parsing. Query is
/// null only for a persisted query sent by its hash alone (extensions.persistedQuery).</summary>
public sealed record HttpGraphQLRequest(string? Query, string? OperationName, JsonElement? Variables, JsonElement? Extensions)
{
    /// <summary>Files of a multipart request and the variable paths ("variables.input.file") each goes to.</summary>
    public IReadOnlyList<(string[] Path, UploadedFile File)> Files { get; init; } = [];
}

/// <summary>The outcome of reading a request: either a request, or an HTTP status with a reason (and a code when it is
/// not the status's usual one).</summary>
public readonly record struct ReadResult(HttpGraphQLRequest? Request, int Status, string? Error, string? Code = null)
{
    public static ReadResult Ok(HttpGraphQLRequest request) => new(request, 200, null);
    public static ReadResult Fail(int status, string error, string? code = null) => new(null, status, error, code);
    public static ReadResult Fail((string Code, string Message) problem) => new(null, 400, problem.Message, problem.Code);
    public static ReadResult InvalidText(string message) => new(null, 400, message, ErrorCodes.InvalidText);
}

/// <summary>
/// Reads the request parameters defined by the GraphQL-over-HTTP spec. Unknown keys are ignored; each known key must
/// have its specified type (query: string; operationName: string or null; variables, extensions: map or null), and
/// all their text must pass <see cref="RequestText"/> (400 INVALID_TEXT otherwise).
/// </summary>
public static class GraphQLRequestReader
{
    public static ReadResult FromQueryString(IQueryCollection query)
    {
        var text = Single(query["query"]);
        if (!string.IsNullOrEmpty(text) && RequestText.Problem(text) is { } problem) return ReadResult.InvalidText($"The 'query' parameter {problem}.");
        var variables = ParseMap(Single(query["variables"]), "variables", out var error);
        if (error != null) return ReadResult.Fail(400, error);
        if (variables is { } v && RequestText.JsonProblem(v, "variables") is { } inVariables) return ReadResult.Fail(inVariables);
        var extensions = ParseMap(Single(query["extensions"]), "extensions", out error);
        if (error != null) return ReadResult.Fail(400, error);
        if (extensions is { } x && RequestText.JsonProblem(x, "extensions") is { } inExtensions) return ReadResult.Fail(inExtensions);
        // Without a query, only a persisted query's hash will do (Edge/PersistedQueries).
        if (string.IsNullOrEmpty(text) && !Edge.PersistedQueries.IsPresent(extensions)) return ReadResult.Fail(400, "The 'query' parameter is required.");
        var operationName = Single(query["operationName"]);
        if (operationName != null && RequestText.Problem(operationName) is { } inName)
            return ReadResult.InvalidText($"The 'operationName' parameter {inName}.");
        return ReadResult.Ok(new HttpGraphQLRequest(string.IsNullOrEmpty(text) ? null : text, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions));
    }

    public static async Task<ReadResult> FromBodyAsync(HttpRequest request, int maxBytes, int maxQueryBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes) return ReadResult.Fail(413, $"The request body exceeds {maxBytes} bytes.");
        var body = await ReadLimitedAsync(request.Body, maxBytes, ct);
        if (body == null) return ReadResult.Fail(413, $"The request body exceeds {maxBytes} bytes.");
        if (body.Length == 0) return ReadResult.Fail(400, "The request body is empty; send a JSON object with a 'query'.");
        return FromJsonBytes(body, maxQueryBytes);
    }

    /// <summary>The parameters of a JSON body (a POST body, or a multipart request's "operations" field).</summary>
    public static ReadResult FromJsonBytes(byte[] body, int maxQueryBytes)
    {
        // JsonDocument.Parse does not check the bytes inside strings; reading them later would throw.
        if (!Utf8.IsValid(body)) return ReadResult.InvalidText("The request body is not valid UTF-8.");

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return ReadResult.Fail(400, "The request body is not valid JSON.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return ReadResult.Fail(400, "The request body must be a JSON object.");
            string? query = null;
            if (root.TryGetProperty("query", out var queryElement) && queryElement.ValueKind != JsonValueKind.Null)
            {
                if (queryElement.ValueKind != JsonValueKind.String) return ReadResult.Fail(400, "The 'query' parameter must be a string.");
                if (RequestText.JsonProblem(queryElement, "The 'query' parameter") is { } inQuery) return ReadResult.Fail(inQuery);
                query = queryElement.GetString()!;
                if (Encoding.UTF8.GetByteCount(query) > maxQueryBytes)
                    return ReadResult.Fail(413, $"The query document exceeds {maxQueryBytes} bytes.");
            }

            string? operationName = null;
            if (root.TryGetProperty("operationName", out var op))
            {
                if (op.ValueKind == JsonValueKind.String)
                {
                    if (RequestText.JsonProblem(op, "The 'operationName' parameter") is { } inName) return ReadResult.Fail(inName);
                    operationName = op.GetString();
                }
                else if (op.ValueKind != JsonValueKind.Null) return ReadResult.Fail(400, "The 'operationName' parameter must be a string.");
            }
            if (!TryMap(root, "variables", out var variables, out var error, out var code)) return ReadResult.Fail(400, error!, code);
            if (!TryMap(root, "extensions", out var extensions, out error, out code)) return ReadResult.Fail(400, error!, code);
            // Without a query, only a persisted query's hash will do (Edge/PersistedQueries).
            if (query == null && !Edge.PersistedQueries.IsPresent(extensions))
                return ReadResult.Fail(400, "The 'query' parameter is required and must be a string.");
            return ReadResult.Ok(new HttpGraphQLRequest(query, operationName, variables, extensions));
        }
    }

    private static bool TryMap(JsonElement root, string name, out JsonElement? value, out string? error, out string? code)
    {
        value = null;
        error = null;
        code = null;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null) return true;
        if (element.ValueKind != JsonValueKind.Object)
        {
            error = $"The '{name}' parameter must be a JSON object.";
            return false;
        }
        if (RequestText.JsonProblem(element, name) is { } found)
        {
            (code, error) = found;
            return false;
        }
        value = element.Clone();
        return true;
    }

    private static JsonElement? ParseMap(string? text, string name, out string? error)
    {
        error = null;
        if (string.IsNullOrEmpty(text)) return null;
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind == JsonValueKind.Null) return null;
            if (doc.RootElement.ValueKind == JsonValueKind.Object) return doc.RootElement.Clone();
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
        }
        error = $"The '{name}' parameter must be a URL-encoded JSON object.";
        return null;
    }

    private static string? Single(StringValues values) => values.Count == 1 ? values[0] : values.Count == 0 ? null : values[^1];

    /// <summary>Reads at most maxBytes; returns null when the stream holds more, without reading the rest.</summary>
    internal static async Task<byte[]?> ReadLimitedAsync(Stream stream, int maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
