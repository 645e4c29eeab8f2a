using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Kernel.Events;
using OcopMarket.Kernel.GraphQL;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Notifications;

public class NotificationTests(NotificationsFixture api) : IClassFixture<NotificationsFixture>
{
    private static string Number() => "ORD-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    private static string[] Texts(JsonNode list) => list["nodes"]!.AsArray().Select(n => n!["text"]!.GetValue<string>()).ToArray();

    [Fact]
    public async Task A_manager_sees_the_notification_of_a_buyers_order_and_nobody_else_does()
    {
        var cooperative = await api.CooperativeAsync(managers: 2);
        var other = await api.CooperativeAsync();
        var buyer = await api.BuyerAsync();
        var admin = await api.AdminAsync();
        var number = Number();

        await api.OrderPlacedAsync(cooperative.Id, buyer.Id, number);

        foreach (var manager in cooperative.Users)
        {
            var list = await NotificationsFixture.WaitForAsync(manager, 1);
            Assert.Equal(1, list["totalCount"]!.GetValue<int>());
            Assert.Equal(1, list["unreadCount"]!.GetValue<int>());
            var node = list["nodes"]![0]!;
            Assert.Equal("order.placed", node["type"]!.GetValue<string>());
            Assert.Contains(number, node["text"]!.GetValue<string>());
            Assert.StartsWith("/coop/orders/", node["path"]!.GetValue<string>());
            Assert.Null(node["readAt"]);
        }
        // The event was handled for every recipient in one transaction: the others were not told, then or later.
        Assert.Equal(0, (await NotificationsFixture.ListAsync(other.Users[0]))["totalCount"]!.GetValue<int>());
        Assert.Equal(0, (await NotificationsFixture.ListAsync(buyer.Users[0]))["totalCount"]!.GetValue<int>());
        Assert.DoesNotContain(Texts(await NotificationsFixture.ListAsync(admin)), t => t.Contains(number));
    }

