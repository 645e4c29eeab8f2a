namespace OcopMarket.Kernel;

/// <summary>The codes this API puts in a GraphQL error's extensions.code (beyond GraphQL.NET's own validation codes).</summary>
public static class ErrorCodes
{
    public const string Internal = "INTERNAL";
    public const string BadRequest = "BAD_REQUEST";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string QueryTooLarge = "QUERY_TOO_LARGE";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxComplexityExceeded = "MAX_COMPLEXITY_EXCEEDED";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";
    public const string Timeout = "TIMEOUT";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string RateLimited = "RATE_LIMITED";
    /// <summary>Text that is not valid Unicode or holds NUL (U+0000), anywhere in a request.</summary>
    public const string InvalidText = "INVALID_TEXT";
    /// <summary>The database cannot serve the request right now; HTTP 503 with Retry-After.</summary>
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";
}

/// <summary>
/// An expected, client-caused error in a query (a bad cursor, a forbidden read): transport-neutral, thrown by use cases;
/// the GraphQL edge turns it into an error with this code and message (ErrorMasking), never INTERNAL.
/// </summary>
public class ClientError(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>Paths of the HTTP API that middleware of several modules recognise.</summary>
public static class ApiPaths
{
    public const string GraphQL = "/graphql";
}
