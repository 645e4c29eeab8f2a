using System.Net;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Foundation;

/// <summary>
/// Parsed and validated documents are reused by query text; the rules that depend on variables must still run for
/// them, and a document that failed validation must never be reused.
/// </summary>
public class DocumentCacheTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_cached_document_still_checks_page_size_against_each_requests_variables()
    {
        const string query = "query($n: Int) { products(first: $n) { nodes { slug } } }";
        Assert.Equal(HttpStatusCode.OK, (await api.Client.PostAsync(query, new { n = 2 })).Status);
        Assert.Equal(HttpStatusCode.OK, (await api.Client.PostAsync(query, new { n = 2 })).Status);

        var tooMany = await api.Client.PostAsync(query, new { n = 500 });
        Assert.Equal("PAGE_SIZE_EXCEEDED", tooMany.FirstErrorCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Client.PostAsync(query, new { n = 3 })).Status);
    }

    [Fact]
    public async Task A_cached_document_still_coerces_each_requests_variables()
    {
        const string query = "query($n: Int!) { products(first: $n) { nodes { slug } } }";
        var uncached = await api.Client.PostAsync(query, new { n = "many" });
        Assert.Equal(HttpStatusCode.OK, (await api.Client.PostAsync(query, new { n = 1 })).Status);
        Assert.Equal(HttpStatusCode.OK, (await api.Client.PostAsync(query, new { n = 1 })).Status);

        var cached = await api.Client.PostAsync(query, new { n = "many" });
        Assert.Equal(uncached.Status, cached.Status);
        Assert.Equal(uncached.FirstErrorCode, cached.FirstErrorCode);
        Assert.NotEqual("INTERNAL", cached.FirstErrorCode);
        var missing = await api.Client.PostAsync(query, new { });
        Assert.NotNull(missing.FirstErrorCode);
        Assert.NotEqual("INTERNAL", missing.FirstErrorCode);
    }

    [Fact]
    public async Task A_cached_document_still_checks_complexity_against_each_requests_variables()
    {
        const string query = """
            query($a: Int, $b: Int) { cooperatives(first: $a) { nodes { products(first: $b) {
              nodes { slug name variants { sku priceTiers { minQuantity unitPrice } } } } } } }
            """;
        Assert.Equal(HttpStatusCode.OK, (await api.Client.PostAsync(query, new { a = 1, b = 1 })).Status);
        Assert.Equal(HttpStatusCode.OK, (await api.Client.PostAsync(query, new { a = 1, b = 1 })).Status);
        Assert.Equal("MAX_COMPLEXITY_EXCEEDED", (await api.Client.PostAsync(query, new { a = 100, b = 100 })).FirstErrorCode);
    }

    [Fact]
    public async Task A_document_that_failed_validation_fails_every_time()
    {
        const string query = "{ products(first: 1) { nodes { slug noSuchField } } }";
        for (var i = 0; i < 3; i++)
        {
            var response = await api.Client.PostAsync(query);
            Assert.Equal(HttpStatusCode.BadRequest, response.Status);
            Assert.NotNull(response.FirstErrorCode);
        }
    }

    [Fact]
    public async Task A_mutation_document_cached_from_a_post_is_still_refused_over_get()
    {
        const string query = """mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }""";
        await api.Client.PostAsync(query, new { e = "nobody@ocop.local", p = "wrong-password" });
        var get = await api.Client.Http.GetAsync("/graphql?query=" + Uri.EscapeDataString(query) +
            "&variables=" + Uri.EscapeDataString("""{"e":"nobody@ocop.local","p":"x"}"""));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
    }
}
