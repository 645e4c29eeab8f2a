using System.Net;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Identity;

/// <summary>Ten operations a minute per user; a bulk call counts one operation per two items.</summary>
public class OperationRateLimitFixture : IdentityFixture
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:AnonymousPerMinute"] = "100",
        ["RateLimits:UserPerMinute"] = "10",
        ["RateLimits:BulkItemsPerOperation"] = "2",
    };
}

public class OperationRateLimitTests(OperationRateLimitFixture api) : IClassFixture<OperationRateLimitFixture>
{
    private static string Aliased(int count) =>
        "mutation {" + string.Concat(Enumerable.Range(0, count).Select(i =>
            $" v{i}: verifyCertificate(input: {{ productId: \"{Guid.NewGuid():N}\" }}) {{ userErrors {{ code }} }}")) + " }";

    [Fact]
    public async Task Aliased_mutations_and_bulk_items_count_as_operations_against_the_limit()
    {
        await RateWindow.FreshMinuteAsync();
        var admin = await api.AdminAsync();

        // Eleven aliased mutations in one request are eleven operations: refused whole, before any of them runs.
        var eleven = await admin.PostAsync(Aliased(11));
        Assert.Equal(HttpStatusCode.TooManyRequests, eleven.Status);
        Assert.Equal("RATE_LIMITED", eleven.FirstErrorCode);
        Assert.Contains("11 operations", eleven.Errors![0]!["message"]!.GetValue<string>());

        // The refused request still took its first operation (1 of 10); five aliases make 6.
        var five = await admin.PostAsync(Aliased(5));
        Assert.Equal(HttpStatusCode.OK, five.Status);
        Assert.Equal(5, five.OkData().AsObject().Count);

        // A bulk call with seven items counts ceil(7 / 2) = 4: 10 of 10.
        var ids = Enumerable.Range(0, 7).Select(_ => Guid.NewGuid().ToString("N")).ToArray();
        var bulk = await admin.PostAsync("mutation($ids: [ID!]!) { verifyCertificates(input: { productIds: $ids }) { userErrors { code } } }", new { ids });
        Assert.Equal(HttpStatusCode.OK, bulk.Status);

        var spent = await admin.PostAsync("{ apiVersion }");
        Assert.Equal(HttpStatusCode.TooManyRequests, spent.Status);
        Assert.NotNull(spent.Json);
    }
}
