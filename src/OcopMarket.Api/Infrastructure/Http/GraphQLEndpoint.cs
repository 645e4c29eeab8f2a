using System.Text.Json;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using OcopMarket.Infrastructure.GraphQL;
using OcopMarket.Infrastructure.Http.Edge;
using OcopMarket.Kernel.GraphQL;
using OcopMarket.Identity;
using OcopMarket.Identity.Http;

namespace OcopMarket.Infrastructure.Http;

/// <summary>
/// GraphQL over HTTP (graphql.github.io/graphql-over-http): GET for queries, POST for everything, responses in
/// application/graphql-response+json or application/json by the Accept header. Request-level faults (bad JSON, missing
/// query, wrong parameter types) are 400; with graphql-response+json a document that fails to parse or validate is 400
/// too, with application/json it is 200 as the spec asks of legacy clients.
/// </summary>
public static class GraphQLEndpoint
{
    public const string Path = ApiPaths.GraphQL;

    public static void MapGraphQL(this IEndpointRouteBuilder app)
    {
        app.MapMethods(Path, ["GET", "POST"], HandleAsync);
        app.MapMethods(Path, ["PUT", "PATCH", "DELETE"], context =>
        {
            context.Response.Headers.Allow = "GET, POST";
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return Task.CompletedTask;
        });
    }

