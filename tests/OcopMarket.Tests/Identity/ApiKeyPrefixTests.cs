using System.Net;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Identity;

/// <summary>The API as deployed: hosting environment Production.</summary>
public class ProductionIdentityFixture : IdentityFixture
{
    protected override string Environment => "Production";
}

public class ApiKeyPrefixTests(ProductionIdentityFixture api) : IClassFixture<ProductionIdentityFixture>
{
    [Fact]
    public async Task Keys_made_in_production_say_live_and_read_the_catalog()
    {
        var admin = await api.AdminAsync();
        var created = (await admin.PostAsync("""mutation { createApiKey(input: { name: "Cửa hàng thật" }) { apiKey { prefix } secret } }""")).OkData()["createApiKey"]!;
        var secret = created["secret"]!.GetValue<string>();
        Assert.StartsWith("ocop_live_", secret);
        Assert.StartsWith("ocop_live_", created["apiKey"]!["prefix"]!.GetValue<string>());

        var shop = new GraphQLClient(api.Client.Http) { ApiKey = secret };
        Assert.Equal(HttpStatusCode.OK, (await shop.PostAsync("{ products(first: 1) { totalCount } }")).Status);
    }
}
