using System.Diagnostics;
using OcopMarket.Kernel.Events;
using OcopMarket.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace OcopMarket.Tests.Webhooks;

public class WebhookProcessTests(WebhookFixture api, ITestOutputHelper output) : IClassFixture<WebhookFixture>
{
    private Task<ApiProcess> StartProcessAsync(IDictionary<string, string>? extra = null)
    {
        var settings = api.WebhookSettings.ToDictionary(p => p.Key.Replace(":", "__"), p => p.Value);
        foreach (var (key, value) in extra ?? new Dictionary<string, string>()) settings[key] = value;
        return ApiProcess.StartAsync(ApiFixture.ConnectionString, api.Schema, settings);
    }

    [Fact]
    public async Task Two_api_processes_deliver_each_event_once_and_each_subject_in_order()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await api.AdminAsync();
        var (endpointId, secret) = await WebhookGql.CreateAsync(admin, receiver.Url("/pair"), "stock.changed");
        await using var second = await StartProcessAsync();

        const int subjects = 10, perSubject = 50;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, subjects).Select(async s =>
        {
            for (var i = 0; i < perSubject; i++)
                await api.RecordAsync("stock.changed", $"sku:PAIR-{s}", EventAudience.Everyone(), new { sku = $"PAIR-{s}", stockAvailable = i });
        }));
        await WebhookFixture.EventuallyAsync(() => receiver.Of("/pair").Select(r => r.Id).Distinct().Count() >= subjects * perSubject,
            seconds: 90, what: "every event");
        var elapsed = clock.Elapsed;
        await Task.Delay(1000); // any duplicate would come by now

        var received = receiver.Of("/pair");
        Assert.Equal(subjects * perSubject, received.Count);
        Assert.Equal(received.Count, received.Select(r => r.Id).Distinct().Count());
        Assert.All(received, r => Assert.True(WebhookReceiver.Verify(secret, r.Signature, r.Body, DateTimeOffset.UtcNow)));
        foreach (var group in received.GroupBy(r => r.Json["subject"]!.GetValue<string>()))
            Assert.Equal(Enumerable.Range(0, perSubject).ToArray(), group.Select(r => r.Json["data"]!["stockAvailable"]!.GetValue<int>()).ToArray());
        output.WriteLine($"{received.Count} events recorded and delivered by two processes in {elapsed.TotalSeconds:0.0} s " +
                         $"({received.Count / elapsed.TotalSeconds:0} events/s, recording included)");
        await admin.PostAsync(WebhookGql.Delete, new { id = endpointId });
    }
}

/// <summary>An API process that neither dispatches nor delivers: the tests' processes do, and are killed.</summary>
public class QuietWebhookFixture : WebhookFixture
{
    public override IDictionary<string, string> WebhookSettings
    {
        get
        {
            var settings = base.WebhookSettings;
            settings["Webhooks:Lease"] = "00:00:02";
            return settings;
        }
    }

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Events:Dispatch"] = "false";
            settings["Webhooks:Deliver"] = "false";
            return settings;
        }
    }
}

public class WebhookRestartTests(QuietWebhookFixture api) : IClassFixture<QuietWebhookFixture>
{
    private Task<ApiProcess> StartProcessAsync(IDictionary<string, string>? extra = null)
    {
        var settings = api.WebhookSettings.ToDictionary(p => p.Key.Replace(":", "__"), p => p.Value);
        foreach (var (key, value) in extra ?? new Dictionary<string, string>()) settings[key] = value;
        return ApiProcess.StartAsync(ApiFixture.ConnectionString, api.Schema, settings);
    }

