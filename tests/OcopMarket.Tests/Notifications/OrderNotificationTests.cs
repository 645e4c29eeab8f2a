using System.Text.Json.Nodes;
using OcopMarket.Tests.Ordering;
using OcopMarket.Tests.Support;
using Xunit;
using static OcopMarket.Tests.Ordering.OrderGql;

namespace OcopMarket.Tests.Notifications;

/// <summary>The ordering fixture with the dispatcher looking often: notifications from real mutations, end to end.</summary>
public class OrderNotificationsFixture : OrderingFixture
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Events:PollInterval"] = "00:00:00.1" };
}

public class OrderNotificationTests(OrderNotificationsFixture api) : IClassFixture<OrderNotificationsFixture>
{
    private const string Inbox = "{ notifications(first: 20) { totalCount unreadCount nodes { type text path readAt } } }";

    private static async Task<JsonNode> InboxAsync(GraphQLClient client, Func<JsonNode, bool> until)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var inbox = (await client.PostAsync(Inbox)).OkData()["notifications"]!;
            if (until(inbox) || DateTime.UtcNow > deadline) return inbox;
            await Task.Delay(100);
        }
    }

    private static bool Has(JsonNode inbox, string type, string text) =>
        inbox["nodes"]!.AsArray().Any(n => (string)n!["type"]! == type && ((string)n["text"]!).Contains(text));

    [Fact]
    public async Task A_manager_sees_the_notification_of_a_buyers_order_and_the_buyer_sees_its_confirmation()
    {
        var placed = (await api.Buyers[0].PostAsync(PlaceOrder, Input(Key(), ("A2-KG", 1)))).OkData()["placeOrder"]!["purchaseOrder"]!;
        var number = (string)placed["number"]!;

        var manager = await InboxAsync(api.ManagerA, inbox => Has(inbox, "order.placed", number));
        Assert.True(Has(manager, "order.placed", number), manager.ToJsonString());
        var mine = manager["nodes"]!.AsArray().First(n => ((string)n!["text"]!).Contains(number))!;
        Assert.Contains((string)placed["buyerName"]!, (string)mine["text"]!);
        Assert.Null(mine["readAt"]);
        Assert.StartsWith("/coop/orders", (string)mine["path"]!);

        // The other cooperative sells nothing on this order: nothing for its manager.
        Assert.False(Has((await api.ManagerB.PostAsync(Inbox)).OkData()["notifications"]!, "order.placed", number));
        // Placing is the buyer's own act: they are told when the cooperative answers.
        var id = (string)placed["cooperativeOrders"]![0]!["id"]!;
        (await api.ManagerA.PostAsync(Transition("confirmOrder"), new { id, reason = (string?)null })).OkData();
        var buyer = await InboxAsync(api.Buyers[0], inbox => Has(inbox, "order.confirmed", number));
        Assert.True(Has(buyer, "order.confirmed", number), buyer.ToJsonString());
        Assert.False(Has(buyer, "order.placed", number));
        Assert.False(Has((await api.Buyers[1].PostAsync(Inbox)).OkData()["notifications"]!, "order.confirmed", number));
    }
}
