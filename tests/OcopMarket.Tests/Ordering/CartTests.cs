using System.Text.Json.Nodes;
using OcopMarket.Tests.Support;
using Xunit;
using static OcopMarket.Tests.Ordering.CartGql;
using static OcopMarket.Tests.Ordering.OrderGql;

namespace OcopMarket.Tests.Ordering;

/// <summary>The server cart (issue 16): priced by placeOrder's code, per buyer business, revisioned, ordered from and emptied atomically.</summary>
public class CartTests(OrderingFixture api) : IClassFixture<OrderingFixture>
{
    private static async Task<JsonNode> SetAsync(GraphQLClient buyer, string mode, int? expectedVersion, params (string, int)[] lines) =>
        (await buyer.PostAsync(SetLines, Lines(mode, expectedVersion, lines))).OkData()["setCartLines"]!;

    private static async Task<JsonNode> CartAsync(GraphQLClient buyer) => (await buyer.PostAsync(Cart)).OkData()["cart"]!;

    private static async Task<JsonNode> EmptyCartAsync(GraphQLClient buyer) => (await buyer.PostAsync(Clear)).OkData()["clearCart"]!["cart"]!;

    private static JsonNode Line(JsonNode cart, string sku) => cart["lines"]!.AsArray().Single(l => l!["sku"]!.GetValue<string>() == sku)!;

    private static string[] Skus(JsonNode cart) => cart["lines"]!.AsArray().Select(l => l!["sku"]!.GetValue<string>()).ToArray();

    private static void NoErrors(JsonNode payload) => Assert.Empty(payload["userErrors"]!.AsArray());

    private static string Code(JsonNode payload) => payload["userErrors"]![0]!["code"]!.GetValue<string>();

    [Fact]
    public async Task Cart_is_priced_by_tiers_split_per_cooperative_and_charged_exactly_so_by_placeOrder()
    {
        var buyer = api.Buyers[0];
        await EmptyCartAsync(buyer);
        var set = await SetAsync(buyer, "REPLACE", null, ("A1-500", 24), ("A2-KG", 2), ("B2-HOT", 3));
        NoErrors(set);
        var cart = await CartAsync(buyer);
        var a1 = Line(cart, "A1-500");
        Assert.Equal(90_000, a1["unitPrice"]!.GetValue<long>()); // the 24-unit price break
        Assert.Equal("TIER", a1["priceSource"]!.GetValue<string>());
        Assert.Equal(24 * 90_000L, a1["lineTotal"]!.GetValue<long>());
        Assert.Equal("RETAIL", Line(cart, "A2-KG")["priceSource"]!.GetValue<string>());
        Assert.All(cart["lines"]!.AsArray(), l => Assert.Empty(l!["problems"]!.AsArray()));
        var parts = cart["parts"]!.AsArray();
        Assert.Equal(["htx-a", "htx-b"], parts.Select(p => p!["cooperative"]!["slug"]!.GetValue<string>()).Order());
        var partA = parts.Single(p => p!["cooperative"]!["slug"]!.GetValue<string>() == "htx-a")!;
        Assert.Equal(24 * 90_000L + 2 * 50_000L, partA["subtotal"]!.GetValue<long>());
        Assert.Equal(24 * 90_000L + 2 * 50_000L + 3 * 30_000L, cart["total"]!.GetValue<long>());

        var order = (await buyer.PostAsync(PlaceOrder, FromCart(Key()))).OkData()["placeOrder"]!;
        NoErrors(order);
        Assert.Equal(cart["total"]!.GetValue<long>(), order["purchaseOrder"]!["total"]!.GetValue<long>());
        var charged = order["purchaseOrder"]!["cooperativeOrders"]!.AsArray().SelectMany(p => p!["lines"]!.AsArray())
            .ToDictionary(l => l!["sku"]!.GetValue<string>(), l => (l!["unitPrice"]!.GetValue<long>(), l["priceSource"]!.GetValue<string>()));
        foreach (var line in cart["lines"]!.AsArray())
            Assert.Equal((line!["unitPrice"]!.GetValue<long>(), line["priceSource"]!.GetValue<string>()), charged[line["sku"]!.GetValue<string>()]);
    }

