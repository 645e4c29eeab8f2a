using System.Text;
using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using OcopMarket.Kernel.GraphQL;

namespace OcopMarket.Infrastructure.Http;

/// <summary>
/// The GraphQL multipart request specification (github.com/jaydenseric/graphql-multipart-request-spec), as Apollo
/// Upload, urql and graphql-request clients send it: a multipart/form-data POST whose "operations" field is the usual
/// JSON request, whose "map" field says which variable each file goes to ({"0": ["variables.input.file"]}), and whose
/// other parts are the files. Its size limit (GraphQL:MaxUploadBytes) is its own, apart from the JSON body's. Batched
/// operations (an array) are not supported. Like every request here, it is authenticated by a header, never a cookie,
/// so a form posted from another site (multipart is a CORS-simple type) can only act anonymously.
/// </summary>
public static class MultipartRequests
{
    public static bool IsMultipart(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && string.Equals(media.MediaType.Value, "multipart/form-data", StringComparison.OrdinalIgnoreCase);

    public static async Task<ReadResult> ReadAsync(HttpRequest request, int maxBytes, int maxQueryBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes) return ReadResult.Fail(413, $"The upload exceeds {maxBytes} bytes.");
        // Kestrel's own body limit (30 MB by default) gives way to this one; the reader below enforces it.
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
            bodyLimit.MaxRequestBodySize = maxBytes;
        var boundary = MediaTypeHeaderValue.Parse(request.ContentType).Boundary.Value?.Trim('"');
        if (string.IsNullOrEmpty(boundary)) return ReadResult.Fail(400, "A multipart request needs a boundary in its Content-Type.");

        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = maxBytes };
        ReadResult operations = default;
        Dictionary<string, string[]>? map = null;
        var files = new List<(string[] Path, UploadedFile File)>();
        var total = 0;
        try
        {
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || disposition.Name.Value is not { } name)
                    return ReadResult.Fail(400, "Every part of a multipart request needs a Content-Disposition with a name.");
                name = name.Trim('"');
                var content = await GraphQLRequestReader.ReadLimitedAsync(section.Body, maxBytes - total, ct);
                if (content == null) return ReadResult.Fail(413, $"The upload exceeds {maxBytes} bytes.");
                total += content.Length;
                if (operations.Request == null && operations.Error == null)
                {
                    if (name != "operations") return ReadResult.Fail(400, "The first part of a multipart request must be 'operations'.");
                    operations = content.Length > 0 && content[0] == (byte)'['
                        ? ReadResult.Fail(400, "Batched operations are not supported; send one operation per request.")
                        : ReadOperations(content, maxQueryBytes);
                    if (operations.Request == null) return operations;
                }
                else if (map == null)
                {
                    if (name != "map") return ReadResult.Fail(400, "The second part of a multipart request must be 'map'.");
                    map = ReadMap(content, out var error);
                    if (map == null) return ReadResult.Fail(400, error!);
                }
                else if (map.TryGetValue(name, out var paths))
                {
                    var file = new UploadedFile(disposition.FileName.Value?.Trim('"') ?? name, section.ContentType ?? "application/octet-stream", content);
                    files.AddRange(paths.Select(p => (p.Split('.')[1..], file)));
                    map.Remove(name);
                }
            }
        }
        catch (InvalidDataException)
        {
            // MultipartReader: a malformed body, or one past BodyLengthLimit.
            return ReadResult.Fail(400, "The multipart body could not be read (malformed, or larger than allowed).");
        }
        if (operations.Request == null) return ReadResult.Fail(400, "A multipart request needs an 'operations' part.");
        if (map == null) return ReadResult.Fail(400, "A multipart request needs a 'map' part.");
        if (map.Count > 0) return ReadResult.Fail(400, $"The map names files that were not sent: {string.Join(", ", map.Keys)}.");
        return ReadResult.Ok(operations.Request with { Files = files });
    }

    /// <summary>Puts each file into the variables at its path; false (with the reason) when a path does not lead to a
    /// null placeholder the client left for it.</summary>
    public static bool TryApply(Inputs? variables, IReadOnlyList<(string[] Path, UploadedFile File)> files, out Inputs? result, out string? error)
    {
        result = variables;
        error = null;
        if (files.Count == 0) return true;
        var root = variables == null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(variables);
        foreach (var (path, file) in files)
        {
            object? container = root;
            for (var i = 0; i < path.Length; i++)
            {
                var last = i == path.Length - 1;
                switch (container)
                {
                    case IDictionary<string, object?> obj when obj.ContainsKey(path[i]):
                        if (last) obj[path[i]] = file;
                        else container = obj[path[i]];
                        break;
                    case IList<object?> list when int.TryParse(path[i], out var index) && index >= 0 && index < list.Count:
                        if (last) list[index] = file;
                        else container = list[index];
                        break;
                    default:
                        error = $"The map path 'variables.{string.Join('.', path)}' is not in the variables (send null there).";
                        return false;
                }
            }
        }
        result = new Inputs(root);
        return true;
    }

    private static ReadResult ReadOperations(byte[] content, int maxQueryBytes)
    {
        var read = GraphQLRequestReader.FromJsonBytes(content, maxQueryBytes);
        return read.Request == null && read.Error != null ? read with { Error = "operations: " + read.Error } : read;
    }

    private static Dictionary<string, string[]>? ReadMap(byte[] content, out string? error)
    {
        error = "The 'map' part must be a JSON object of file keys to lists of paths starting with 'variables.'.";
        try
        {
            var map = JsonSerializer.Deserialize<Dictionary<string, string[]>>(content);
            if (map == null || map.Values.Any(paths => paths.Length == 0 || paths.Any(p => !p.StartsWith("variables.", StringComparison.Ordinal) || p.Length <= 10)))
                return null;
            error = null;
            return map;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
