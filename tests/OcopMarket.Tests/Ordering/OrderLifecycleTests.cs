using System.Text.Json.Nodes;
using OcopMarket.Tests.Support;
using Xunit;
using static OcopMarket.Tests.Ordering.OrderGql;

namespace OcopMarket.Tests.Ordering;

public class OrderLifecycleTests(OrderingFixture api) : IClassFixture<OrderingFixture>
{
    /// <summary>Places an order for one line and returns its cooperative order's id.</summary>
    private async Task<string> PlaceAsync(GraphQLClient buyer, string sku, int quantity)
    {
        var response = await buyer.PostAsync(PlaceOrder, Input(Key(), (sku, quantity)));
        return response.OkData()["placeOrder"]!["purchaseOrder"]!["cooperativeOrders"]![0]!["id"]!.GetValue<string>();
    }

    private static async Task<JsonNode> Act(GraphQLClient client, string mutation, string id, string? reason = null) =>
        (await client.PostAsync(Transition(mutation), new { id, reason })).OkData()[mutation]!;

    private static string Code(JsonNode payload) => payload["userErrors"]![0]!["code"]!.GetValue<string>();

    [Fact]
    public async Task Order_goes_placed_confirmed_shipped_delivered_and_shipping_consumes_stock()
    {
        var before = await api.StockAsync("A1-500");
        var id = await PlaceAsync(api.Buyers[0], "A1-500", 12);
        Assert.Equal(before.Reserved + 12, (await api.StockAsync("A1-500")).Reserved);

        Assert.Equal("CONFIRMED", (await Act(api.ManagerA, "confirmOrder", id))["cooperativeOrder"]!["status"]!.GetValue<string>());
        Assert.Equal("SHIPPED", (await Act(api.ManagerA, "shipOrder", id))["cooperativeOrder"]!["status"]!.GetValue<string>());
        Assert.Equal((before.OnHand - 12, before.Reserved), await api.StockAsync("A1-500"));
        var delivered = (await Act(api.Buyers[0], "deliverOrder", id, "Đã nhận đủ hàng"))["cooperativeOrder"]!;
        Assert.Equal("DELIVERED", delivered["status"]!.GetValue<string>());

        var history = delivered["history"]!.AsArray();
        Assert.Equal(["PLACED", "CONFIRMED", "SHIPPED", "DELIVERED"], history.Select(h => h!["to"]!.GetValue<string>()));
        Assert.Equal(["BUYER", "COOPERATIVE_MANAGER", "COOPERATIVE_MANAGER", "BUYER"], history.Select(h => h!["byRole"]!.GetValue<string>()));
        Assert.Equal("Đã nhận đủ hàng", history[^1]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Rejection_by_the_cooperative_releases_the_stock()
    {
        var before = await api.StockAsync("A1-500");
        var id = await PlaceAsync(api.Buyers[0], "A1-500", 24);
        await Act(api.ManagerA, "confirmOrder", id);
        var rejected = await Act(api.ManagerA, "rejectOrder", id, "Hết hàng vụ này");
        Assert.Equal("REJECTED", rejected["cooperativeOrder"]!["status"]!.GetValue<string>());
        Assert.Equal(before, await api.StockAsync("A1-500"));
    }

    [Fact]
    public async Task Buyer_cancels_before_confirmation_and_stock_is_released_but_not_after()
    {
        var before = await api.StockAsync("A2-KG");
        var id = await PlaceAsync(api.Buyers[0], "A2-KG", 2);
        Assert.Equal("CANCELLED", (await Act(api.Buyers[0], "cancelOrder", id))["cooperativeOrder"]!["status"]!.GetValue<string>());
        Assert.Equal(before, await api.StockAsync("A2-KG"));

        var confirmed = await PlaceAsync(api.Buyers[0], "A2-KG", 1);
        await Act(api.ManagerA, "confirmOrder", confirmed);
        Assert.Equal("INVALID_TRANSITION", Code(await Act(api.Buyers[0], "cancelOrder", confirmed)));
    }

    [Theory]
    [InlineData("shipOrder")]
    [InlineData("deliverOrder")]
    public async Task Skipping_a_step_is_an_invalid_transition_and_changes_nothing(string mutation)
    {
        var before = await api.StockAsync("A2-KG");
        var id = await PlaceAsync(api.Buyers[0], "A2-KG", 1);
        var during = await api.StockAsync("A2-KG");
        Assert.Equal("INVALID_TRANSITION", Code(await Act(api.ManagerA, mutation, id)));
        Assert.Equal(during, await api.StockAsync("A2-KG"));
        Assert.Equal(before.Reserved + 1, during.Reserved);
    }

    [Fact]
    public async Task Parties_may_take_only_their_own_steps_and_other_tenants_none()
    {
        var id = await PlaceAsync(api.Buyers[0], "A2-KG", 1);
        Assert.Equal("FORBIDDEN", Code(await Act(api.Buyers[0], "confirmOrder", id)));   // a buyer cannot confirm
        Assert.Equal("FORBIDDEN", Code(await Act(api.ManagerB, "confirmOrder", id)));    // another cooperative
        Assert.Equal("FORBIDDEN", Code(await Act(api.Buyers[1], "cancelOrder", id)));    // another buyer
        Assert.Equal("FORBIDDEN", Code(await Act(api.ManagerA, "cancelOrder", id)));     // only the buyer cancels
        Assert.Equal("UNAUTHENTICATED", Code(await Act(api.Client, "cancelOrder", id)));

        var order = (await api.Buyers[0].PostAsync("query($id: ID!) { cooperativeOrder(id: $id) { status history { to } } }", new { id }))
            .OkData()["cooperativeOrder"]!;
        Assert.Equal("PLACED", order["status"]!.GetValue<string>());
        Assert.Single(order["history"]!.AsArray());
    }

    [Fact]
    public async Task Admin_may_act_for_either_party()
    {
        var id = await PlaceAsync(api.Buyers[0], "A2-KG", 1);
        Assert.Equal("CANCELLED", (await Act(api.Admin, "cancelOrder", id))["cooperativeOrder"]!["status"]!.GetValue<string>());
    }
}

public class PurchaseOrderCancellationTests(OrderingFixture api) : IClassFixture<OrderingFixture>
{
    private const string Cancel = """
        mutation($id: ID!, $reason: String) { cancelPurchaseOrder(id: $id, reason: $reason) {
          purchaseOrder { id cooperativeOrders { id status cooperative { slug } history { to reason } } } userErrors { code field message } } }
        """;

    private const string Parts = "query($id: ID!) { purchaseOrder(id: $id) { cooperativeOrders { id status cooperative { slug } } } }";

    /// <summary>A purchase order with a part at each cooperative (A1-500 × 12 from A, B1-TAN × 1 from B).</summary>
    private async Task<(string Id, string PartA, string PartB)> PlaceAcrossCooperativesAsync(GraphQLClient buyer)
    {
        var order = (await buyer.PostAsync(PlaceOrder, Input(Key(), ("A1-500", 12), ("B1-TAN", 1)))).OkData()["placeOrder"]!["purchaseOrder"]!;
        var parts = order["cooperativeOrders"]!.AsArray();
        string Part(string slug) => parts.Single(p => p!["cooperative"]!["slug"]!.GetValue<string>() == slug)!["id"]!.GetValue<string>();
        return (order["id"]!.GetValue<string>(), Part("htx-a"), Part("htx-b"));
    }

    private async Task<Dictionary<string, string>> StatusesAsync(GraphQLClient buyer, string id) =>
        (await buyer.PostAsync(Parts, new { id })).OkData()["purchaseOrder"]!["cooperativeOrders"]!.AsArray()
        .ToDictionary(p => p!["cooperative"]!["slug"]!.GetValue<string>(), p => p!["status"]!.GetValue<string>());

    private static string? Code(JsonNode payload) => payload["userErrors"]!.AsArray().FirstOrDefault()?["code"]?.GetValue<string>();

    [Fact]
    public async Task Cancelling_a_purchase_order_cancels_every_part_and_releases_all_its_stock()
    {
        var before = (A: await api.StockAsync("A1-500"), B: await api.StockAsync("B1-TAN"));
        var (id, _, _) = await PlaceAcrossCooperativesAsync(api.Buyers[0]);

        var payload = (await api.Buyers[0].PostAsync(Cancel, new { id, reason = "Đổi kế hoạch nhập hàng" })).OkData()["cancelPurchaseOrder"]!;
        Assert.Null(Code(payload));
        var parts = payload["purchaseOrder"]!["cooperativeOrders"]!.AsArray();
        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.Equal("CANCELLED", p!["status"]!.GetValue<string>()));
        Assert.All(parts, p => Assert.Equal("Đổi kế hoạch nhập hàng", p!["history"]!.AsArray()[^1]!["reason"]!.GetValue<string>()));
        Assert.Equal(before, (await api.StockAsync("A1-500"), await api.StockAsync("B1-TAN")));
    }

    [Fact]
    public async Task A_purchase_order_with_a_confirmed_part_is_not_cancelled_at_all()
    {
        var (id, partA, _) = await PlaceAcrossCooperativesAsync(api.Buyers[0]);
        await api.ManagerA.PostAsync(Transition("confirmOrder"), new { id = partA });
        var during = (A: await api.StockAsync("A1-500"), B: await api.StockAsync("B1-TAN"));

        var refused = (await api.Buyers[0].PostAsync(Cancel, new { id })).OkData()["cancelPurchaseOrder"]!;
        Assert.Equal("INVALID_TRANSITION", Code(refused));
        Assert.Contains(partA, refused["userErrors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(new Dictionary<string, string> { ["htx-a"] = "CONFIRMED", ["htx-b"] = "PLACED" }, await StatusesAsync(api.Buyers[0], id));
        Assert.Equal(during, (await api.StockAsync("A1-500"), await api.StockAsync("B1-TAN")));
    }

    [Fact]
    public async Task Parts_already_cancelled_are_skipped_and_a_fully_cancelled_order_is_refused()
    {
        var (id, partA, _) = await PlaceAcrossCooperativesAsync(api.Buyers[0]);
        await api.Buyers[0].PostAsync(Transition("cancelOrder"), new { id = partA });

        Assert.Null(Code((await api.Buyers[0].PostAsync(Cancel, new { id })).OkData()["cancelPurchaseOrder"]!));
        Assert.Equal(new Dictionary<string, string> { ["htx-a"] = "CANCELLED", ["htx-b"] = "CANCELLED" }, await StatusesAsync(api.Buyers[0], id));
        Assert.Equal("INVALID_TRANSITION", Code((await api.Buyers[0].PostAsync(Cancel, new { id })).OkData()["cancelPurchaseOrder"]!));
    }

    [Fact]
    public async Task Only_the_buyer_or_an_admin_cancels_a_purchase_order()
    {
        var (id, _, _) = await PlaceAcrossCooperativesAsync(api.Buyers[0]);
        Assert.Equal("FORBIDDEN", Code((await api.Buyers[1].PostAsync(Cancel, new { id })).OkData()["cancelPurchaseOrder"]!));
        Assert.Equal("FORBIDDEN", Code((await api.ManagerA.PostAsync(Cancel, new { id })).OkData()["cancelPurchaseOrder"]!));
        Assert.Equal("UNAUTHENTICATED", Code((await api.Client.PostAsync(Cancel, new { id })).OkData()["cancelPurchaseOrder"]!));
        Assert.Equal("VALIDATION", Code((await api.Buyers[0].PostAsync(Cancel, new { id = "not-an-id" })).OkData()["cancelPurchaseOrder"]!));
        Assert.Equal(new Dictionary<string, string> { ["htx-a"] = "PLACED", ["htx-b"] = "PLACED" }, await StatusesAsync(api.Buyers[0], id));

        Assert.Null(Code((await api.Admin.PostAsync(Cancel, new { id })).OkData()["cancelPurchaseOrder"]!));
    }
}

public class OrderListingTests(OrderingFixture api) : IClassFixture<OrderingFixture>, IAsyncLifetime
{
    private const string Purchase = """
        query($first: Int, $after: String, $status: [CooperativeOrderStatus!]) { purchaseOrders(first: $first, after: $after, status: $status) {
          nodes { id buyerName createdAt cooperativeOrders { status cooperative { slug } } } pageInfo { hasNextPage endCursor } } }
        """;

    private const string Sales = """
        query($cooperativeId: ID) { salesOrders(first: 100, cooperativeId: $cooperativeId) { nodes { id cooperative { slug } buyerName } } }
        """;

    private readonly List<string> mine = [];

    public async Task InitializeAsync()
    {
        for (var i = 0; i < 3; i++)
        {
            var response = await api.Buyers[2].PostAsync(PlaceOrder, Input(Key(), ("A1-500", 12), ("B2-HOT", 1)));
            mine.Add(response.OkData()["placeOrder"]!["purchaseOrder"]!["id"]!.GetValue<string>());
        }
        await api.Buyers[1].PostAsync(PlaceOrder, Input(Key(), ("B2-HOT", 1)));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Buyer_sees_only_their_purchase_orders_newest_first_page_by_page()
    {
        var seen = new List<string>();
        var buyers = new HashSet<string>();
        string? after = null;
        do
        {
            var page = (await api.Buyers[2].PostAsync(Purchase, new { first = 2, after })).OkData()["purchaseOrders"]!;
            seen.AddRange(page["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
            buyers.UnionWith(page["nodes"]!.AsArray().Select(n => n!["buyerName"]!.GetValue<string>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        } while (after != null);
        // Other tests of this class placed earlier orders for the same buyer; the three just placed come first.
        Assert.Equal(Enumerable.Reverse(mine), seen.Take(3));
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(["Siêu thị Thử 2"], buyers);
    }

    [Fact]
    public async Task Status_filter_keeps_orders_with_a_part_in_that_status()
    {
        var placed = (await api.Buyers[2].PostAsync(Purchase, new { first = 50, status = new[] { "PLACED" } })).OkData()["purchaseOrders"]!["nodes"]!;
        Assert.Superset(mine.ToHashSet(), placed.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToHashSet());
        var shipped = (await api.Buyers[2].PostAsync(Purchase, new { first = 50, status = new[] { "SHIPPED" } })).OkData()["purchaseOrders"]!["nodes"]!;
        Assert.Empty(shipped.AsArray());
    }

    [Fact]
    public async Task Managers_see_only_their_cooperatives_part_and_admins_see_all()
    {
        var a = (await api.ManagerA.PostAsync(Sales)).OkData()["salesOrders"]!["nodes"]!.AsArray();
        Assert.NotEmpty(a);
        Assert.All(a, n => Assert.Equal("htx-a", n!["cooperative"]!["slug"]!.GetValue<string>()));

        var crossTenant = await api.ManagerA.PostAsync(Sales, new { cooperativeId = CooperativeId(api.CoopB) });
        Assert.Equal("FORBIDDEN", crossTenant.FirstErrorCode);

        var all = (await api.Admin.PostAsync(Sales)).OkData()["salesOrders"]!["nodes"]!.AsArray();
        Assert.Contains(all, n => n!["cooperative"]!["slug"]!.GetValue<string>() == "htx-b");
        Assert.True(all.Count > a.Count);
    }

    [Fact]
    public async Task Nobody_reads_another_tenants_order()
    {
        var id = mine[0];
        const string query = "query($id: ID!) { purchaseOrder(id: $id) { id total } }";
        Assert.Equal("FORBIDDEN", (await api.Buyers[1].PostAsync(query, new { id })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await api.ManagerA.PostAsync(query, new { id })).FirstErrorCode);
        Assert.Equal("UNAUTHENTICATED", (await api.Client.PostAsync(query, new { id })).FirstErrorCode);
        Assert.NotNull((await api.Admin.PostAsync(query, new { id })).OkData()["purchaseOrder"]);
        Assert.Equal("FORBIDDEN", (await api.Buyers[1].PostAsync("{ salesOrders { nodes { id } } }")).FirstErrorCode);
    }

    private static string CooperativeId(Guid id) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Cooperative:{id:N}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
