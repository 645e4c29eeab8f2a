using GraphQL.Execution;
using OcopMarket.Kernel;
using OcopMarket.Kernel.Persistence;

namespace OcopMarket.Infrastructure.GraphQL;

/// <summary>
/// Turns an unexpected exception into { code: INTERNAL, correlationId } for the client and logs the details under the
/// same id, so nothing about the server's internals (types, SQL, stack traces) leaves the process. A database that
/// cannot serve us (down, pool exhausted, no connection slots) is SERVICE_UNAVAILABLE instead, which the endpoint
/// answers with HTTP 503 and Retry-After.
/// </summary>
public static class ErrorMasking
{
    public static void Mask(UnhandledExceptionContext context, ExecutionOptions options)
    {
        // Expected and client-caused (a bad cursor, a forbidden read): its code and message, nothing logged.
        if (context.OriginalException is ClientError client)
        {
            var messages = options.RequestServices?.GetService<Messages>();
            context.Exception = new ExecutionError(messages?.Localize(client.Message) ?? client.Message) { Code = client.Code };
            return;
        }
        var correlationId = Guid.NewGuid().ToString("N")[..16];
        var logger = options.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("OcopMarket.GraphQL");
        var path = context.FieldContext?.Path is { } p ? string.Join('.', p) : "(document)";
        if (DatabaseUnavailable.Is(context.OriginalException))
        {
            logger?.LogWarning(context.OriginalException, "Database unavailable {CorrelationId} in {Path}", correlationId, path);
            context.Exception = Unavailable(correlationId);
            return;
        }
        logger?.LogError(context.OriginalException, "Unhandled error {CorrelationId} in {Path}", correlationId, path);
        context.Exception = Internal(correlationId);
    }

    public static ExecutionError Internal(string correlationId)
    {
        var error = new ExecutionError($"Internal server error. Quote correlation id {correlationId} when reporting it.")
        {
            Code = ErrorCodes.Internal
        };
        error.Data["correlationId"] = correlationId;
        return error;
    }

    public static ExecutionError Unavailable(string correlationId)
    {
        var error = new ExecutionError(UnavailableMessage) { Code = ErrorCodes.ServiceUnavailable };
        error.Data["correlationId"] = correlationId;
        return error;
    }

    public const string UnavailableMessage = "The service is briefly unavailable; retry after the number of seconds in Retry-After.";
}
