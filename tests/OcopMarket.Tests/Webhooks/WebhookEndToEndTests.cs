using OcopMarket.Tests.Ordering;
using OcopMarket.Tests.Support;
using Xunit;
using static OcopMarket.Tests.Ordering.OrderGql;

namespace OcopMarket.Tests.Webhooks;

/// <summary>The ordering fixture's cooperatives, products and buyers, with webhooks on as in <see cref="WebhookFixture"/>.</summary>
public class WebhookEndToEndFixture : OrderingFixture
{
    protected override IDictionary<string, string?> Settings =>
        WebhookFixture.Defaults().ToDictionary(p => p.Key, p => (string?)p.Value);
}

/// <summary>Events the modules record for real changes (a stock count, an order) reach the endpoints that may see them.</summary>
public class WebhookEndToEndTests(WebhookEndToEndFixture api) : IClassFixture<WebhookEndToEndFixture>
{
    [Fact]
    public async Task A_shop_learns_of_stock_changes_and_an_admin_of_orders_through_their_endpoints()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var key = (await api.Admin.PostAsync("mutation { createApiKey(input: { name: \"shop-e2e\" }) { secret } }")).OkData()["createApiKey"]!["secret"]!.GetValue<string>();
        var shop = new GraphQLClient(api.Client.Http) { ApiKey = key };
        var (_, shopSecret) = await WebhookGql.CreateAsync(shop, receiver.Url("/shop"), "stock.changed");
        var (_, adminSecret) = await WebhookGql.CreateAsync(api.Admin, receiver.Url("/admin"), "order.placed", "stock.changed");

        (await api.ManagerB.PostAsync("mutation { setStock(input: { sku: \"B1-TAN\", onHand: 55 }) { userErrors { code } } }")).OkData();
        var placed = (await api.Buyers[0].PostAsync(PlaceOrder, Input(Key(), ("A2-KG", 1)))).OkData()["placeOrder"]!["purchaseOrder"]!;
        var number = placed["number"]!.GetValue<string>();

        await WebhookFixture.EventuallyAsync(() =>
            receiver.Of("/shop").Count >= 2 && receiver.Of("/admin").Any(r => r.Json["type"]!.GetValue<string>() == "order.placed"),
            what: "the stock changes and the order");
        await Task.Delay(500);

        var shopGot = receiver.Of("/shop");
        Assert.All(shopGot, r => Assert.True(WebhookReceiver.Verify(shopSecret, r.Signature, r.Body, DateTimeOffset.UtcNow)));
        Assert.All(shopGot, r => Assert.Equal("stock.changed", r.Json["type"]!.GetValue<string>()));
        Assert.Contains(shopGot, r => r.Json["data"]!["sku"]!.GetValue<string>() == "B1-TAN");
        Assert.Contains(shopGot, r => r.Json["data"]!["sku"]!.GetValue<string>() == "A2-KG");

        var order = receiver.Of("/admin").Single(r => r.Json["type"]!.GetValue<string>() == "order.placed");
        Assert.True(WebhookReceiver.Verify(adminSecret, order.Signature, order.Body, DateTimeOffset.UtcNow));
        Assert.Equal(number, order.Json["data"]!["orderNumber"]!.GetValue<string>());
        Assert.Equal(3, receiver.Of("/admin").Count); // the order and both stock changes
    }

    [Fact]
    public async Task A_product_change_reaches_a_shops_endpoint_signed_and_verifiable()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var key = (await api.Admin.PostAsync("mutation { createApiKey(input: { name: \"shop-products\" }) { secret } }")).OkData()["createApiKey"]!["secret"]!.GetValue<string>();
        var shop = new GraphQLClient(api.Client.Http) { ApiKey = key };
        var (_, secret) = await WebhookGql.CreateAsync(shop, receiver.Url("/products"), "product.changed");
        var product = (await api.Client.PostAsync("query { product(slug: \"mam-ruoc-a\") { id version } }")).OkData()["product"]!;
        var id = product["id"]!.GetValue<string>();

        var updated = (await api.ManagerA.PostAsync(
            "mutation($id: ID!, $v: Int!) { updateProduct(input: { productId: $id, expectedVersion: $v, name: \"Mắm ruốc A loại đặc biệt\" }) { userErrors { code message } } }",
            new { id, v = product["version"]!.GetValue<int>() })).OkData();
        Assert.Empty(updated["updateProduct"]!["userErrors"]!.AsArray());

        await WebhookFixture.EventuallyAsync(() => receiver.Of("/products").Count >= 1, what: "the product change");
        var delivery = Assert.Single(receiver.Of("/products"));
        Assert.True(WebhookReceiver.Verify(secret, delivery.Signature, delivery.Body, DateTimeOffset.UtcNow));
        Assert.False(WebhookReceiver.Verify(secret + "x", delivery.Signature, delivery.Body, DateTimeOffset.UtcNow));
        Assert.Equal("product.changed", delivery.Json["type"]!.GetValue<string>());
        Assert.Equal(id, delivery.Json["data"]!["productId"]!.GetValue<string>());
        Assert.Equal("Mắm ruốc A loại đặc biệt", delivery.Json["data"]!["name"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(delivery.Json["id"]!.GetValue<string>()));
    }
}
