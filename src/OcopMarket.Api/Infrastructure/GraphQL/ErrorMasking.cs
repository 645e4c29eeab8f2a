using GraphQL.Execution;

namespace OcopMarket.Infrastructure.GraphQL;

/// <summary>
/// Turns an unexpected exception into { code: INTERNAL, correlationId } for the client and logs the details under the
/// same id, so nothing about the server's internals (types, SQL, stack traces) leaves the process.
/// </summary>
public static class ErrorMasking
{
    public static void Mask(UnhandledExceptionContext context, ExecutionOptions options)
    {
        var correlationId = Guid.NewGuid().ToString("N")[..16];
        var logger = options.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("OcopMarket.GraphQL");
        logger?.LogError(context.OriginalException, "Unhandled error {CorrelationId} in {Path}", correlationId,
            context.FieldContext?.Path is { } path ? string.Join('.', path) : "(document)");
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
}
