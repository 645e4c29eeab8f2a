using System.Text.Json.Nodes;
using Xunit;
using static OcopMarket.Tests.Payments.PaymentGql;

namespace OcopMarket.Tests.Payments;

/// <summary>payments(status, method): the console's queue of transfers to confirm, without scanning orders.</summary>
[Collection(PaymentsCollection.Name)]
public class PaymentQueueTests(PaymentsFixture api)
{
    private const string Queue = """
        query($status: [PaymentStatus!], $method: PaymentMethod, $first: Int, $after: String) {
          payments(status: $status, method: $method, first: $first, after: $after) {
            totalCount nodes { purchaseOrderId status method transferReference purchaseOrder { id number buyerName total } } pageInfo { hasNextPage endCursor } } }
        """;

    private async Task<List<JsonNode>> WalkAsync(object filter)
    {
        var all = new List<JsonNode>();
        string? after = null;
        int? total = null;
        do
        {
            var variables = System.Text.Json.JsonSerializer.SerializeToNode(filter)!.AsObject();
            variables["first"] = 2;
            variables["after"] = after;
            var page = (await api.Admin.PostAsync(Queue, variables)).OkData()["payments"]!;
            total ??= page["totalCount"]!.GetValue<int>();
            Assert.Equal(total, page["totalCount"]!.GetValue<int>());
            all.AddRange(page["nodes"]!.AsArray().Select(n => n!));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        } while (after != null);
        Assert.Equal(total, all.Count);
        return all;
    }

    [Fact]
    public async Task Transfers_to_confirm_are_listed_until_confirmed()
    {
        var orders = new List<PlacedOrder>();
        for (var i = 0; i < 3; i++)
        {
            var order = await PlaceAsync(api.Buyers[2], ("A2-KG", 1));
            Assert.Empty((await Mutate(api.Buyers[2], StartTransfer, "startBankTransfer", new { id = order.Id }))["userErrors"]!.AsArray());
            orders.Add(order);
        }

        var waiting = await WalkAsync(new { status = new[] { "PENDING" }, method = "BANK_TRANSFER" });
        Assert.All(waiting, p => Assert.Equal(("PENDING", "BANK_TRANSFER"), (Status(p), p["method"]!.GetValue<string>())));
        var ids = waiting.Select(p => p["purchaseOrderId"]!.GetValue<string>()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(orders.Select(o => o.Id), ids.Where(orders.Select(o => o.Id).Contains)); // the longest waiting first

        // Each payment names its order (what the console shows beside the reference), read in the same query.
        Assert.All(waiting, p => Assert.Equal(p["purchaseOrderId"]!.GetValue<string>(), p["purchaseOrder"]!["id"]!.GetValue<string>()));
        var mine = waiting.Single(p => p["purchaseOrderId"]!.GetValue<string>() == orders[1].Id)["purchaseOrder"]!;
        Assert.Equal(orders[1].Total, mine["total"]!.GetValue<long>());
        Assert.False(string.IsNullOrEmpty(mine["number"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(mine["buyerName"]!.GetValue<string>()));

        var first = waiting.Single(p => p["purchaseOrderId"]!.GetValue<string>() == orders[0].Id);
        var paid = await Mutate(api.Admin, Confirm, "confirmBankTransfer", new { reference = first["transferReference"]!.GetValue<string>(), amount = orders[0].Total });
        Assert.Empty(paid["userErrors"]!.AsArray());
        var after = await WalkAsync(new { status = new[] { "PENDING" }, method = "BANK_TRANSFER" });
        Assert.DoesNotContain(after, p => p["purchaseOrderId"]!.GetValue<string>() == orders[0].Id);
        Assert.Equal(waiting.Count - 1, after.Count);
        Assert.Contains(await WalkAsync(new { status = new[] { "PAID" } }), p => p["purchaseOrderId"]!.GetValue<string>() == orders[0].Id);
    }

    [Fact]
    public async Task Only_admins_see_payments()
    {
        Assert.Equal("FORBIDDEN", (await api.Buyers[2].PostAsync(Queue, new { })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await api.ManagerA.PostAsync(Queue, new { })).FirstErrorCode);
        Assert.Equal("UNAUTHENTICATED", (await api.Client.PostAsync(Queue, new { })).FirstErrorCode);
    }
}
