using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OcopMarket.Webhooks;
using Xunit;

namespace OcopMarket.Tests.Webhooks;

/// <summary>The API as deployed: endpoints on loopback, private and link-local addresses are refused.</summary>
public class PublicOnlyWebhookFixture : WebhookFixture
{
    public override IDictionary<string, string> WebhookSettings
    {
        get
        {
            var settings = base.WebhookSettings;
            settings["Webhooks:AllowPrivateAddresses"] = "false";
            return settings;
        }
    }
}

public class WebhookSsrfTests(PublicOnlyWebhookFixture api) : IClassFixture<PublicOnlyWebhookFixture>
{
    [Theory]
    [InlineData("http://127.0.0.1:8080/hook")]
    [InlineData("http://localhost/hook")]
    [InlineData("http://api.localhost/hook")]
    [InlineData("http://[::1]/hook")]
    [InlineData("http://10.1.2.3/hook")]
    [InlineData("http://192.168.1.10/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://[fe80::1]/hook")]
    [InlineData("http://0.0.0.0/hook")]
    [InlineData("http://internal.test/hook")]
    [InlineData("ftp://example.com/hook")]
    [InlineData("http://user:pw@example.com/hook")]
    public async Task Endpoints_on_loopback_private_or_link_local_addresses_are_refused(string url)
    {
        api.Resolver.Names["internal.test"] = [IPAddress.Parse("172.16.5.4")];
        var admin = await api.AdminAsync();
        var payload = (await admin.PostAsync(WebhookGql.Create, new { input = new { url, events = new[] { "product.changed" } } }))
            .OkData()["createWebhookEndpoint"]!;
        Assert.Null(payload["endpoint"]);
        Assert.Null(payload["secret"]);
        var error = payload["userErrors"]![0]!;
        Assert.Equal("VALIDATION", error["code"]!.GetValue<string>());
        Assert.Equal("url", error["field"]![1]!.GetValue<string>());
    }

    [Fact]
    public async Task A_name_that_resolves_to_a_private_address_at_delivery_time_is_not_connected_to()
    {
        // DNS rebinding: public when registered, loopback (where a receiver listens) when the delivery connects.
        await using var receiver = await WebhookReceiver.StartAsync();
        api.Resolver.Names["rebind.test"] = [IPAddress.Parse("93.184.215.14")];
        var admin = await api.AdminAsync();
        var (endpointId, _) = await WebhookGql.CreateAsync(admin, $"http://rebind.test:{receiver.Port}/hook", "product.changed");
        api.Resolver.Names["rebind.test"] = [IPAddress.Loopback];

        await api.ProductChangedAsync(Guid.NewGuid());
        await WebhookFixture.EventuallyAsync(async () =>
            (await WebhookGql.EndpointAsync(admin, endpointId))["deliveries"]!["nodes"]!.AsArray() is [{ } d] && d["log"]!.AsArray().Count >= 1,
            what: "a refused attempt");

        var delivery = (await WebhookGql.EndpointAsync(admin, endpointId))["deliveries"]!["nodes"]![0]!;
        Assert.Equal("PENDING", delivery["status"]!.GetValue<string>());
        Assert.Null(delivery["log"]![0]!["statusCode"]);
        Assert.StartsWith("Refused", delivery["log"]![0]!["error"]!.GetValue<string>());
        Assert.Empty(receiver.Requests);
        await admin.PostAsync(WebhookGql.Delete, new { id = endpointId });
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.0.0.1", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("172.31.255.255", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("192.168.0.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("255.255.255.255", false)]
    [InlineData("8.8.8.8", true)]
    [InlineData("::1", false)]
    [InlineData("::", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("::ffff:8.8.8.8", true)]
    [InlineData("64:ff9b::a00:1", false)]
    [InlineData("2002:c0a8:0101::1", false)]
    [InlineData("2606:4700:4700::1111", true)]
    public void Only_public_unicast_addresses_count_as_public(string address, bool expected) =>
        Assert.Equal(expected, WebhookAddresses.IsPublic(IPAddress.Parse(address)));
}

/// <summary>Retries that end after 4 s and endpoints disabled after 3 s of failures, so a test sees a day pass.</summary>
public class ShortDayWebhookFixture : WebhookFixture
{
    public override IDictionary<string, string> WebhookSettings
    {
        get
        {
            var settings = base.WebhookSettings;
            settings["Webhooks:RetryFor"] = "00:00:04";
            settings["Webhooks:DisableAfter"] = "00:00:03";
            return settings;
        }
    }
}

public class WebhookDisablingTests(ShortDayWebhookFixture api) : IClassFixture<ShortDayWebhookFixture>
{
    [Fact]
    public async Task An_endpoint_that_fails_for_a_day_is_disabled_its_delivery_failed_and_admins_are_told()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Respond = (r, _) => Task.FromResult(r.Path == "/broken" ? 500 : 200);
        var admin = await api.AdminAsync();
        var (brokenId, _) = await WebhookGql.CreateAsync(admin, receiver.Url("/broken"), "product.changed");
        var (watcherId, _) = await WebhookGql.CreateAsync(admin, receiver.Url("/watcher"), WebhookEventTypes.EndpointDisabled);

