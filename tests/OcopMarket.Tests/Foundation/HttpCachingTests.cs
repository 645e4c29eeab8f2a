using System.Net;
using System.Net.Http.Headers;
using Xunit;

namespace OcopMarket.Tests.Foundation;

public class HttpCachingTests(EdgeFixture api) : IClassFixture<EdgeFixture>
{
    private HttpClient Http => api.Client.Http;
    private const string Query = "{ __type(name: \"VND\") { name kind } }";

    [Fact]
    public async Task An_anonymous_get_query_is_public_with_a_strong_etag_and_the_vary_it_depends_on()
    {
        using var response = await Http.SendAsync(Edge.Get(Query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=45", Edge.Header(response, "Cache-Control"));
        var etag = response.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag!.IsWeak);
        foreach (var name in new[] { "Accept", "Accept-Encoding", "Accept-Language", "Origin" })
            Assert.Contains(name, response.Headers.Vary);
    }

    [Fact]
    public async Task A_repeated_get_with_its_etag_is_304_without_a_body()
    {
        using var first = await Http.SendAsync(Edge.Get(Query));
        var etag = first.Headers.ETag!.Tag;
        using var again = Edge.Get(Query);
        again.Headers.TryAddWithoutValidation("If-None-Match", etag);
        using var response = await Http.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(etag, response.Headers.ETag!.Tag);
        Assert.Equal("public, max-age=45", Edge.Header(response, "Cache-Control"));
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_etag_of_the_compressed_copy_validates_the_same_content()
    {
        using var compressed = await Http.SendAsync(Edge.Get(Edge.Large(), "br"));
        using var plain = await Http.SendAsync(Edge.Get(Edge.Large()));
        var brTag = compressed.Headers.ETag!.Tag;
        Assert.NotEqual(brTag, plain.Headers.ETag!.Tag); // each representation has its own strong tag
        using var revalidate = Edge.Get(Edge.Large());
        revalidate.Headers.TryAddWithoutValidation("If-None-Match", brTag);
        using var response = await Http.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task Another_answer_has_another_etag_and_a_stale_one_gets_the_full_answer()
    {
        using var one = await Http.SendAsync(Edge.Get(Query));
        using var other = await Http.SendAsync(Edge.Get("{ __type(name: \"DateOnly\") { name kind } }"));
        Assert.NotEqual(one.Headers.ETag!.Tag, other.Headers.ETag!.Tag);
        using var stale = Edge.Get("{ __type(name: \"DateOnly\") { name kind } }");
        stale.Headers.TryAddWithoutValidation("If-None-Match", one.Headers.ETag.Tag);
        using var response = await Http.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("DateOnly", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_authenticated_get_is_private_no_store_without_etag_and_never_304()
    {
        var admin = await api.AdminAsync();
        using var anonymous = await Http.SendAsync(Edge.Get(Query));
        using var request = Edge.Get(Query);
        request.Headers.Authorization = Edge.Bearer(admin.BearerToken!);
        request.Headers.TryAddWithoutValidation("If-None-Match", anonymous.Headers.ETag!.Tag);
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("private, no-store", Edge.Header(response, "Cache-Control"));
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task A_get_with_an_api_key_or_a_cookie_is_private_no_store()
    {
        var admin = await api.AdminAsync();
        var secret = (await admin.PostAsync("""mutation { createApiKey(input: { name: "caching" }) { secret } }""")).OkData()["createApiKey"]!["secret"]!.GetValue<string>();
        using var withKey = Edge.Get(Query);
        withKey.Headers.Add("X-Api-Key", secret);
        using var keyed = await Http.SendAsync(withKey);
        Assert.Equal(HttpStatusCode.OK, keyed.StatusCode);
        Assert.Equal("private, no-store", Edge.Header(keyed, "Cache-Control"));

        using var withCookie = Edge.Get(Query);
        withCookie.Headers.Add("Cookie", "session=abc");
        using var cookied = await Http.SendAsync(withCookie);
        Assert.Equal("private, no-store", Edge.Header(cookied, "Cache-Control"));
        Assert.Null(cookied.Headers.ETag);
    }

    [Fact]
    public async Task Post_answers_and_answers_with_errors_are_no_store()
    {
        using var post = await Http.SendAsync(Edge.Post(new { query = Query }));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal("private, no-store", Edge.Header(post, "Cache-Control"));
        Assert.Null(post.Headers.ETag);

        using var failing = await Http.SendAsync(Edge.Get("{ noSuchField }"));
        Assert.Equal("private, no-store", Edge.Header(failing, "Cache-Control"));
        Assert.Null(failing.Headers.ETag);

        using var badRequest = await Http.SendAsync(Edge.GetUrl("/graphql?variables=%7B%7D"));
        Assert.Equal(HttpStatusCode.BadRequest, badRequest.StatusCode);
        Assert.Equal("private, no-store", Edge.Header(badRequest, "Cache-Control"));
    }
}
