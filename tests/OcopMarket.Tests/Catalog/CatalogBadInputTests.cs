using System.Net;
using System.Text;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Catalog;

/// <summary>Bad input gets a GraphQL error with extensions.code: never a 500, never a stack trace or an INTERNAL error.</summary>
[Collection(SeededCatalogCollection.Name)]
public class CatalogBadInputTests(SeededCatalogFixture api)
{
    private static void AssertClientError(GraphQLResponse response, string? code = null)
    {
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.Status);
        Assert.True(response.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"status {response.Status}: {response.Body}");
        Assert.NotNull(response.Errors);
        Assert.NotEmpty(response.Errors!);
        Assert.NotNull(response.FirstErrorCode);
        Assert.NotEqual("INTERNAL", response.FirstErrorCode);
        if (code != null) Assert.Equal(code, response.FirstErrorCode);
        Assert.DoesNotContain("Exception", response.Body);
        Assert.DoesNotContain(" at OcopMarket", response.Body);
        Assert.DoesNotContain("select ", response.Body);
    }

    private static string Encode(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [Fact]
    public async Task A_null_province_code_in_a_filter_is_refused_by_the_schema()
    {
        // provinceCodes is [String!]: a null in the list fails validation, before anything runs.
        AssertClientError(await api.Client.PostAsync("{ products(first: 5, filter: { provinceCodes: [null] }) { totalCount } }"), "ARGUMENTS_OF_CORRECT_TYPE");
        AssertClientError(await api.Client.PostAsync("{ products(first: 5, filter: { provinceCodes: [\"01\", null] }) { totalCount } }"), "ARGUMENTS_OF_CORRECT_TYPE");
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("!!!")]
    [InlineData("")]
    [InlineData("cDF8TmV3ZXN0")] // "p1|Newest": well-formed base64, too few parts
    public async Task Garbage_cursor_is_invalid_cursor(string cursor)
    {
        AssertClientError(await api.Client.PostAsync("query($c: String) { products(first: 5, after: $c) { totalCount } }", new { c = cursor }),
            "INVALID_CURSOR");
        AssertClientError(await api.Client.PostAsync("query($c: String) { products(last: 5, before: $c) { totalCount } }", new { c = cursor }),
            "INVALID_CURSOR");
    }

    [Theory]
    [InlineData("Newest", "9223372036854775807")] // micros far past year 9999
    [InlineData("StarsDesc", "99999999999")] // more than an int
    [InlineData("Relevance", "79228162514264337593543950336")] // more than a decimal
    [InlineData("PriceAsc", "-")]
    public async Task Well_formed_cursor_with_an_impossible_key_is_invalid_cursor(string order, string key)
    {
        var cursor = Encode($"p1|{order}|{key}|{Guid.NewGuid():N}");
        var graphQLOrder = order switch { "Newest" => "NEWEST", "StarsDesc" => "STARS_DESC", "Relevance" => "RELEVANCE", _ => "PRICE_ASC" };
        var response = await api.Client.PostAsync(
            "query($c: String, $o: ProductOrder) { products(search: \"mat ong\", order: $o, first: 5, after: $c) { totalCount } }",
            new { c = cursor, o = graphQLOrder });
        AssertClientError(response, "INVALID_CURSOR");
    }

    [Fact]
    public async Task Cursor_from_another_order_is_invalid_cursor()
    {
        var page = await api.PageAsync(order: "NEWEST", first: 3);
        var cursor = (string)page["pageInfo"]!["endCursor"]!;
        var response = await api.Client.PostAsync(
            "query($c: String) { products(order: PRICE_ASC, first: 3, after: $c) { totalCount } }", new { c = cursor });
        AssertClientError(response, "INVALID_CURSOR");
    }

    [Theory]
    [InlineData("first", -1)]
    [InlineData("first", 1000)]
    [InlineData("last", -1)]
    [InlineData("last", 1000)]
    public async Task Negative_or_huge_page_size_is_page_size_exceeded(string argument, int size)
    {
        AssertClientError(await api.Client.PostAsync($"{{ products({argument}: {size}) {{ totalCount }} }}"), "PAGE_SIZE_EXCEEDED");
        // The same sizes sent as variables, as client libraries do.
        AssertClientError(await api.Client.PostAsync($"query($n: Int) {{ products({argument}: $n) {{ totalCount }} }}", new { n = size }),
            "PAGE_SIZE_EXCEEDED");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1000)]
    public async Task Negative_or_huge_page_size_on_nested_connections_is_page_size_exceeded(int size)
    {
        var slug = api.Seed.Listed.First().Cooperative.Slug;
        AssertClientError(await api.Client.PostAsync("query($s: String!, $n: Int) { cooperative(slug: $s) { products(first: $n) { totalCount } } }",
            new { s = slug, n = size }), "PAGE_SIZE_EXCEEDED");
        AssertClientError(await api.Client.PostAsync("query($n: Int) { cooperatives(first: $n) { nodes { slug } } }", new { n = size }),
            "PAGE_SIZE_EXCEEDED");
    }

    [Fact]
    public async Task Unknown_order_value_is_an_error_with_a_code()
    {
        AssertClientError(await api.Client.PostAsync("{ products(order: CHEAPEST) { totalCount } }"), "ARGUMENTS_OF_CORRECT_TYPE");
        AssertClientError(await api.Client.PostAsync("query($o: ProductOrder) { products(order: $o) { totalCount } }", new { o = "CHEAPEST" }),
            "INVALID_VALUE");
    }

    [Fact]
    public async Task Unknown_group_value_is_an_error_with_a_code() =>
        AssertClientError(await api.Client.PostAsync("query($f: ProductFilter) { products(filter: $f) { totalCount } }",
            new { f = new { groups = new[] { "SEAFOOD" } } }), "INVALID_VALUE");

    [Theory]
    [InlineData("99")]
    [InlineData("")]
    [InlineData("Hà Nội")]
    public async Task Unknown_province_code_is_bad_user_input(string code)
    {
        var filter = new { provinceCodes = new[] { code } };
        AssertClientError(await api.Client.PostAsync("query($f: ProductFilter) { products(filter: $f) { totalCount } }", new { f = filter }),
            "BAD_USER_INPUT");
        AssertClientError(await api.Client.PostAsync("query($f: ProductFilter) { productFacets(filter: $f) { groups { count } } }",
            new { f = filter }), "BAD_USER_INPUT");
    }

    [Fact]
    public async Task Min_price_above_max_price_is_bad_user_input() =>
        AssertClientError(await api.Client.PostAsync("{ products(filter: { minPrice: 500000, maxPrice: 100000 }) { totalCount } }"),
            "BAD_USER_INPUT");

    [Theory]
    [InlineData("minStars: 0")]
    [InlineData("minStars: 6")]
    [InlineData("minPrice: -1")]
    public async Task Out_of_range_filter_values_are_bad_user_input(string filter) =>
        AssertClientError(await api.Client.PostAsync($"{{ products(filter: {{ {filter} }}) {{ totalCount }} }}"), "BAD_USER_INPUT");

    [Fact]
    public async Task First_and_last_together_is_bad_user_input() =>
        AssertClientError(await api.Client.PostAsync("{ products(first: 5, last: 5) { totalCount } }"), "BAD_USER_INPUT");
}