    [Fact]
    public async Task Accepted_agreement_prices_the_buyers_cart_line_and_no_other_buyers()
    {
        var buyer = api.Buyers[1];
        var buyerId = (await buyer.PostAsync("{ me { buyer { id } } }")).OkData()["me"]!["buyer"]!["id"]!.GetValue<string>();
        string Day(int d) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7).AddDays(d)).ToString("yyyy-MM-dd");
        var proposed = (await api.ManagerB.PostAsync(
            "mutation($input: ProposeSupplyAgreementInput!) { proposeSupplyAgreement(input: $input) { supplyAgreement { id } } }",
            new { input = new { buyerId, sku = "B2-HOT", unitPrice = 25_000, validFrom = Day(0), validTo = Day(30) } }))
            .OkData()["proposeSupplyAgreement"]!["supplyAgreement"]!["id"]!.GetValue<string>();
        await EmptyCartAsync(buyer);
        await SetAsync(buyer, "REPLACE", null, ("B2-HOT", 4));
        Assert.Equal(30_000, Line(await CartAsync(buyer), "B2-HOT")["unitPrice"]!.GetValue<long>()); // proposed only

        (await buyer.PostAsync("mutation($id: ID!) { acceptSupplyAgreement(id: $id) { userErrors { code } } }", new { id = proposed })).OkData();
        var line = Line(await CartAsync(buyer), "B2-HOT");
        Assert.Equal(25_000, line["unitPrice"]!.GetValue<long>());
        Assert.Equal("AGREEMENT", line["priceSource"]!.GetValue<string>());
        Assert.Equal(4 * 25_000L, line["lineTotal"]!.GetValue<long>());

        var other = api.Buyers[2];
        await EmptyCartAsync(other);
        Assert.Equal(30_000, Line((await SetAsync(other, "REPLACE", null, ("B2-HOT", 4)))["cart"]!, "B2-HOT")["unitPrice"]!.GetValue<long>());
        await EmptyCartAsync(other);

        var order = (await buyer.PostAsync(PlaceOrder, FromCart(Key()))).OkData()["placeOrder"]!;
        var charged = order["purchaseOrder"]!["cooperativeOrders"]![0]!["lines"]![0]!;
        Assert.Equal(25_000, charged["unitPrice"]!.GetValue<long>());
        Assert.Equal("AGREEMENT", charged["priceSource"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_skus_broken_quantity_rules_and_missing_stock_are_problems_on_their_lines_not_errors()
    {
        var buyer = api.Buyers[2];
        await EmptyCartAsync(buyer);
        NoErrors(await SetAsync(buyer, "REPLACE", null, ("NO-SUCH-SKU", 1), ("A1-500", 5), ("A1-500X", 0), ("A2-KG", 1), ("B2-HOT", 100_000)));
        var response = await buyer.PostAsync(Cart);
        Assert.Null(response.Errors);
        var cart = response.OkData()["cart"]!;
        Assert.Equal(["NO-SUCH-SKU", "A1-500", "A2-KG", "B2-HOT"], Skus(cart)); // quantity 0 added nothing

        var unknown = Line(cart, "NO-SUCH-SKU");
        Assert.Equal("NOT_FOUND", unknown["problems"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(["sku"], unknown["problems"]![0]!["field"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Null(unknown["product"]);
        Assert.Null(unknown["unitPrice"]);
        Assert.Equal(0, unknown["available"]!.GetValue<int>());

        var tooFew = Line(cart, "A1-500");
        Assert.Equal("VALIDATION", tooFew["problems"]![0]!["code"]!.GetValue<string>());
        Assert.Contains("minimum order quantity of 12", tooFew["problems"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("nuoc-mam-a", tooFew["product"]!["slug"]!.GetValue<string>());
        Assert.Null(tooFew["lineTotal"]);

        var tooMany = Line(cart, "B2-HOT");
        Assert.Equal("OUT_OF_STOCK", tooMany["problems"]![0]!["code"]!.GetValue<string>());
        var left = (await api.StockAsync("B2-HOT")) is var s ? s.OnHand - s.Reserved : 0;
        Assert.Equal(left, tooMany["available"]!.GetValue<int>());
        Assert.Contains($"{left} available", tooMany["problems"]![0]!["message"]!.GetValue<string>());

        Assert.Empty(Line(cart, "A2-KG")["problems"]!.AsArray());
        // Lines that cannot be priced add nothing; one short of stock keeps its price.
        Assert.Equal(50_000L + 100_000L * 30_000L, cart["total"]!.GetValue<long>());
        Assert.DoesNotContain(cart["parts"]!.AsArray().SelectMany(p => p!["lines"]!.AsArray()), l => l!["sku"]!.GetValue<string>() == "NO-SUCH-SKU");

        // placeOrder refuses the same lines, naming the cart's line.
        var order = (await buyer.PostAsync(PlaceOrder, FromCart(Key()))).OkData()["placeOrder"]!;
        Assert.Null(order["purchaseOrder"]);
        Assert.Equal(["cart", "lines", "0", "sku"], order["userErrors"]![0]!["field"]!.AsArray().Select(f => f!.GetValue<string>()));
        await EmptyCartAsync(buyer);
    }

    [Fact]
    public async Task Merge_sets_the_lines_sent_and_keeps_the_others_while_replace_keeps_only_the_lines_sent()
    {
        var buyer = api.Buyers[0];
        await EmptyCartAsync(buyer);
        await SetAsync(buyer, "REPLACE", null, ("A2-KG", 1), ("B2-HOT", 2));
        var merged = (await SetAsync(buyer, "MERGE", null, ("A2-KG", 3), ("A1-500", 12)))["cart"]!;
        Assert.Equal(["A2-KG", "B2-HOT", "A1-500"], Skus(merged));
        Assert.Equal(3, Line(merged, "A2-KG")["quantity"]!.GetValue<int>());
        Assert.Equal(["A2-KG", "A1-500"], Skus((await SetAsync(buyer, "MERGE", null, ("B2-HOT", 0)))["cart"]!));
        // The default mode is MERGE.
        var byDefault = (await buyer.PostAsync(SetLines, new { input = new { lines = new[] { new { sku = "B2-HOT", quantity = 1 } } } }))
            .OkData()["setCartLines"]!["cart"]!;
        Assert.Equal(["A2-KG", "A1-500", "B2-HOT"], Skus(byDefault));
        Assert.Equal(["A1-500"], Skus((await SetAsync(buyer, "REPLACE", null, ("A1-500", 24)))["cart"]!));

        var removed = (await buyer.PostAsync(RemoveLine, new { sku = "A1-500" })).OkData()["removeCartLine"]!;
        NoErrors(removed);
        Assert.Empty(removed["cart"]!["lines"]!.AsArray());
        NoErrors((await buyer.PostAsync(RemoveLine, new { sku = "A1-500" })).OkData()["removeCartLine"]!); // already gone: no change

        Assert.Equal("VALIDATION", Code(await SetAsync(buyer, "MERGE", null, ("A2-KG", 1), ("a2-kg", 2))));
        Assert.Equal("VALIDATION", Code(await SetAsync(buyer, "MERGE", null, ("A2-KG", -1))));
        var tooMany = Enumerable.Range(0, 201).Select(i => ($"SKU-{i}", 1)).ToArray();
        Assert.Equal("VALIDATION", Code(await SetAsync(buyer, "REPLACE", null, tooMany)));
        await SetAsync(buyer, "REPLACE", null, tooMany[..200]);
        var over = await SetAsync(buyer, "MERGE", null, ("A2-KG", 1));
        Assert.Equal("VALIDATION", Code(over)); // 201 lines after merging
        Assert.Equal(200, (await CartAsync(buyer))["lines"]!.AsArray().Count);
        await EmptyCartAsync(buyer);
    }

    [Fact]
    public async Task A_stale_expected_version_is_a_conflict_and_changes_nothing()
    {
        var buyer = api.Buyers[0];
        var start = (await EmptyCartAsync(buyer))["version"]!.GetValue<int>();
        var first = (await SetAsync(buyer, "REPLACE", start, ("A2-KG", 1)))["cart"]!;
        var version = first["version"]!.GetValue<int>();
        Assert.Equal(start + 1, version);
        Assert.Equal(version, (await CartAsync(buyer))["version"]!.GetValue<int>());

        // Another device of the same buyer changes the cart on the version it read.
        var other = api.Buyers[0];
        NoErrors(await SetAsync(other, "MERGE", version, ("A2-KG", 2)));

        var stale = await SetAsync(buyer, "MERGE", version, ("A2-KG", 5));
        Assert.Equal("CONFLICT", Code(stale));
        Assert.Equal(["input", "expectedVersion"], stale["userErrors"]![0]!["field"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(2, Line(stale["cart"]!, "A2-KG")["quantity"]!.GetValue<int>()); // the cart as it is now
        var now = await CartAsync(buyer);
        Assert.Equal(version + 1, now["version"]!.GetValue<int>());
        Assert.Equal(2, Line(now, "A2-KG")["quantity"]!.GetValue<int>());
        await EmptyCartAsync(buyer);
    }

    [Fact]
    public async Task Another_buyer_neither_sees_nor_changes_the_cart_and_other_roles_have_none()
    {
        var owner = api.Buyers[0];
        var other = api.Buyers[1];
        await EmptyCartAsync(owner);
        await EmptyCartAsync(other);
        var ownCart = (await SetAsync(owner, "REPLACE", null, ("A2-KG", 7)))["cart"]!;
        var theirs = await CartAsync(other);
        Assert.NotEqual(ownCart["id"]!.GetValue<string>(), theirs["id"]!.GetValue<string>());
        Assert.Empty(theirs["lines"]!.AsArray());
        await other.PostAsync(RemoveLine, new { sku = "A2-KG" });
        await other.PostAsync(Clear);
        Assert.Equal(7, Line(await CartAsync(owner), "A2-KG")["quantity"]!.GetValue<int>());

        Assert.Equal("FORBIDDEN", (await api.ManagerA.PostAsync(Cart)).FirstErrorCode);
        Assert.Equal("UNAUTHENTICATED", (await api.Client.PostAsync(Cart)).FirstErrorCode);
        var admin = await api.Admin.PostAsync(Cart);
        Assert.Null(admin.Errors);
        Assert.Null(admin.OkData()["cart"]);
        Assert.Equal("FORBIDDEN", Code(await SetAsync(api.ManagerA, "MERGE", null, ("A2-KG", 1))));
        Assert.Equal("FORBIDDEN", Code((await api.Admin.PostAsync(Clear)).OkData()["clearCart"]!));
        Assert.Equal("UNAUTHENTICATED", Code(await SetAsync(api.Client, "MERGE", null, ("A2-KG", 1))));
        await EmptyCartAsync(owner);
    }

    [Fact]
    public async Task Placing_from_the_cart_empties_it_with_the_order_and_a_retry_with_the_key_returns_the_same_order()
    {
        var buyer = api.Buyers[2];
        await EmptyCartAsync(buyer);
        var before = await api.StockAsync("A1-500");
        var version = (await SetAsync(buyer, "REPLACE", null, ("A1-500", 12), ("B2-HOT", 1)))["cart"]!["version"]!.GetValue<int>();
        var key = Key();
        var first = (await buyer.PostAsync(PlaceOrder, FromCart(key, "Giao buổi sáng"))).OkData()["placeOrder"]!;
        NoErrors(first);
        var id = first["purchaseOrder"]!["id"]!.GetValue<string>();
        Assert.Equal(2, first["purchaseOrder"]!["cooperativeOrders"]!.AsArray().Count);
        var emptied = await CartAsync(buyer);
        Assert.Empty(emptied["lines"]!.AsArray());
        Assert.Equal(version + 1, emptied["version"]!.GetValue<int>());
        Assert.Equal(before.Reserved + 12, (await api.StockAsync("A1-500")).Reserved);

        var retry = (await buyer.PostAsync(PlaceOrder, FromCart(key, "Giao buổi sáng"))).OkData()["placeOrder"]!;
        NoErrors(retry);
        Assert.Equal(id, retry["purchaseOrder"]!["id"]!.GetValue<string>());
        Assert.Equal(before.Reserved + 12, (await api.StockAsync("A1-500")).Reserved); // reserved once
        Assert.Equal("IDEMPOTENCY_KEY_REUSED", Code((await buyer.PostAsync(PlaceOrder, FromCart(key, "Giao buổi chiều"))).OkData()["placeOrder"]!));

        var empty = (await buyer.PostAsync(PlaceOrder, FromCart(Key()))).OkData()["placeOrder"]!;
        Assert.Equal("VALIDATION", Code(empty));
        Assert.Equal(["cart", "lines"], empty["userErrors"]![0]!["field"]!.AsArray().Select(f => f!.GetValue<string>()));
    }

    [Fact]
    public async Task An_order_that_fails_leaves_the_cart_as_it_was()
    {
        var buyer = api.Buyers[1];
        await EmptyCartAsync(buyer);
        var stock = await api.StockAsync("A2-KG");
        var cart = (await SetAsync(buyer, "REPLACE", null, ("A1-500", 12), ("A2-KG", stock.OnHand - stock.Reserved + 1)))["cart"]!;
        var order = (await buyer.PostAsync(PlaceOrder, FromCart(Key()))).OkData()["placeOrder"]!;
        Assert.Equal("OUT_OF_STOCK", Code(order));
        Assert.Equal(["cart", "lines", "1", "quantity"], order["userErrors"]![0]!["field"]!.AsArray().Select(f => f!.GetValue<string>()));
        var after = await CartAsync(buyer);
        Assert.Equal(cart["version"]!.GetValue<int>(), after["version"]!.GetValue<int>());
        Assert.Equal(["A1-500", "A2-KG"], Skus(after));
        await EmptyCartAsync(buyer);
    }

    [Fact]
    public async Task Lines_and_fromCart_together_are_a_validation_error_and_lines_alone_still_work()
    {
        var buyer = api.Buyers[0];
        var both = (await buyer.PostAsync(PlaceOrder,
            new { input = new { idempotencyKey = Key(), fromCart = true, lines = new[] { new { sku = "A2-KG", quantity = 1 } } } }))
            .OkData()["placeOrder"]!;
        Assert.Equal("VALIDATION", Code(both));
        Assert.Null(both["purchaseOrder"]);
        var neither = (await buyer.PostAsync(PlaceOrder, new { input = new { idempotencyKey = Key() } })).OkData()["placeOrder"]!;
        Assert.Equal("VALIDATION", Code(neither));

        await EmptyCartAsync(buyer);
        await SetAsync(buyer, "REPLACE", null, ("B2-HOT", 1));
        NoErrors((await buyer.PostAsync(PlaceOrder, Input(Key(), ("A2-KG", 1)))).OkData()["placeOrder"]!);
        Assert.Equal(["B2-HOT"], Skus(await CartAsync(buyer))); // an order from lines leaves the cart alone
        await EmptyCartAsync(buyer);
    }

    [Fact]
    public async Task An_unverified_buyer_is_refused_the_cart()
    {
        Assert.Equal("BUYER_NOT_VERIFIED", (await api.Unverified.PostAsync(Cart)).FirstErrorCode);
        Assert.Equal("BUYER_NOT_VERIFIED", Code(await SetAsync(api.Unverified, "MERGE", null, ("A2-KG", 1))));
        Assert.Equal("BUYER_NOT_VERIFIED", Code((await api.Unverified.PostAsync(Clear)).OkData()["clearCart"]!));
        Assert.Equal("BUYER_NOT_VERIFIED", Code((await api.Unverified.PostAsync(PlaceOrder, FromCart(Key()))).OkData()["placeOrder"]!));
    }

    [Fact]
    public async Task Variants_lookup_answers_each_sku_in_the_order_asked_and_is_bounded()
    {
        var found = (await api.Buyers[0].PostAsync(Variants, new { skus = new[] { "A1-500", "NO-SUCH-SKU", " B2-HOT " } })).OkData()["variants"]!.AsArray();
        Assert.Equal(["A1-500", "NO-SUCH-SKU", "B2-HOT"], found.Select(v => v!["sku"]!.GetValue<string>()));
        Assert.Equal("nuoc-mam-a", found[0]!["product"]!["slug"]!.GetValue<string>());
        Assert.Equal(12, found[0]!["variant"]!["minOrderQuantity"]!.GetValue<int>());
        Assert.Null(found[0]!["problem"]);
        Assert.Null(found[1]!["product"]);
        Assert.Equal("NOT_FOUND", found[1]!["problem"]!["code"]!.GetValue<string>());
        Assert.Equal(["skus", "1"], found[1]!["problem"]!["field"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal("gao-hot", found[2]!["product"]!["slug"]!.GetValue<string>());

        var tooMany = await api.Buyers[0].PostAsync(Variants, new { skus = Enumerable.Range(0, 201).Select(i => $"S{i}").ToArray() });
        Assert.Equal("BAD_USER_INPUT", tooMany.FirstErrorCode);
        Assert.Equal("UNAUTHENTICATED", (await api.Client.PostAsync(Variants, new { skus = new[] { "A1-500" } })).FirstErrorCode);
    }
}