    [Fact]
    public async Task A_buyer_hears_of_their_orders_progress_and_the_cooperative_does_not_hear_of_its_own_confirmation()
    {
        var cooperative = await api.CooperativeAsync();
        var buyer = await api.BuyerAsync(members: 2);
        var number = Number();

        await api.OrderChangedAsync("order.confirmed", cooperative.Id, buyer.Id, number, "CONFIRMED");
        await api.OrderChangedAsync("order.rejected", cooperative.Id, buyer.Id, number, "REJECTED", "Hết hàng");
        await api.OrderChangedAsync("order.cancelled", cooperative.Id, buyer.Id, number, "CANCELLED");

        foreach (var member in buyer.Users)
        {
            var list = await NotificationsFixture.WaitForAsync(member, 3);
            Assert.Equal(["order.cancelled", "order.rejected", "order.confirmed"],
                list["nodes"]!.AsArray().Select(n => n!["type"]!.GetValue<string>()));
            Assert.All(list["nodes"]!.AsArray(), n => Assert.StartsWith("/buyer/orders/", n!["path"]!.GetValue<string>()));
            Assert.Contains($"Order {number} was rejected: Hết hàng", Texts(list));
        }
        // Managers are told of a cancellation, not of the confirmation or rejection their own cooperative made.
        var manager = await NotificationsFixture.WaitForAsync(cooperative.Users[0], 1);
        Assert.Equal(["order.cancelled"], manager["nodes"]!.AsArray().Select(n => n!["type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Each_recipient_is_told_of_an_event_once_however_many_dispatchers_run()
    {
        var cooperative = await api.CooperativeAsync();
        var buyer = await api.BuyerAsync();
        var number = Number();
        await api.OrderPlacedAsync(cooperative.Id, buyer.Id, number);

        // Two more dispatchers (as two more API processes would run) race the host's own for the same consumer.
        var consumer = api.App.Services.GetServices<IOutboxConsumer>().Single(c => c.Name == "notifications");
        var racers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            var dispatcher = new OutboxDispatcher(api.App.Services.GetRequiredService<Npgsql.NpgsqlDataSource>(),
                api.App.Services.GetRequiredService<OcopMarket.Kernel.Persistence.DatabaseSchema>(), [consumer],
                Microsoft.Extensions.Options.Options.Create(new OutboxOptions()), TimeProvider.System,
                Microsoft.Extensions.Logging.Abstractions.NullLogger<OutboxDispatcher>.Instance);
            for (var i = 0; i < 20; i++)
            {
                await dispatcher.DispatchOnceAsync(consumer, CancellationToken.None);
                await Task.Delay(20);
            }
        })).ToList();
        await Task.WhenAll(racers);

        var list = await NotificationsFixture.WaitForAsync(cooperative.Users[0], 1);
        Assert.Single(Texts(list), t => t.Contains(number));
    }

    [Fact]
    public async Task Unread_only_total_count_and_pages_follow_what_the_user_marked_read()
    {
        var cooperative = await api.CooperativeAsync();
        var buyer = await api.BuyerAsync();
        for (var i = 0; i < 5; i++) await api.OrderPlacedAsync(cooperative.Id, buyer.Id, Number());
        var manager = cooperative.Users[0];
        var all = await NotificationsFixture.WaitForAsync(manager, 5);
        Assert.Equal(5, all["totalCount"]!.GetValue<int>());

        var first = await NotificationsFixture.ListAsync(manager, 2);
        Assert.Equal(2, first["nodes"]!.AsArray().Count);
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var second = await NotificationsFixture.ListAsync(manager, 2, first["pageInfo"]!["endCursor"]!.GetValue<string>());
        var third = await NotificationsFixture.ListAsync(manager, 2, second["pageInfo"]!["endCursor"]!.GetValue<string>());
        Assert.False(third["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var ids = new[] { first, second, third }.SelectMany(p => p["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>())).ToList();
        Assert.Equal(all["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()), ids);

        var marked = (await manager.PostAsync(NotificationsFixture.MarkRead, new { input = new { ids = new[] { ids[0], ids[3] } } }))
            .OkData()["markNotificationsRead"]!;
        Assert.Empty(marked["userErrors"]!.AsArray());
        Assert.Equal(2, marked["marked"]!.GetValue<int>());
        Assert.Equal(3, marked["unreadCount"]!.GetValue<int>());

        var unread = await NotificationsFixture.ListAsync(manager, 100, unreadOnly: true);
        Assert.Equal(3, unread["totalCount"]!.GetValue<int>());
        Assert.Equal(3, unread["unreadCount"]!.GetValue<int>());
        Assert.Equal([ids[1], ids[2], ids[4]], unread["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
        var everything = await NotificationsFixture.ListAsync(manager, 100);
        Assert.Equal(5, everything["totalCount"]!.GetValue<int>());
        Assert.NotNull(everything["nodes"]![0]!["readAt"]);

        var rest = (await manager.PostAsync(NotificationsFixture.MarkRead, new { input = new { all = true } })).OkData()["markNotificationsRead"]!;
        Assert.Equal(3, rest["marked"]!.GetValue<int>());
        Assert.Equal(0, rest["unreadCount"]!.GetValue<int>());
        Assert.Equal(0, (await NotificationsFixture.ListAsync(manager, unreadOnly: true))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Nobody_can_mark_or_read_another_users_notifications()
    {
        var cooperative = await api.CooperativeAsync();
        var other = await api.CooperativeAsync();
        var buyer = await api.BuyerAsync();
        await api.OrderPlacedAsync(cooperative.Id, buyer.Id, Number());
        var mine = await NotificationsFixture.WaitForAsync(cooperative.Users[0], 1);
        var id = mine["nodes"]![0]!["id"]!.GetValue<string>();

        var refused = (await other.Users[0].PostAsync(NotificationsFixture.MarkRead, new { input = new { ids = new[] { id } } }))
            .OkData()["markNotificationsRead"]!;
        Assert.Equal("NOT_FOUND", refused["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(0, refused["marked"]!.GetValue<int>());
        // Still unread for its owner; marking all of one's own never touches another's.
        await other.Users[0].PostAsync(NotificationsFixture.MarkRead, new { input = new { all = true } });
        Assert.Equal(1, (await NotificationsFixture.ListAsync(cooperative.Users[0]))["unreadCount"]!.GetValue<int>());

        var mixed = (await cooperative.Users[0].PostAsync(NotificationsFixture.MarkRead,
            new { input = new { ids = new[] { id, GlobalId.Encode("Notification", Guid.NewGuid()) } } })).OkData()["markNotificationsRead"]!;
        Assert.Equal(["input", "ids", "1"], mixed["userErrors"]![0]!["field"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(1, mixed["unreadCount"]!.GetValue<int>());

        var empty = (await cooperative.Users[0].PostAsync(NotificationsFixture.MarkRead, new { input = new { } })).OkData()["markNotificationsRead"]!;
        Assert.Equal("VALIDATION", empty["userErrors"]![0]!["code"]!.GetValue<string>());

        var anonymous = await api.Client.PostAsync(NotificationsFixture.List, new { first = 5 });
        Assert.Equal("UNAUTHENTICATED", anonymous.FirstErrorCode);
        var anonymousMark = (await api.Client.PostAsync(NotificationsFixture.MarkRead, new { input = new { all = true } })).OkData();
        Assert.Equal("UNAUTHENTICATED", anonymousMark["markNotificationsRead"]!["userErrors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_text_is_in_the_readers_language()
    {
        var cooperative = await api.CooperativeAsync();
        var buyer = await api.BuyerAsync();
        var number = Number();
        await api.OrderPlacedAsync(cooperative.Id, buyer.Id, number, 1_234_000, "Cửa hàng Sen");
        await api.RecordAsync("certificate.expiring", $"product:{Guid.NewGuid()}", EventAudience.Cooperative(cooperative.Id), new
        {
            productId = GlobalId.Encode("Product", Guid.NewGuid()), slug = "che-shan-tuyet", name = "Chè Shan Tuyết",
            expiresOn = "2026-12-31", daysLeft = 30
        });
        var manager = cooperative.Users[0];
        await NotificationsFixture.WaitForAsync(manager, 2);

        var vietnamese = Texts(await NotificationsFixture.ListAsync(manager.WithLanguage("vi")));
        Assert.Contains($"Đơn hàng mới {number} từ Cửa hàng Sen: 1.234.000 ₫", vietnamese);
        Assert.Contains("Giấy chứng nhận OCOP của Chè Shan Tuyết hết hiệu lực ngày 31/12/2026 (còn 30 ngày)", vietnamese);
        var english = await NotificationsFixture.ListAsync(manager.WithLanguage("en"));
        Assert.Contains($"New order {number} from Cửa hàng Sen: 1,234,000 ₫", Texts(english));
        Assert.Contains("The OCOP certificate of Chè Shan Tuyết expires on 31/12/2026 (30 days left)", Texts(english));
        Assert.Contains("/coop/listings/che-shan-tuyet", english["nodes"]!.AsArray().Select(n => n!["path"]!.GetValue<string>()));
    }
}
