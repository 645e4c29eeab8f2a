using System.Text.Json.Nodes;
using OcopMarket.Tests.Support;
using Xunit;
using static OcopMarket.Tests.Ordering.OrderGql;

namespace OcopMarket.Tests.Ordering;

public class PlaceOrderTests(OrderingFixture api) : IClassFixture<OrderingFixture>
{
    private GraphQLClient Buyer => api.Buyers[0];

    private static JsonNode Order(GraphQLResponse response) => response.OkData()["placeOrder"]!;

    [Fact]
    public async Task Order_across_two_cooperatives_is_split_priced_by_tiers_and_totals_past_int32()
    {
        var response = await Buyer.PostAsync(PlaceOrder, Input(Key(), ("A1-500", 24), ("B1-TAN", 30)));
        var payload = Order(response);
        Assert.Empty(payload["userErrors"]!.AsArray());
        var order = payload["purchaseOrder"]!;
        var parts = order["cooperativeOrders"]!.AsArray();
        Assert.Equal(2, parts.Count);
        var a = parts.Single(p => p!["cooperative"]!["slug"]!.GetValue<string>() == "htx-a")!;
        var b = parts.Single(p => p!["cooperative"]!["slug"]!.GetValue<string>() == "htx-b")!;
        Assert.Equal(90_000, a["lines"]![0]!["unitPrice"]!.GetValue<long>()); // the 24-unit price break
        Assert.Equal("TIER", a["lines"]![0]!["priceSource"]!.GetValue<string>());
        Assert.Equal(24 * 90_000L, a["subtotal"]!.GetValue<long>());
        Assert.Equal(30 * 99_000_000L, b["subtotal"]!.GetValue<long>());
        Assert.Equal(24 * 90_000L + 30 * 99_000_000L, order["total"]!.GetValue<long>());
        Assert.True(order["total"]!.GetValue<long>() > int.MaxValue);
        Assert.All(parts, p => Assert.Equal("PLACED", p!["status"]!.GetValue<string>()));
        Assert.Equal("01", order["deliveryAddress"]!["provinceCode"]!.GetValue<string>()); // the buyer's default address
    }

    [Theory]
    [InlineData(5, "minimum order quantity of 12")]
    [InlineData(18, "cases of 12")]
    public async Task Quantity_rules_are_enforced_per_line_with_the_line_named(int quantity, string rule)
    {
        var before = await api.StockAsync("A1-500");
        var response = await Buyer.PostAsync(PlaceOrder, Input(Key(), ("A2-KG", 1), ("A1-500", quantity)));
        var payload = Order(response);
        Assert.Null(payload["purchaseOrder"]);
        var error = payload["userErrors"]![0]!;
        Assert.Equal("VALIDATION", error["code"]!.GetValue<string>());
        Assert.Equal(["input", "lines", "1", "quantity"], error["field"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Contains(rule, error["message"]!.GetValue<string>());
        Assert.Equal(before, await api.StockAsync("A1-500"));
    }

    [Fact]
    public async Task Unknown_sku_is_not_found_on_its_line()
    {
        var payload = Order(await Buyer.PostAsync(PlaceOrder, Input(Key(), ("NO-SUCH-SKU", 1))));
        Assert.Equal("NOT_FOUND", payload["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("sku", payload["userErrors"]![0]!["field"]!.AsArray()[^1]!.GetValue<string>());
    }

    [Fact]
    public async Task Line_that_cannot_be_met_fails_the_whole_order_and_reserves_nothing()
    {
        var a1 = await api.StockAsync("A1-500");
        var a2 = await api.StockAsync("A2-KG");
        var available = a2.OnHand - a2.Reserved;
        var payload = Order(await Buyer.PostAsync(PlaceOrder, Input(Key(), ("A1-500", 12), ("A2-KG", available + 1))));
        Assert.Null(payload["purchaseOrder"]);
        var error = payload["userErrors"]![0]!;
        Assert.Equal("OUT_OF_STOCK", error["code"]!.GetValue<string>());
        Assert.Contains($"{available} available", error["message"]!.GetValue<string>());
        Assert.Equal(a1, await api.StockAsync("A1-500"));
        Assert.Equal(a2, await api.StockAsync("A2-KG"));
    }

    [Fact]
    public async Task Same_idempotency_key_returns_the_same_order_and_reserves_once()
    {
        var key = Key();
        var before = await api.StockAsync("A1-500");
        var first = Order(await Buyer.PostAsync(PlaceOrder, Input(key, ("A1-500", 12))))["purchaseOrder"]!;
        var second = Order(await Buyer.PostAsync(PlaceOrder, Input(key, ("A1-500", 12))))["purchaseOrder"]!;
        Assert.Equal(first["id"]!.GetValue<string>(), second["id"]!.GetValue<string>());
        Assert.Equal(before.Reserved + 12, (await api.StockAsync("A1-500")).Reserved);

        var other = Order(await api.Buyers[1].PostAsync(PlaceOrder, Input(key, ("A1-500", 12))))["purchaseOrder"]!;
        Assert.NotEqual(first["id"]!.GetValue<string>(), other["id"]!.GetValue<string>()); // keys are per buyer
    }

    [Fact]
    public async Task Reusing_a_key_with_a_different_body_is_a_user_error()
    {
        var key = Key();
        Order(await Buyer.PostAsync(PlaceOrder, Input(key, ("A1-500", 12))));
        var payload = Order(await Buyer.PostAsync(PlaceOrder, Input(key, ("A1-500", 24))));
        Assert.Null(payload["purchaseOrder"]);
        Assert.Equal("IDEMPOTENCY_KEY_REUSED", payload["userErrors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_a_signed_in_verified_buyer_can_place_orders()
    {
        Assert.Equal("BUYER_NOT_VERIFIED",
            Order(await api.Unverified.PostAsync(PlaceOrder, Input(Key(), ("A2-KG", 1))))["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("UNAUTHENTICATED",
            Order(await api.Client.PostAsync(PlaceOrder, Input(Key(), ("A2-KG", 1))))["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN",
            Order(await api.ManagerA.PostAsync(PlaceOrder, Input(Key(), ("A2-KG", 1))))["userErrors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Client_cannot_send_a_price()
    {
        var response = await Buyer.PostAsync(PlaceOrder,
            new { input = new { idempotencyKey = Key(), lines = new[] { new { sku = "A2-KG", quantity = 1, unitPrice = 1 } } } });
        Assert.Null(response.Data);
        // The input type has no unitPrice: the variable is refused before anything runs, naming the field.
        Assert.Equal("INVALID_VALUE", response.FirstErrorCode);
        Assert.Contains("unitPrice", response.Errors![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invalid_input_is_a_validation_error_that_names_the_field()
    {
        var payload = Order(await Buyer.PostAsync(PlaceOrder, Input(Key(), ("A2-KG", 0))));
        var error = payload["userErrors"]![0]!;
        Assert.Equal("VALIDATION", error["code"]!.GetValue<string>());
        Assert.Equal(["input", "lines", "0", "quantity"], error["field"]!.AsArray().Select(f => f!.GetValue<string>()));

        var empty = Order(await Buyer.PostAsync(PlaceOrder, Input(Key())));
        Assert.Equal("VALIDATION", empty["userErrors"]![0]!["code"]!.GetValue<string>());
    }
}
