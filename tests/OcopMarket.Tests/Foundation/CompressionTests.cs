using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Xunit;

namespace OcopMarket.Tests.Foundation;

public class CompressionTests(EdgeFixture api) : IClassFixture<EdgeFixture>
{
    private HttpClient Http => api.Client.Http;

    private static async Task<string> BodyAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Stream stream = new MemoryStream(bytes);
        stream = Edge.Header(response, "Content-Encoding") switch
        {
            "br" => new BrotliStream(stream, CompressionMode.Decompress),
            "gzip" => new GZipStream(stream, CompressionMode.Decompress),
            null => stream,
            var other => throw new Xunit.Sdk.XunitException($"unexpected Content-Encoding {other}"),
        };
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task A_large_anonymous_query_is_sent_with_brotli_and_decodes_to_the_same_json()
    {
        using var plain = await Http.SendAsync(Edge.Get(Edge.Large()));
        using var brotli = await Http.SendAsync(Edge.Get(Edge.Large(), "gzip, deflate, br"));
        Assert.Null(Edge.Header(plain, "Content-Encoding"));
        Assert.Equal("br", Edge.Header(brotli, "Content-Encoding"));
        var text = await BodyAsync(plain);
        Assert.True(text.Length > 1024, "the test query must exceed the threshold");
        Assert.True(brotli.Content.Headers.ContentLength < text.Length / 3, $"brotli sent {brotli.Content.Headers.ContentLength} of {text.Length} bytes");
        Assert.Equal(text, await BodyAsync(brotli));
        Assert.Equal("Query", JsonNode.Parse(text)!["data"]!["field099"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("gzip", "gzip")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("br;q=0.5, gzip;q=0.8", "gzip")]
    [InlineData("*", "br")]
    [InlineData("identity", null)]
    [InlineData("br;q=0, gzip;q=0", null)]
    public async Task The_encoding_follows_accept_encoding(string acceptEncoding, string? expected)
    {
        using var response = await Http.SendAsync(Edge.Post(new { query = Edge.Large() }, acceptEncoding));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, Edge.Header(response, "Content-Encoding"));
        Assert.Equal("Query", JsonNode.Parse(await BodyAsync(response))!["data"]!["field000"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_small_answer_is_sent_as_it_is()
    {
        using var response = await Http.SendAsync(Edge.Get("{ __typename }", "br, gzip"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Edge.Header(response, "Content-Encoding"));
    }

    [Fact]
    public async Task Mutations_are_never_compressed_because_they_may_return_a_secret_next_to_reflected_input()
    {
        using var response = await Http.SendAsync(Edge.Post(new { query = Edge.Large("mutation") }, "br, gzip"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Edge.Header(response, "Content-Encoding"));
        Assert.Equal("Mutation", JsonNode.Parse(await BodyAsync(response))!["data"]!["field000"]!.GetValue<string>());
    }

    [Fact]
    public async Task What_a_bearer_token_reads_is_never_compressed()
    {
        var admin = await api.AdminAsync();
        using var request = Edge.Get(Edge.Large(), "br, gzip");
        request.Headers.Authorization = Edge.Bearer(admin.BearerToken!);
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Edge.Header(response, "Content-Encoding"));
    }

    [Fact]
    public async Task A_shop_reading_with_its_api_key_gets_compression()
    {
        var admin = await api.AdminAsync();
        var secret = (await admin.PostAsync("""mutation { createApiKey(input: { name: "compression" }) { secret } }""")).OkData()["createApiKey"]!["secret"]!.GetValue<string>();
        using var request = Edge.Get(Edge.Large(), "br");
        request.Headers.Add("X-Api-Key", secret);
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("br", Edge.Header(response, "Content-Encoding"));
    }
}
