using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Kernel.Events;
using Xunit;
using Xunit.Abstractions;

namespace OcopMarket.Tests.Webhooks;

/// <summary>How fast one process turns committed events into acknowledged deliveries to a receiver on loopback.</summary>
public class WebhookThroughputTests(WebhookFixture api, ITestOutputHelper output) : IClassFixture<WebhookFixture>
{
    [Theory]
    [InlineData(1000, 1000)]
    [InlineData(300, 1)]
    public async Task A_burst_of_events_is_delivered_once_each(int events, int subjects)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await api.AdminAsync();
        var path = $"/burst-{subjects}";
        var (endpointId, _) = await WebhookGql.CreateAsync(admin, receiver.Url(path), "stock.changed");

        await using (var session = api.Store.LightweightSession())
        {
            var outbox = api.App.Services.GetRequiredService<EventOutbox>();
            for (var i = 0; i < events; i++)
                outbox.Record(session, "stock.changed", $"sku:B{subjects}-{i % subjects}", EventAudience.Everyone(), new { sku = $"B-{i % subjects}", stockAvailable = i });
            await session.SaveChangesAsync();
        }
        var clock = Stopwatch.StartNew();
        await WebhookFixture.EventuallyAsync(() => receiver.Of(path).Count >= events, seconds: 120, what: "every delivery");
        var elapsed = clock.Elapsed;
        await Task.Delay(500);

        Assert.Equal(events, receiver.Of(path).Select(r => r.Id).Distinct().Count());
        Assert.Equal(events, receiver.Of(path).Count);
        output.WriteLine($"{events} events over {subjects} subject(s): delivered in {elapsed.TotalSeconds:0.00} s, {events / elapsed.TotalSeconds:0} events/s");
        await admin.PostAsync(WebhookGql.Delete, new { id = endpointId });
    }
}