    private static async Task HandleAsync(HttpContext http, IDocumentExecuter<ISchema> executer,
        IGraphQLTextSerializer serializer, IOptions<QueryLimits> limitOptions, DocumentCache documents,
        IHostApplicationLifetime lifetime, EdgeResponse edge, PersistedQueryStore persisted, ISchema schema, RateLimitOptions rateLimits)
    {
        var limits = limitOptions.Value;
        edge.Prepare(http.Response);
        var isGet = HttpMethods.IsGet(http.Request.Method);
        // GraphQL over SSE (GraphQLSse): a POST that accepts text/event-stream; errors before the stream are JSON.
        var streaming = !isGet && GraphQLSse.IsRequested(http.Request.Headers.Accept.ToString());
        var mediaType = streaming ? MediaTypes.Json : MediaTypes.Negotiate(http.Request.Headers.Accept.ToString());
        if (mediaType == null)
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status406NotAcceptable, MediaTypes.Json,
                $"Acceptable response types are {MediaTypes.GraphQLResponse} and {MediaTypes.Json}.");
            return;
        }

        var isMultipart = !isGet && MultipartRequests.IsMultipart(http.Request.ContentType);
        if (!isGet && !isMultipart && !MediaTypes.IsJsonRequest(http.Request.ContentType))
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status415UnsupportedMediaType, mediaType,
                "POST requests must have Content-Type: application/json (UTF-8), or multipart/form-data for file uploads.");
            return;
        }

        // A file upload is buffered whole before the operation runs; only a signed-in user or an API key may send one,
        // so anonymous callers cannot make the process hold 32 MiB bodies (the operation would refuse them anyway).
        if (isMultipart && http.User.Identity?.IsAuthenticated != true)
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status401Unauthorized, mediaType,
                "File uploads need a signed-in user (Authorization: Bearer) or an API key.", ErrorCodes.Unauthenticated);
            return;
        }

        var read = isGet
            ? GraphQLRequestReader.FromQueryString(http.Request.Query)
            : isMultipart
                ? await MultipartRequests.ReadAsync(http.Request, limits.MaxUploadBytes, limits.MaxQueryBytes, http.RequestAborted)
                : await GraphQLRequestReader.FromBodyAsync(http.Request, limits.MaxRequestBytes, limits.MaxQueryBytes, http.RequestAborted);
        if (read.Request is not { } request)
        {
            var code = read.Code ?? (read.Status == StatusCodes.Status413PayloadTooLarge ? ErrorCodes.QueryTooLarge : ErrorCodes.BadRequest);
            await WriteRequestErrorAsync(http, read.Status, mediaType, read.Error!, code);
            return;
        }
        if (isGet && request.Query != null && System.Text.Encoding.UTF8.GetByteCount(request.Query) > limits.MaxQueryBytes)
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status413PayloadTooLarge, mediaType,
                $"The query document exceeds {limits.MaxQueryBytes} bytes.", ErrorCodes.QueryTooLarge);
            return;
        }

        var resolved = await PersistedQueries.ResolveAsync(request, persisted, http.RequestAborted);
        if (resolved.Query is not { } query)
        {
            await WriteRequestErrorAsync(http, resolved.Status, mediaType, resolved.Error!, resolved.Code!);
            return;
        }

        if (RequestText.DocumentProblem(query) is { } textProblem)
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, textProblem, ErrorCodes.InvalidText);
            return;
        }
        if (!TryReadInputs(serializer, request, out var variables, out var extensions))
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status400BadRequest, mediaType,
                "The 'variables' or 'extensions' could not be read as GraphQL inputs.", ErrorCodes.BadRequest);
            return;
        }
        if (!MultipartRequests.TryApply(variables, request.Files, out variables, out var uploadProblem))
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, uploadProblem!, ErrorCodes.BadRequest);
            return;
        }

        // GET may not run a mutation: find out before executing anything (the executer parses, or takes the
        // document from the DocumentCache, itself).
        if (isGet && (documents.Find(query) ?? TryParse(query)) is { } document &&
            SelectedOperation(document, request.OperationName)?.Operation is OperationType.Mutation or OperationType.Subscription)
        {
            http.Response.Headers.Allow = "POST";
            await WriteRequestErrorAsync(http, StatusCodes.Status405MethodNotAllowed, mediaType,
                "Mutations must be sent with POST.", ErrorCodes.BadRequest);
            return;
        }

        // A subscription runs as a stream (text/event-stream) or not at all; it is not bound by the request timeout.
        var isSubscription = query.Contains("subscription", StringComparison.Ordinal) && (documents.Find(query) ?? TryParse(query)) is { } streamDocument
            && SelectedOperation(streamDocument, request.OperationName) is { Operation: OperationType.Subscription };
        if (isSubscription && !streaming)
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status400BadRequest, mediaType,
                $"Subscriptions are sent with POST and Accept: {GraphQLSse.MediaType} (GraphQL over SSE).", ErrorCodes.OperationNotSupported);
            return;
        }

        // Rate limits count operations: the middleware took one; the rest of a mutation request's root fields (aliases
        // included) and bulk items are taken here, all or none, before anything runs. A document without the word
        // "mutation" cannot hold one, so queries are not parsed twice.
        if (!isGet && query.Contains("mutation", StringComparison.Ordinal) && (documents.Find(query) ?? TryParse(query)) is { } mutationDocument
            && SelectedOperation(mutationDocument, request.OperationName) is { Operation: OperationType.Mutation } mutation)
        {
            schema.Initialize();
            var operations = OperationCount.Of(mutation, mutationDocument, schema, variables, rateLimits.BulkItemsPerOperation);
            var (allowed, retryAfter, perMinute) = await RateLimitMiddleware.TryTakeMoreAsync(http, operations - 1);
            if (!allowed)
            {
                await RateLimitMiddleware.RefuseAsync(http, operations > perMinute ? TimeSpan.FromSeconds(60) : retryAfter,
                    operations > perMinute
                        ? $"This request counts {operations} operations, more than the {perMinute} allowed per minute; split it."
                        : $"This request counts {operations} operations and the rate limit has fewer left this minute; retry after the number of seconds in Retry-After.");
                return;
            }
        }

        // Parsing, validation and execution stop when the client leaves, when the request has taken
        // RequestTimeoutMilliseconds, or when the process is asked to stop (so shutdown never waits on a request).
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        if (!isSubscription) stop.CancelAfter(limits.RequestTimeoutMilliseconds);
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(options =>
            {
                options.Query = query;
                options.OperationName = request.OperationName;
                options.Variables = variables;
                options.Extensions = extensions;
                options.User = http.User;
                options.RequestServices = http.RequestServices;
                options.CancellationToken = stop.Token;
            });
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            if (http.RequestAborted.IsCancellationRequested) return; // nobody is left to answer
            http.Response.Headers.RetryAfter = "5";
            await WriteRequestErrorAsync(http, StatusCodes.Status503ServiceUnavailable, mediaType,
                lifetime.ApplicationStopping.IsCancellationRequested
                    ? "The server is shutting down; send the request again."
                    : $"The request took longer than {limits.RequestTimeoutMilliseconds} ms and was stopped; ask for less.",
                ErrorCodes.Timeout);
            return;
        }

        if (streaming && result.Executed)
        {
            await GraphQLSse.WriteAsync(http, result, serializer, TimeSpan.FromMilliseconds(limits.StreamHeartbeatMilliseconds),
                stop.Token, lifetime.ApplicationStopping);
            return;
        }

        // Executed == false: the document did not parse, validate or coerce its variables.
        var status = !result.Executed && (streaming || mediaType == MediaTypes.GraphQLResponse) ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        if (result.Errors?.Any(e => e.Code == ErrorCodes.ServiceUnavailable) == true)
        {
            // The database could not serve a field (see ErrorMasking): the request may be retried as a whole.
            status = StatusCodes.Status503ServiceUnavailable;
            EdgeErrorMiddleware.SetRetryAfter(http);
        }
        // Registered only once it parsed and validated: the registry never holds a document that cannot run.
        if (resolved.RegisterHash is { } hash && result.Executed) await persisted.RegisterAsync(hash, query, http.RequestAborted);
        await edge.WriteAsync(http, result, status, mediaType, serializer);
    }

    /// <summary>
    /// Variables and extensions as GraphQL inputs. The reader has checked their text and keys; anything the converter
    /// still refuses is the client's JSON, so a 400, not an exception out of the executer.
    /// </summary>
    private static bool TryReadInputs(IGraphQLTextSerializer serializer, HttpGraphQLRequest request, out Inputs? variables, out Inputs? extensions)
    {
        try
        {
            variables = request.Variables is { } v ? serializer.ReadNode<Inputs>(v) : null;
            extensions = request.Extensions is { } e ? serializer.ReadNode<Inputs>(e) : null;
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            variables = extensions = null;
            return false;
        }
    }

    private static GraphQLDocument? TryParse(string query)
    {
        try
        {
            return GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            return null; // the executer parses again and reports the syntax error in the usual shape
        }
    }

    private static GraphQLOperationDefinition? SelectedOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName == null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }

    private static async Task WriteRequestErrorAsync(HttpContext http, int status, string mediaType, string message,
        string code = ErrorCodes.BadRequest)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            errors = new[] { new { message, extensions = new { code } } }
        }, cancellationToken: http.RequestAborted);
    }
}
