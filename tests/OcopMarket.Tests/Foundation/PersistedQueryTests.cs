using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using OcopMarket.Infrastructure;
using OcopMarket.Infrastructure.Http.Edge;
using OcopMarket.Kernel.Persistence;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Foundation;

public static class Apq
{
    public static string Hash(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    public static object Extensions(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    public static string ExtensionsJson(string hash) => JsonSerializer.Serialize(Extensions(hash));

    /// <summary>A document no other test sends, so its hash starts unknown.</summary>
    public static string Unique() => $"query Unique{Guid.NewGuid():N} {{ __typename }}";

    public static async Task<(HttpResponseMessage Response, JsonNode? Json)> SendAsync(HttpClient http, HttpRequestMessage request)
    {
        var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length > 0 ? JsonNode.Parse(text) : null);
    }

    public static string? Code(JsonNode? json) => json?["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();
}

public class PersistedQueryTests(EdgeFixture api) : IClassFixture<EdgeFixture>
{
    private HttpClient Http => api.Client.Http;

    [Fact]
    public async Task A_hash_the_server_does_not_know_is_PersistedQueryNotFound_with_200_over_post_and_get()
    {
        var hash = Apq.Hash(Apq.Unique());
        var (post, postJson) = await Apq.SendAsync(Http, Edge.Post(new { extensions = Apq.Extensions(hash) }));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal("PersistedQueryNotFound", postJson!["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Apq.Code(postJson));
        Assert.Equal("private, no-store", Edge.Header(post, "Cache-Control"));

        var (get, getJson) = await Apq.SendAsync(Http, Edge.GetUrl("/graphql?extensions=" + Uri.EscapeDataString(Apq.ExtensionsJson(hash))));
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Apq.Code(getJson));
    }

    [Fact]
    public async Task Miss_then_register_then_a_hash_only_get_runs_it_and_is_cacheable()
    {
        var query = "query ApqVnd($n: String!) { __type(name: $n) { name } } # " + Guid.NewGuid();
        var hash = Apq.Hash(query);
        var url = "/graphql?extensions=" + Uri.EscapeDataString(Apq.ExtensionsJson(hash)) + "&variables=" + Uri.EscapeDataString("""{"n":"VND"}""");

        var (miss, missJson) = await Apq.SendAsync(Http, Edge.GetUrl(url));
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Apq.Code(missJson));

        var (register, registerJson) = await Apq.SendAsync(Http, Edge.Post(new { query, variables = new { n = "VND" }, extensions = Apq.Extensions(hash) }));
        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        Assert.Equal("VND", registerJson!["data"]!["__type"]!["name"]!.GetValue<string>());

        var (hit, hitJson) = await Apq.SendAsync(Http, Edge.GetUrl(url));
        Assert.Equal(HttpStatusCode.OK, hit.StatusCode);
        Assert.Equal("VND", hitJson!["data"]!["__type"]!["name"]!.GetValue<string>());
        Assert.Equal("public, max-age=45", Edge.Header(hit, "Cache-Control"));
        Assert.NotNull(hit.Headers.ETag);

        using var revalidate = Edge.GetUrl(url);
        revalidate.Headers.TryAddWithoutValidation("If-None-Match", hit.Headers.ETag!.Tag);
        using var notModified = await Http.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task The_registry_is_in_postgresql_so_another_api_node_finds_the_document()
    {
        var query = Apq.Unique();
        var hash = Apq.Hash(query);
        var (register, _) = await Apq.SendAsync(Http, Edge.Post(new { query, extensions = Apq.Extensions(hash) }));
        Assert.Equal(HttpStatusCode.OK, register.StatusCode);

        // A store with an empty cache of its own, as on a node that never saw the registration.
        var services = api.App.Services;
        using var otherNode = new PersistedQueryStore(services.GetRequiredService<NpgsqlDataSource>(), services.GetRequiredService<DatabaseSchema>(),
            TimeProvider.System, Options.Create(new PersistedQueryOptions()), services.GetRequiredService<TrustedManifest>(),
            NullLogger<PersistedQueryStore>.Instance);
        Assert.Equal(query, await otherNode.FindAsync(hash, CancellationToken.None));
    }

    [Fact]
    public async Task A_hash_that_is_not_the_sha256_of_the_query_is_400_and_registers_nothing()
    {
        var query = Apq.Unique();
        var wrong = Apq.Hash(query + " ");
        var (response, json) = await Apq.SendAsync(Http, Edge.Post(new { query, extensions = Apq.Extensions(wrong) }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", Apq.Code(json));

        var (lookup, lookupJson) = await Apq.SendAsync(Http, Edge.Post(new { extensions = Apq.Extensions(wrong) }));
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Apq.Code(lookupJson));
    }

    [Fact]
    public async Task A_document_that_does_not_validate_is_not_registered()
    {
        var query = $"query Broken{Guid.NewGuid():N} {{ noSuchField }}";
        var hash = Apq.Hash(query);
        var (first, firstJson) = await Apq.SendAsync(Http, Edge.Post(new { query, extensions = Apq.Extensions(hash) }));
        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.NotNull(firstJson!["errors"]);
        var (_, lookupJson) = await Apq.SendAsync(Http, Edge.Post(new { extensions = Apq.Extensions(hash) }));
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Apq.Code(lookupJson));
    }

    [Theory]
    [InlineData("""{"persistedQuery":{"version":2,"sha256Hash":"0000000000000000000000000000000000000000000000000000000000000000"}}""")]
    [InlineData("""{"persistedQuery":{"version":1,"sha256Hash":"abc"}}""")]
    [InlineData("""{"persistedQuery":{"version":1}}""")]
    [InlineData("""{"persistedQuery":"yes"}""")]
    public async Task A_malformed_extension_is_400_bad_request(string extensions)
    {
        var (response, json) = await Apq.SendAsync(Http, Edge.GetUrl("/graphql?extensions=" + Uri.EscapeDataString(extensions)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_REQUEST", Apq.Code(json));
    }

    [Fact]
    public async Task A_persisted_mutation_still_needs_post()
    {
        var mutation = $"mutation M{Guid.NewGuid():N} {{ __typename }}";
        var hash = Apq.Hash(mutation);
        var (register, _) = await Apq.SendAsync(Http, Edge.Post(new { query = mutation, extensions = Apq.Extensions(hash) }));
        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        var (get, _) = await Apq.SendAsync(Http, Edge.GetUrl("/graphql?extensions=" + Uri.EscapeDataString(Apq.ExtensionsJson(hash))));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        var (post, postJson) = await Apq.SendAsync(Http, Edge.Post(new { extensions = Apq.Extensions(hash) }));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal("Mutation", postJson!["data"]!["__typename"]!.GetValue<string>());
    }
}

/// <summary>Trusted documents: the manifest has one query, and nothing else may run.</summary>
public class TrustedDocumentsFixture : ApiFixture
{
    public const string Trusted = "query TrustedVnd { __type(name: \"VND\") { name } }";
    public static readonly string ManifestPath = Path.Combine(Path.GetTempPath(), $"ocop-trusted-{Guid.NewGuid():N}.json");

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            // The shape GraphQL Code Generator's client preset writes with persistedDocuments: true.
            File.WriteAllText(ManifestPath, JsonSerializer.Serialize(new Dictionary<string, string> { [Apq.Hash(Trusted)] = Trusted }));
            return new Dictionary<string, string?>
            {
                ["PersistedQueries:Mode"] = "Trusted",
                ["PersistedQueries:ManifestPath"] = ManifestPath,
            };
        }
    }
}

public class TrustedDocumentsTests(TrustedDocumentsFixture api) : IClassFixture<TrustedDocumentsFixture>
{
    private HttpClient Http => api.Client.Http;

    [Fact]
    public async Task An_unregistered_query_is_refused_with_a_code()
    {
        var (response, json) = await Apq.SendAsync(Http, Edge.Post(new { query = "{ __typename }" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PERSISTED_QUERY_REQUIRED", Apq.Code(json));
        Assert.Null(json!["data"]);
    }

    [Fact]
    public async Task A_manifest_document_runs_by_hash_over_get_and_in_full()
    {
        var hash = Apq.Hash(TrustedDocumentsFixture.Trusted);
        var (byHash, byHashJson) = await Apq.SendAsync(Http, Edge.GetUrl("/graphql?extensions=" + Uri.EscapeDataString(Apq.ExtensionsJson(hash))));
        Assert.Equal(HttpStatusCode.OK, byHash.StatusCode);
        Assert.Equal("VND", byHashJson!["data"]!["__type"]!["name"]!.GetValue<string>());
        Assert.Equal("public, max-age=30", Edge.Header(byHash, "Cache-Control")); // the default max-age

        var (inFull, inFullJson) = await Apq.SendAsync(Http, Edge.Post(new { query = TrustedDocumentsFixture.Trusted }));
        Assert.Equal(HttpStatusCode.OK, inFull.StatusCode);
        Assert.Equal("VND", inFullJson!["data"]!["__type"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Automatic_registration_is_off_in_trusted_mode()
    {
        var query = Apq.Unique();
        var hash = Apq.Hash(query);
        var (register, registerJson) = await Apq.SendAsync(Http, Edge.Post(new { query, extensions = Apq.Extensions(hash) }));
        Assert.Equal(HttpStatusCode.BadRequest, register.StatusCode);
        Assert.Equal("PERSISTED_QUERY_REQUIRED", Apq.Code(registerJson));
        var (_, lookupJson) = await Apq.SendAsync(Http, Edge.Post(new { extensions = Apq.Extensions(hash) }));
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Apq.Code(lookupJson));
    }

    [Fact]
    public void A_manifest_entry_whose_hash_is_wrong_stops_the_start()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ocop-bad-manifest-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new Dictionary<string, string> { [Apq.Hash("{ a }")] = "{ b }" }));
        var error = Assert.Throws<InvalidOperationException>(() => OcopApp.Build(["--environment", "Testing"], builder =>
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Marten"] = ApiFixture.ConnectionString,
                ["PersistedQueries:Mode"] = "Trusted",
                ["PersistedQueries:ManifestPath"] = path,
            })));
        Assert.Contains("not the SHA-256 of its document", error.Message);
    }
}
