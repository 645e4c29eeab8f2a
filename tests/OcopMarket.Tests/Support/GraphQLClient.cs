using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OcopMarket.Tests.Support;

/// <summary>A GraphQL response as the client saw it: status, content type, raw body and parsed JSON.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? ContentType, string Body, JsonNode? Json)
{
    public JsonNode? Data => Json?["data"];
    public JsonArray? Errors => Json?["errors"] as JsonArray;
    public string? FirstErrorCode => Errors?.FirstOrDefault()?["extensions"]?["code"]?.GetValue<string>();

    /// <summary>The data, after asserting the response has no errors.</summary>
    public JsonNode OkData()
    {
        if (Errors is { Count: > 0 }) throw new Xunit.Sdk.XunitException($"Expected no errors, got: {Body}");
        return Data ?? throw new Xunit.Sdk.XunitException($"No data in: {Body}");
    }
}

/// <summary>Sends GraphQL over real HTTP to the API under test.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public string? BearerToken { get; set; }
    public string? ApiKey { get; set; }

    /// <summary>Sent as Accept-Language when set ("vi", "en-US", "vi-VN,vi;q=0.9,en;q=0.8").</summary>
    public string? Language { get; set; }

    public GraphQLClient WithToken(string? token) => new(Http) { BearerToken = token };

    public GraphQLClient WithLanguage(string? language) => new(Http) { BearerToken = BearerToken, ApiKey = ApiKey, Language = language };

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? operationName = null,
        string accept = "application/graphql-response+json")
    {
        var body = JsonSerializer.Serialize(new { query, variables, operationName });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json")
        };
        request.Headers.Accept.ParseAdd(accept);
        return await SendAsync(request);
    }

    public async Task<GraphQLResponse> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        if (BearerToken != null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BearerToken);
        if (ApiKey != null) request.Headers.Add("X-Api-Key", ApiKey);
        if (Language != null) request.Headers.AcceptLanguage.ParseAdd(Language);
        using var response = await Http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonNode? json = null;
        try { json = text.Length > 0 ? JsonNode.Parse(text) : null; } catch (JsonException) { }
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, text, json);
    }
}
