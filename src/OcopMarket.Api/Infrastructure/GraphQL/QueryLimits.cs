namespace OcopMarket.Infrastructure.GraphQL;

/// <summary>Limits that protect the server from hostile queries. Bound from the "GraphQL" configuration section.</summary>
public sealed class QueryLimits
{
    /// <summary>Largest accepted query document, in UTF-8 bytes; checked before parsing.</summary>
    public int MaxQueryBytes { get; set; } = 32 * 1024;

    /// <summary>Largest accepted HTTP request body (query plus variables), in bytes.</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Deepest field nesting allowed.</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>Largest computed complexity; list fields count their children times their first/last argument.</summary>
    public int MaxComplexity { get; set; } = 25_000;

    /// <summary>Largest first/last accepted by any connection.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Page size when a client names neither first nor last.</summary>
    public int DefaultPageSize { get; set; } = 20;
}
