using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Foundation;

public class HttpTransportTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private GraphQLClient Client => api.Client;

    [Fact]
    public async Task Graphql_http_audit_reports_no_errors()
    {
        var output = await Node.RunAsync("audit.mjs", new Uri(api.BaseAddress, "/graphql").ToString());
        var results = JsonNode.Parse(output)!.AsArray();
        Assert.True(results.Count > 30, "the audit should run its full suite");
        var errors = results.Where(r => r!["status"]!.GetValue<string>() == "error")
            .Select(r => $"{r!["id"]} {r["name"]}: {r["reason"]}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Post_returns_graphql_response_json_when_asked()
    {
        var response = await Client.PostAsync("{ __typename }");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/graphql-response+json", response.ContentType);
        Assert.Equal("Query", response.OkData()["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task No_accept_header_gets_application_json()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json")
        };
        var response = await Client.SendAsync(request);
        Assert.Equal("application/json", response.ContentType);
    }

    [Fact]
    public async Task Get_runs_queries_with_variables_and_operation_name()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query A { a: __typename } query B($n: String!) { __type(name: $n) { name } }")
                  + "&operationName=B&variables=" + Uri.EscapeDataString("""{"n":"VND"}""");
        var response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, url));
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("VND", response.OkData()["__type"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Mutation_over_get_is_405_with_allow_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"));
        using var response = await Client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Unsupported_content_type_is_415()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{ __typename }", Encoding.UTF8, "text/plain")
        };
        var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
    }

    [Fact]
    public async Task Unacceptable_accept_header_is_406()
    {
        var response = await Client.PostAsync("{ __typename }", accept: "text/html");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
    }

    [Theory]
    [InlineData("{ \"query\": ")]
    [InlineData("{ \"notquery\": \"{ __typename }\" }")]
    [InlineData("{ \"query\": 42 }")]
    [InlineData("[]")]
    [InlineData("{ \"query\": \"{ __typename }\", \"variables\": \"x\" }")]
    public async Task Malformed_requests_are_400_with_a_code(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json")
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("BAD_REQUEST", response.FirstErrorCode);
    }

    [Fact]
    public async Task Unparsable_query_is_400_for_graphql_response_json_and_200_for_json()
    {
        var strict = await Client.PostAsync("{ __typename ");
        Assert.Equal(HttpStatusCode.BadRequest, strict.Status);
        Assert.Null(strict.Data);
        Assert.Equal("SYNTAX_ERROR", strict.FirstErrorCode);

        var legacy = await Client.PostAsync("{ __typename ", accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Equal("SYNTAX_ERROR", legacy.FirstErrorCode);
    }

    [Fact]
    public async Task Unknown_body_keys_are_ignored()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }","somethingElse":[1,2]}""", Encoding.UTF8, "application/json")
        };
        var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(response.Errors);
    }

    [Fact]
    public async Task Vietnamese_text_goes_out_as_utf8_not_escapes()
    {
        var response = await Client.PostAsync("""{ __type(name: "VND") { description } }""");
        Assert.Contains("đồng", response.Body);
        Assert.DoesNotContain("\\u", response.Body);
    }
}

public class MalformedHttpTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_malformed_chunked_body_is_400_with_a_code_not_500()
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(api.BaseAddress.Host, api.BaseAddress.Port);
        var stream = tcp.GetStream();
        var request = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                      + "Connection: close\r\n\r\nZZ\r\n{\"query\":\"{ __typename }\"}\r\n0\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        Assert.StartsWith("HTTP/1.1 400", response);
        Assert.Contains("BAD_REQUEST", response);
    }
}
