using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using OcopMarket.Bench.Generation;

namespace OcopMarket.Bench.Scenarios;

/// <summary>
/// One thing the benchmark measures: a request that concurrent clients send over and over for a fixed time.
/// To add one, subclass this and list it in <see cref="ScenarioList"/>. PrepareAsync runs once before the timed run
/// (walk to a cursor, register buyers, reset stock…); CreateRequest must be cheap and thread-safe per client;
/// VerifyAsync runs once after the timed run.
/// </summary>
internal abstract class Scenario
{
    /// <summary>Short name used on the command line (--scenarios) and in the results table.</summary>
    public abstract string Name { get; }

    /// <summary>What is measured, for the results table.</summary>
    public abstract string Description { get; }

    /// <summary>The goal on the reference machine (2 cores, 10,000 products, 10 clients); null when there is none.</summary>
    public virtual Target? Target => null;

    /// <summary>Name of another scenario this one is compared with (ratio column), e.g. the deep page against page 1.</summary>
    public virtual string? Baseline => null;

    public virtual Task PrepareAsync(BenchContext context, CancellationToken ct) => Task.CompletedTask;

    public abstract HttpRequestMessage CreateRequest(ClientState client);

    /// <summary>The status a good answer has: 200, or 304 for a revalidation with If-None-Match.</summary>
    public virtual System.Net.HttpStatusCode ExpectedStatus => System.Net.HttpStatusCode.OK;

    /// <summary>The Content-Encoding a good answer has ("br", "gzip"), or null for none; a compressed body is decoded
    /// before IsFailure and Check see it.</summary>
    public virtual string? ExpectedEncoding => null;

    /// <summary>A 200 response that still failed: GraphQL errors by default; order scenarios add userErrors.</summary>
    public virtual bool IsFailure(ReadOnlySpan<byte> body) => body.IndexOf("\"errors\""u8) >= 0;

    /// <summary>Checked once on a sample response before timing: null when the data is what the scenario expects.</summary>
    public virtual string? Check(JsonElement data) => null;

    /// <summary>Checked once after the timed run (e.g. stock against the stored orders); null when there is nothing to check.</summary>
    public virtual Task<Verification?> VerifyAsync(BenchContext context, CancellationToken ct) => Task.FromResult<Verification?>(null);
}

/// <summary>A goal: at least MinRps requests/s, p99 at most MaxP99Ms, at most MaxRatio times the baseline's cost.</summary>
internal sealed record Target(double? MinRps = null, double? MaxP99Ms = null, double? MaxRatio = null)
{
    public override string ToString() => string.Join(", ", new[]
    {
        MinRps is { } r ? $"≥ {r:N0} req/s" : null, MaxP99Ms is { } p ? $"p99 ≤ {p:0} ms" : null, MaxRatio is { } x ? $"≤ {x:0.#}× baseline" : null
    }.Where(s => s != null));
}

/// <summary>Per-client state: its index and its own seeded Random (requests are reproducible per client).</summary>
internal sealed class ClientState(int index, int seed)
{
    public int Index { get; } = index;
    public Random Random { get; } = new(seed * 7919 + index);
}

/// <summary>
/// What scenarios can use while preparing: the API's address, a client, the generated catalog, options, and the
/// application's services against the benchmark schema (an OcopApp host that is built, not started).
/// </summary>
internal sealed class BenchContext(HttpClient http, SyntheticCatalog catalog, BenchOptions options, IServiceProvider services)
{
    public HttpClient Http { get; } = http;
    public IServiceProvider Services { get; } = services;
    public SyntheticCatalog Catalog { get; } = catalog;
    public BenchOptions Options { get; } = options;

    /// <summary>Runs one GraphQL operation and returns its data, failing loudly on errors (for preparation steps).</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables, CancellationToken ct)
    {
        using var response = await Http.SendAsync(Gql.Post(query, variables), ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        using var json = JsonDocument.Parse(body);
        if (!response.IsSuccessStatusCode || json.RootElement.TryGetProperty("errors", out _))
            throw new InvalidOperationException($"GraphQL request failed ({(int)response.StatusCode}): {body[..Math.Min(body.Length, 500)]}");
        return json.RootElement.GetProperty("data").Clone();
    }
}

/// <summary>GraphQL-over-HTTP POST requests.</summary>
internal static class Gql
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private static readonly MediaTypeWithQualityHeaderValue Accept = new("application/graphql-response+json");

    public static byte[] Body(string query, object? variables = null) =>
        JsonSerializer.SerializeToUtf8Bytes(new { query, variables });

    public static HttpRequestMessage Post(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.Add(Accept);
        return request;
    }

    public static HttpRequestMessage Post(string query, object? variables = null) => Post(Body(query, variables));

    public static string Text(byte[] body) => Encoding.UTF8.GetString(body);
}
