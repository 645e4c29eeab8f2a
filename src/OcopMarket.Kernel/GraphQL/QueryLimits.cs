namespace OcopMarket.Kernel.GraphQL;

/// <summary>Limits that protect the server from hostile queries. Bound from the "GraphQL" configuration section.</summary>
public sealed class QueryLimits
{
    /// <summary>Largest accepted query document, in UTF-8 bytes; checked before parsing.</summary>
    public int MaxQueryBytes { get; set; } = 32 * 1024;

    /// <summary>Largest accepted HTTP request body (query plus variables), in bytes.</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Largest multipart request (GraphQL multipart request spec: operations, map and files), in bytes; separate
    /// from MaxRequestBytes so a CSV import of tens of thousands of rows can go up as a file.</summary>
    public int MaxUploadBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>Most fields, fragment spreads and inline fragments in one document; checked before validation.</summary>
    public int MaxSelections { get; set; } = 1_500;

    /// <summary>Most fragment definitions in one document; checked before validation.</summary>
    public int MaxFragments { get; set; } = 100;

    /// <summary>Most directives, and most variable definitions, in one document; checked before validation, whose rules
    /// for both grow with the square of their count (1,500 @skip directives took 2 s).</summary>
    public int MaxDirectives { get; set; } = 100;

    public int MaxVariables { get; set; } = 100;

    /// <summary>Deepest field nesting allowed.</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>Largest computed complexity; list fields count their children times their first/last argument.</summary>
    public int MaxComplexity { get; set; } = 25_000;

    /// <summary>What a root field that reads the database (or a mutation) adds to the complexity.</summary>
    public int DatabaseFieldCost { get; set; } = 500;

    /// <summary>What a search (a root field with a search argument) or the cluster report adds to the complexity.</summary>
    public int HeavyFieldCost { get; set; } = 2_500;

    /// <summary>What a mutation that checks or hashes a password adds (login, changePassword, registrations): more than half
    /// of MaxComplexity, so one request checks one password. Hashing is slow on purpose; aliases must not multiply it.</summary>
    public int PasswordFieldCost { get; set; } = 12_600;

    /// <summary>Longest time one request may take to parse, validate and execute before it is stopped (503, TIMEOUT).</summary>
    public int RequestTimeoutMilliseconds { get; set; } = 30_000;

    /// <summary>How often an open subscription stream (text/event-stream) sends a comment line when it has nothing to say,
    /// so proxies and browsers keep the connection open; a stream is not bound by RequestTimeoutMilliseconds.</summary>
    public int StreamHeartbeatMilliseconds { get; set; } = 15_000;

    /// <summary>Largest first/last accepted by any connection.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Page size when a client names neither first nor last.</summary>
    public int DefaultPageSize { get; set; } = 20;
}
