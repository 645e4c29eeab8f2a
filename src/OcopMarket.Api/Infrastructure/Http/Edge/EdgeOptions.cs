namespace OcopMarket.Infrastructure.Http.Edge;

/// <summary>What the GraphQL endpoint does for browsers, caches and CDNs, bound from "Http" (see README, Integrators).</summary>
public sealed class HttpEdgeOptions
{
    public CachingOptions Caching { get; set; } = new();
    public CompressionOptions Compression { get; set; } = new();
}

public sealed class CachingOptions
{
    /// <summary>max-age of anonymous GET query responses (Cache-Control: public); 0 sends no-store for them too.</summary>
    public int MaxAgeSeconds { get; set; } = 30;
}

public sealed class CompressionOptions
{
    public bool Enabled { get; set; } = true;
    /// <summary>Smaller bodies go out as they are: below about a packet, compressing saves nothing worth its CPU.</summary>
    public int MinBytes { get; set; } = 1024;
    /// <summary>
    /// Brotli quality 0–11. Measured on the 16 KB first listing page (bench_10000), on this 2-core machine: quality 1
    /// makes it 29.5% of its size in ~0.1 ms, quality 4 25.8% in ~0.3–0.4 ms, 5–6 24.6% in ~0.45 ms, 9 in ~25 ms. A
    /// listing costs the API about 1 ms of CPU, so quality 1 keeps 95% of the saving for a quarter of the cost.
    /// </summary>
    public int BrotliQuality { get; set; } = 1;
    /// <summary>gzip level 1–9 (zlib): level 1 gives 34% in ~0.07 ms, 4 gives 27% in ~0.15 ms, 9 25% in ~0.25 ms.
    /// Browsers ask for Brotli; gzip is for older clients and tools, so the cheap level.</summary>
    public int GzipLevel { get; set; } = 1;
}

/// <summary>Cross-origin callers, bound from "Cors".</summary>
public sealed class CorsOptions
{
    /// <summary>Exact origins ("https://shop.example.vn") allowed to call /graphql from a browser; "*" allows any.</summary>
    public string[] AllowedOrigins { get; set; } = [];
    /// <summary>Any port of http(s)://localhost and http(s)://127.0.0.1; defaults to true in Development only.</summary>
    public bool? AllowLoopbackOrigins { get; set; }
    /// <summary>Access-Control-Allow-Credentials. The API authenticates by header, not cookie, so nothing needs it;
    /// never allowed together with "*".</summary>
    public bool AllowCredentials { get; set; }
    public int PreflightMaxAgeSeconds { get; set; } = 600;
}