    private async Task<long> DeliveriesAsync(string status)
    {
        await using var command = api.Db.CreateCommand($"select count(*) from {api.Schema}.ocop_webhook_delivery where status = @status");
        command.Parameters.AddWithValue("status", status);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Events_committed_before_a_process_was_killed_are_delivered_after_a_restart()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await api.AdminAsync();
        var (endpointId, secret) = await WebhookGql.CreateAsync(admin, receiver.Url("/restart"), "product.changed");

        // A process that turned the first event into a delivery, and was killed before posting it.
        var product = Guid.NewGuid(); // one subject: the two events must also arrive in order
        var first = await ApiProcessWith("Webhooks__Deliver", "false", async () =>
        {
            var id = await api.ProductChangedAsync(product, "trước");
            await WebhookFixture.EventuallyAsync(async () => await DeliveriesAsync("PENDING") >= 1, what: "the delivery row");
            return id;
        });
        // Committed while no process ran at all.
        var second = await api.ProductChangedAsync(product, "trong lúc tắt");
        Assert.Empty(receiver.Requests);

        await using (await StartProcessAsync())
        {
            await WebhookFixture.EventuallyAsync(() => receiver.Of("/restart").Count >= 2, what: "both events after the restart");
            await Task.Delay(500);
        }
        Assert.Equal([first.ToString(), second.ToString()], receiver.Of("/restart").Select(r => r.Id).ToArray());
        Assert.All(receiver.Of("/restart"), r => Assert.True(WebhookReceiver.Verify(secret, r.Signature, r.Body, DateTimeOffset.UtcNow)));
        await admin.PostAsync(WebhookGql.Delete, new { id = endpointId });
    }

    [Fact]
    public async Task A_delivery_whose_process_died_while_posting_is_posted_again_after_its_lease_with_the_same_id()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var hang = new TaskCompletionSource();
        receiver.Respond = async (_, n) =>
        {
            if (n == 1) await hang.Task.WaitAsync(TimeSpan.FromSeconds(60)).ContinueWith(_ => { });
            return 200;
        };
        var admin = await api.AdminAsync();
        var (endpointId, _) = await WebhookGql.CreateAsync(admin, receiver.Url("/lease"), "product.changed");

        var process = await StartProcessAsync();
        var id = await api.ProductChangedAsync(Guid.NewGuid(), "đang gửi");
        await WebhookFixture.EventuallyAsync(() => receiver.Of("/lease").Count >= 1, what: "the first attempt");
        await process.DisposeAsync(); // killed mid-request
        hang.SetResult();

        await using (await StartProcessAsync())
            await WebhookFixture.EventuallyAsync(() => receiver.Of("/lease").Count >= 2, what: "the attempt after the lease");

        var requests = receiver.Of("/lease");
        Assert.All(requests, r => Assert.Equal(id.ToString(), r.Id));
        Assert.Equal(["1", "2"], requests.Select(r => r.Attempt).ToArray());
        await admin.PostAsync(WebhookGql.Delete, new { id = endpointId });
    }

    [Fact]
    public async Task A_process_stopped_gracefully_while_posting_gives_the_delivery_back_at_once()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var hang = new TaskCompletionSource();
        receiver.Respond = async (_, n) =>
        {
            if (n == 1) await hang.Task.WaitAsync(TimeSpan.FromSeconds(60)).ContinueWith(_ => { });
            return 200;
        };
        var admin = await api.AdminAsync();
        var (endpointId, _) = await WebhookGql.CreateAsync(admin, receiver.Url("/stop"), "product.changed");
        var longLease = new Dictionary<string, string> { ["Webhooks__Lease"] = "00:05:00" };

        var process = await StartProcessAsync(longLease);
        var id = await api.ProductChangedAsync(Guid.NewGuid(), "dừng");
        await WebhookFixture.EventuallyAsync(() => receiver.Of("/stop").Count >= 1, what: "the first attempt");
        Assert.True(await process.TerminateAsync(TimeSpan.FromSeconds(20)), "SIGTERM should stop the process");
        await process.DisposeAsync();
        hang.SetResult();

        // Well before the five-minute lease: the stopping process gave it back.
        await using (await StartProcessAsync(longLease))
            await WebhookFixture.EventuallyAsync(() => receiver.Of("/stop").Count >= 2, seconds: 30, what: "the attempt after the stop");

        Assert.All(receiver.Of("/stop"), r => Assert.Equal(id.ToString(), r.Id));
        var log = (await WebhookGql.EndpointAsync(admin, endpointId))["deliveries"]!["nodes"]![0]!["log"]!.AsArray();
        Assert.StartsWith("Interrupted", log[0]!["error"]!.GetValue<string>());
        await admin.PostAsync(WebhookGql.Delete, new { id = endpointId });
    }

    private async Task<T> ApiProcessWith<T>(string key, string value, Func<Task<T>> whileRunning)
    {
        var process = await StartProcessAsync(new Dictionary<string, string> { [key] = value });
        try
        {
            return await whileRunning();
        }
        finally
        {
            await process.DisposeAsync(); // Kill: no graceful stop
        }
    }
}
