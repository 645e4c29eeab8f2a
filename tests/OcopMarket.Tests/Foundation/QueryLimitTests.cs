using System.Net;
using System.Text;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Foundation;

public class QueryLimitTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Standard_introspection_query_passes_the_limits()
    {
        var introspection = await Node.RunAsync("introspection.mjs");
        var response = await api.Client.PostAsync(introspection);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.NotNull(response.OkData()["__schema"]!["queryType"]);
    }

    [Fact]
    public async Task Too_deep_query_is_refused_with_max_depth_code()
    {
        // An operation that is not introspection alone gets the normal depth limit (12): this one is 18 deep.
        var nested = "name";
        for (var i = 0; i < 14; i++) nested = $"ofType {{ {nested} }}";
        var response = await api.Client.PostAsync($$"""{ apiVersion __type(name: "Query") { fields { type { {{nested}} } } } }""");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("MAX_DEPTH_EXCEEDED", response.FirstErrorCode);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task Two_megabyte_query_is_refused_before_parsing()
    {
        var huge = new StringBuilder("{ ");
        while (huge.Length < 2_000_000) huge.Append("__typename ");
        huge.Append('}');
        var response = await api.Client.PostAsync(huge.ToString());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("QUERY_TOO_LARGE", response.FirstErrorCode);
    }
}

/// <summary>A fixture with a tiny complexity budget and query size, to prove both limits bite with their codes.</summary>
public class TightLimitsFixture : ApiFixture
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["GraphQL:MaxComplexity"] = "20",
        ["GraphQL:MaxQueryBytes"] = "400",
    };
}

public class TightLimitTests(TightLimitsFixture api) : IClassFixture<TightLimitsFixture>
{
    [Fact]
    public async Task Too_complex_query_is_refused_with_max_complexity_code()
    {
        var response = await api.Client.PostAsync("""{ __schema { types { name fields { name args { name type { name } } type { name } } } } }""");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("MAX_COMPLEXITY_EXCEEDED", response.FirstErrorCode);
    }

    [Fact]
    public async Task Query_over_max_bytes_is_413_with_code()
    {
        var response = await api.Client.PostAsync("{ " + string.Concat(Enumerable.Repeat("__typename ", 50)) + "}");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("QUERY_TOO_LARGE", response.FirstErrorCode);
    }
}