        await api.ProductChangedAsync(Guid.NewGuid());
        await WebhookFixture.EventuallyAsync(() => receiver.Of("/watcher").Count >= 1, what: "the disabled event");

        var broken = await WebhookGql.EndpointAsync(admin, brokenId);
        Assert.Equal("DISABLED", broken["status"]!.GetValue<string>());
        Assert.Contains("No delivery succeeded", broken["disabledReason"]!.GetValue<string>());
        var delivery = broken["deliveries"]!["nodes"]![0]!;
        Assert.Equal("FAILED", delivery["status"]!.GetValue<string>());
        Assert.Null(delivery["nextAttemptAt"]);
        Assert.True(delivery["attempts"]!.GetValue<int>() >= 3);
        Assert.All(delivery["log"]!.AsArray(), a => Assert.Equal(500, a!["statusCode"]!.GetValue<int>()));

        var told = Assert.Single(receiver.Of("/watcher"));
        Assert.Equal(WebhookEventTypes.EndpointDisabled, told.Json["type"]!.GetValue<string>());
        Assert.Equal(brokenId, told.Json["data"]!["endpointId"]!.GetValue<string>());
        Assert.Equal(receiver.Url("/broken"), told.Json["data"]!["url"]!.GetValue<string>());

        // In the outbox once, for the notifications too: no cooperative, no buyer, not public.
        await using var command = api.Db.CreateCommand(
            $"select count(*), bool_or(public), max(cardinality(cooperative_ids)), max(buyer_id::text) from {api.Schema}.ocop_outbox where type = @type and data ->> 'endpointId' = @id");
        command.Parameters.AddWithValue("type", WebhookEventTypes.EndpointDisabled);
        command.Parameters.AddWithValue("id", brokenId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal(1, reader.GetInt64(0));
        Assert.False(reader.GetBoolean(1));
        Assert.Equal(0, reader.GetInt32(2));
        Assert.True(reader.IsDBNull(3));

        // A disabled endpoint gets nothing new; switched on again, it does.
        var before = receiver.Of("/broken").Count;
        await api.ProductChangedAsync(Guid.NewGuid());
        await Task.Delay(1500);
        Assert.Equal(before, receiver.Of("/broken").Count);
        var on = (await admin.PostAsync(WebhookGql.Update, new { input = new { id = brokenId, enabled = true } })).OkData()["updateWebhookEndpoint"]!;
        Assert.Equal("ENABLED", on["endpoint"]!["status"]!.GetValue<string>());
        Assert.Null(on["endpoint"]!["disabledReason"]);
        receiver.Respond = (_, _) => Task.FromResult(200);
        await api.ProductChangedAsync(Guid.NewGuid());
        await WebhookFixture.EventuallyAsync(() => receiver.Of("/broken").Count > before, what: "a delivery after enabling");
    }

    [Fact]
    public async Task Old_delivered_and_failed_deliveries_are_deleted_with_their_logs_and_pending_ones_kept()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Respond = (r, _) => Task.FromResult(r.Path == "/keep" ? 200 : 500);
        var admin = await api.AdminAsync();
        var (okId, _) = await WebhookGql.CreateAsync(admin, receiver.Url("/keep"), "stock.changed");
        await api.RecordAsync("stock.changed", "sku:PURGE", OcopMarket.Kernel.Events.EventAudience.Everyone(), new { sku = "PURGE" });
        await WebhookFixture.EventuallyAsync(async () =>
            (await WebhookGql.EndpointAsync(admin, okId))["deliveries"]!["nodes"]!.AsArray() is [{ } d] && d["status"]!.GetValue<string>() == "DELIVERED");
        var (pendingId, _) = await WebhookGql.CreateAsync(admin, receiver.Url("/pending"), "stock.changed");
        await api.RecordAsync("stock.changed", "sku:PURGE-2", OcopMarket.Kernel.Events.EventAudience.Everyone(), new { sku = "PURGE-2" });
        await WebhookFixture.EventuallyAsync(() => receiver.Of("/pending").Count >= 1);

        var worker = api.App.Services.GetRequiredService<DeliveryWorker>();
        Assert.Equal(0, await worker.PurgeAsync(DateTimeOffset.UtcNow.AddDays(-1), CancellationToken.None));
        Assert.True(await worker.PurgeAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None) >= 2);

        Assert.Equal(0, (await WebhookGql.EndpointAsync(admin, okId))["deliveries"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(1, (await WebhookGql.EndpointAsync(admin, pendingId))["deliveries"]!["totalCount"]!.GetValue<int>());
        await using var orphans = api.Db.CreateCommand(
            $"select count(*) from {api.Schema}.ocop_webhook_attempt a where not exists (select 1 from {api.Schema}.ocop_webhook_delivery d where d.id = a.delivery_id)");
        Assert.Equal(0L, await orphans.ExecuteScalarAsync());
        await admin.PostAsync(WebhookGql.Delete, new { id = pendingId });
        await admin.PostAsync(WebhookGql.Delete, new { id = okId });
    }
}
