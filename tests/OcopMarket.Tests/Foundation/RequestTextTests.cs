using System.Net;
using System.Text;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Foundation;

/// <summary>
/// Text a client can send that the database cannot take (NUL, lone surrogates, invalid UTF-8) and JSON with a repeated
/// key: each is a 400 with a code at the edge, never a 500 or an INTERNAL from deep inside a resolver.
/// </summary>
public class RequestTextTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string ByName = "query($n: String!) { product(slug: $n) { name } }";

    private async Task<GraphQLResponse> PostRawAsync(byte[] body, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Accept.ParseAdd(accept);
        return await api.Client.SendAsync(request);
    }

    private Task<GraphQLResponse> PostRawAsync(string body, string accept = "application/graphql-response+json") =>
        PostRawAsync(Encoding.UTF8.GetBytes(body), accept);

    // The bodies are JSON text: "\ud800" and "\u0000" below are JSON escapes, "\\u0000" a GraphQL escape inside the query.
    [Theory]
    [InlineData("""{"query":"{ __typename } # \ud800"}""")]
    [InlineData("""{"query":"query($n: String!) { product(slug: $n) { name } }","variables":{"n":"\ud800"}}""")]
    [InlineData("""{"query":"query($n: String!) { product(slug: $n) { name } }","variables":{"n":"nuoc-mam\u0000"}}""")]
    [InlineData("""{"query":"{ __typename }","variables":{"input":{"lines":[{"sku":"A"},{"sku":"B\u0000"}]}}}""")]
    [InlineData("""{"query":"{ __typename }","variables":{"a":[["\udfff"]]}}""")]
    [InlineData("""{"query":"{ __typename }","variables":{"\ud800":1}}""")]
    [InlineData("""{"query":"{ __typename }","extensions":{"e":"\u0000"}}""")]
    [InlineData("""{"query":"{ __typename }","operationName":"\ud800"}""")]
    [InlineData("""{"query":"{ product(slug: \"nuoc-mam\\u0000\") { name } }"}""")]
    [InlineData("""{"query":"{ product(slug: \"\\ud800\") { name } }"}""")]
    [InlineData("""{"query":"{ product(slug: \"\"\"nuoc\u0000mam\"\"\") { name } }"}""")]
    [InlineData("""{"query":"query($s: String = \"a\\u0000\") { product(slug: $s) { name } }"}""")]
    public async Task Nul_and_lone_surrogates_anywhere_are_400_invalid_text(string body)
    {
        foreach (var accept in new[] { "application/graphql-response+json", "application/json" })
        {
            var response = await PostRawAsync(body, accept);
            Assert.True(response.Status == HttpStatusCode.BadRequest, $"{response.Status} {response.Body}");
            Assert.Equal("INVALID_TEXT", response.FirstErrorCode);
            Assert.Null(response.Data);
        }
    }

    [Fact]
    public async Task Invalid_utf8_bytes_in_the_body_are_400_invalid_text()
    {
        var body = Encoding.UTF8.GetBytes("""{"query":"query($n: String!) { product(slug: $n) { name } }","variables":{"n":"XX"}}""");
        var at = Array.IndexOf(body, (byte)'X');
        body[at] = 0xFF;
        body[at + 1] = 0xFE;
        var response = await PostRawAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_TEXT", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("""{"query":"query($n: String!) { product(slug: $n) { name } }","variables":{"n":"a","n":"b"}}""")]
    [InlineData("""{"query":"{ __typename }","variables":{"input":{"sku":"a","sku":"b"}}}""")]
    public async Task A_repeated_key_in_variables_is_400_bad_request(string body)
    {
        var response = await PostRawAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("BAD_REQUEST", response.FirstErrorCode);
        Assert.Contains("more than once", response.Errors![0]!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("query=" + "%7B__typename%7D" + "&variables=%7B%22n%22%3A%22%5Cud800%22%7D")] // variables {"n":"\ud800"}
    [InlineData("query=" + "%7B__typename%7D" + "&variables=%7B%22n%22%3A%22a%5Cu0000%22%7D")] // variables {"n":"a\u0000"}
    [InlineData("query=" + "%7Bproduct(slug%3A%22%5Cu0000%22)%7Bname%7D%7D")] // { product(slug: "\u0000") { name } }
    [InlineData("query=" + "%7B__typename%7D%00")] // a raw NUL after the document
    public async Task Get_requests_follow_the_same_rules(string queryString)
    {
        var response = await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString));
        Assert.True(response.Status == HttpStatusCode.BadRequest, $"{response.Status} {response.Body}");
        Assert.Equal("INVALID_TEXT", response.FirstErrorCode);
    }

    [Fact]
    public async Task Vietnamese_text_and_surrogate_pairs_pass()
    {
        // 😀 as a JSON escape pair, and as a GraphQL escape pair in the literal.
        var response = await PostRawAsync("""{"query":"query($n: String!) { a: product(slug: $n) { name } b: product(slug: \"\\ud83d\\ude00\") { name } }","variables":{"n":"nước-mắm-\ud83d\ude00"}}""");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var data = response.OkData();
        Assert.Null(data["a"]);
        Assert.Null(data["b"]);
    }

    [Theory]
    [InlineData("p1|NameAsc|nuoc\0mam|0123456789abcdef0123456789abcdef")]
    [InlineData("p1|NameAsc|nuoc\uFFFFmam|0123456789abcdef0123456789abcdef")]
    public async Task A_forged_cursor_that_decodes_to_nul_or_bad_utf8_is_invalid_cursor(string decoded)
    {
        var bytes = Encoding.UTF8.GetBytes(decoded);
        // U+FFFF stands in for bytes that are no UTF-8 at all.
        var marker = Encoding.UTF8.GetBytes("\uFFFF");
        var at = bytes.AsSpan().IndexOf(marker);
        if (at >= 0)
        {
            bytes[at] = 0xFF;
            bytes[at + 1] = 0xFE;
            bytes[at + 2] = 0xFD;
        }
        var cursor = Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var response = await api.Client.PostAsync("query($c: String) { products(first: 2, order: NAME_ASC, after: $c) { totalCount } }", new { c = cursor });
        Assert.Equal("INVALID_CURSOR", response.FirstErrorCode);
    }
}
