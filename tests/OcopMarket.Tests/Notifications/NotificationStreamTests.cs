using System.Net;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Notifications;

/// <summary>The live stream: GraphQL over SSE (distinct connections) on POST /graphql.</summary>
public class NotificationStreamTests(NotificationsFixture api) : IClassFixture<NotificationsFixture>
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(10);

    private static string Number() => "ORD-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    [Fact]
    public async Task A_stream_sends_the_state_at_once_then_a_new_order_within_seconds()
    {
        var cooperative = await api.CooperativeAsync();
        var buyer = await api.BuyerAsync();
        var manager = cooperative.Users[0];
        await using var stream = await SseStream.OpenAsync(api.Client.Http, NotificationsFixture.Changed, manager.BearerToken, "vi");
        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);

        var first = await stream.NextDataAsync(Soon);
        Assert.Equal(0, first["data"]!["notificationsChanged"]!["unreadCount"]!.GetValue<int>());
        Assert.Null(first["data"]!["notificationsChanged"]!["latest"]);

        var number = Number();
        var recorded = DateTime.UtcNow;
        await api.OrderPlacedAsync(cooperative.Id, buyer.Id, number);
        var next = await stream.NextDataAsync(Soon);
        Assert.True(DateTime.UtcNow - recorded < TimeSpan.FromSeconds(8), "the update should come within a few seconds");
        var changed = next["data"]!["notificationsChanged"]!;
        Assert.Equal(1, changed["unreadCount"]!.GetValue<int>());
        Assert.StartsWith($"Đơn hàng mới {number} từ", changed["latest"]!["text"]!.GetValue<string>());

        // Marking read elsewhere (another tab) updates this stream too.
        await manager.PostAsync(NotificationsFixture.MarkRead, new { input = new { all = true } });
        var read = await stream.NextDataAsync(Soon);
        Assert.Equal(0, read["data"]!["notificationsChanged"]!["unreadCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_idle_stream_sends_heartbeats_and_other_users_changes_never_reach_it()
    {
        var cooperative = await api.CooperativeAsync();
        var other = await api.CooperativeAsync();
        var buyer = await api.BuyerAsync();
        await using var stream = await SseStream.OpenAsync(api.Client.Http, NotificationsFixture.Changed, other.Users[0].BearerToken);
        await stream.NextDataAsync(Soon);

        await api.OrderPlacedAsync(cooperative.Id, buyer.Id, Number());
        await NotificationsFixture.WaitForAsync(cooperative.Users[0], 1);
        // Only comments (the fixture beats every 500 ms) for the other cooperative's manager.
        for (var i = 0; i < 3; i++)
        {
            var e = await stream.NextAsync(Soon, comments: true);
            Assert.Equal("", e.Name);
        }
    }

    [Fact]
    public async Task Streams_are_refused_to_the_anonymous_and_past_the_limit_per_user_and_a_subscription_needs_the_event_stream()
    {
        await using (var anonymous = await SseStream.OpenAsync(api.Client.Http, NotificationsFixture.Changed, null))
        {
            var e = await anonymous.NextDataAsync(Soon);
            Assert.Equal("UNAUTHENTICATED", e["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
            Assert.Equal("complete", (await anonymous.NextAsync(Soon)).Name);
        }

        var cooperative = await api.CooperativeAsync();
        var token = cooperative.Users[0].BearerToken;
        await using var one = await SseStream.OpenAsync(api.Client.Http, NotificationsFixture.Changed, token);
        await using var two = await SseStream.OpenAsync(api.Client.Http, NotificationsFixture.Changed, token);
        await one.NextDataAsync(Soon);
        await two.NextDataAsync(Soon);
        await using (var three = await SseStream.OpenAsync(api.Client.Http, NotificationsFixture.Changed, token))
        {
            var refused = await three.NextDataAsync(Soon);
            Assert.Equal("TOO_MANY_STREAMS", refused["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        }
        await one.DisposeAsync();
        // The slot is freed when a stream closes.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            await using var again = await SseStream.OpenAsync(api.Client.Http, NotificationsFixture.Changed, token);
            var e = await again.NextDataAsync(Soon);
            if (e["errors"] == null) break;
            Assert.True(DateTime.UtcNow < deadline, "a closed stream should free its slot");
            await Task.Delay(100);
        }

        var plain = await cooperative.Users[0].PostAsync(NotificationsFixture.Changed);
        Assert.Equal(HttpStatusCode.BadRequest, plain.Status);
        Assert.Equal("OPERATION_NOT_SUPPORTED", plain.FirstErrorCode);
    }

    [Fact]
    public async Task A_query_sent_for_an_event_stream_answers_one_next_and_complete()
    {
        var cooperative = await api.CooperativeAsync();
        await using var stream = await SseStream.OpenAsync(api.Client.Http, "{ notifications(first: 1) { totalCount } }", cooperative.Users[0].BearerToken);
        Assert.Equal(0, (await stream.NextDataAsync(Soon))["data"]!["notifications"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("complete", (await stream.NextAsync(Soon)).Name);
    }
}

/// <summary>This API records events but dispatches none: a second API process does, as when the API runs scaled out.</summary>
public class QuietNotificationsFixture : NotificationsFixture
{
    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["Events:Dispatch"] = "false" };
}

public class CrossProcessStreamTests(QuietNotificationsFixture api) : IClassFixture<QuietNotificationsFixture>
{
    [Fact]
    public async Task A_stream_hears_of_an_event_that_another_API_process_dispatched()
    {
        var cooperative = await api.CooperativeAsync();
        var buyer = await api.BuyerAsync();
        await using var stream = await SseStream.OpenAsync(api.Client.Http, NotificationsFixture.Changed, cooperative.Users[0].BearerToken, "en");
        Assert.Equal(0, (await stream.NextDataAsync(TimeSpan.FromSeconds(10)))["data"]!["notificationsChanged"]!["unreadCount"]!.GetValue<int>());

        await using var second = await ApiProcess.StartAsync(ApiFixture.ConnectionString, api.Schema,
            new Dictionary<string, string> { ["Events__PollInterval"] = "00:00:00.200" });
        var number = "ORD-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var recorded = DateTime.UtcNow;
        await api.OrderPlacedAsync(cooperative.Id, buyer.Id, number);

        var next = await stream.NextDataAsync(TimeSpan.FromSeconds(15));
        var changed = next["data"]!["notificationsChanged"]!;
        Assert.Equal(1, changed["unreadCount"]!.GetValue<int>());
        Assert.StartsWith($"New order {number} from", changed["latest"]!["text"]!.GetValue<string>());
        Assert.True(DateTime.UtcNow - recorded < TimeSpan.FromSeconds(8), "the update should come within a few seconds");
    }

    [Fact]
    public async Task Streams_end_when_their_process_stops_and_the_process_does_not_wait_for_them()
    {
        var cooperative = await api.CooperativeAsync();
        await using var second = await ApiProcess.StartAsync(ApiFixture.ConnectionString, api.Schema);
        using var http = new HttpClient { BaseAddress = second.BaseAddress };
        await using var stream = await SseStream.OpenAsync(http, NotificationsFixture.Changed, cooperative.Users[0].BearerToken);
        await stream.NextDataAsync(TimeSpan.FromSeconds(10));

        var stopping = DateTime.UtcNow;
        Assert.True(await second.TerminateAsync(TimeSpan.FromSeconds(8)), "the process should stop with a stream open");
        Assert.True(DateTime.UtcNow - stopping < TimeSpan.FromSeconds(5), "an open stream should not hold the shutdown");
        // Closed without complete: the client connects again, to another process.
        var ended = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            while (true)
            {
                var e = await stream.NextAsync(TimeSpan.FromSeconds(5));
                Assert.NotEqual("complete", e.Name);
            }
        });
        Assert.Equal("The stream ended.", ended.Message);
    }
}
