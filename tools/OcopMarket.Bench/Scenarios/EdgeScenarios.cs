using System.Net;
using System.Text.Json;

namespace OcopMarket.Bench.Scenarios;

/// <summary>
/// Issue 15's HTTP edge: a catalog scenario with "Accept-Encoding: br" (the API compresses anonymous query answers
/// above 1 KB), compared with the same scenario without it. The client decodes each answer, as a browser would.
/// </summary>
internal sealed class CompressedScenario(Scenario inner, string encoding = "br") : Scenario
{
    public override string Name => $"{inner.Name}-{encoding}";
    public override string Description => $"{inner.Description}, Accept-Encoding: {encoding}";
    public override string? Baseline => inner.Name;
    public override string? ExpectedEncoding => encoding;
    public override Task PrepareAsync(BenchContext context, CancellationToken ct) => inner.PrepareAsync(context, ct);
    public override bool IsFailure(ReadOnlySpan<byte> body) => inner.IsFailure(body);
    public override string? Check(JsonElement data) => inner.Check(data);

    public override HttpRequestMessage CreateRequest(ClientState client)
    {
        var request = inner.CreateRequest(client);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        return request;
    }
}

/// <summary>
/// The first listing page over GET, as a CDN or browser cache asks for it: "listing-get" gets the full answer (public,
/// with an ETag), "listing-304" sends the ETag back in If-None-Match and gets 304 without a body. The API still runs
/// the query to know the ETag: the 304 saves bandwidth and the client's parsing, not the server's execution.
/// </summary>
internal sealed class ListingGetScenario(bool revalidate) : Scenario
{
    private static readonly string Url = "/graphql?query=" + Uri.EscapeDataString(CatalogQueries.Listing);
    private string? etag;

    public override string Name => revalidate ? "listing-304" : "listing-get";
    public override string Description => revalidate ? "listing over GET with If-None-Match: 304" : "listing over GET (public, ETag)";
    public override string? Baseline => revalidate ? "listing-get" : null;
    public override HttpStatusCode ExpectedStatus => revalidate ? HttpStatusCode.NotModified : HttpStatusCode.OK;

    public override async Task PrepareAsync(BenchContext context, CancellationToken ct)
    {
        if (!revalidate) return;
        using var response = await context.Http.SendAsync(Request(), ct);
        etag = response.Headers.ETag?.Tag ?? throw new InvalidOperationException($"GET listing answered {(int)response.StatusCode} without an ETag.");
    }

    public override HttpRequestMessage CreateRequest(ClientState client)
    {
        var request = Request();
        if (etag != null) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        return request;
    }

    public override string? Check(JsonElement data) =>
        data.GetProperty("products").GetProperty("edges").GetArrayLength() == 20 ? null : "expected 20 edges";

    private static HttpRequestMessage Request()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Url);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return request;
    }
}
