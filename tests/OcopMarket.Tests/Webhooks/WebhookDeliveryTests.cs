using System.Text.Json.Nodes;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Webhooks;

public class WebhookDeliveryTests(WebhookFixture api) : IClassFixture<WebhookFixture>
{
    [Fact]
    public async Task An_event_reaches_a_registered_endpoint_signed_so_that_a_receiver_can_verify_it()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await api.AdminAsync();
        var (endpointId, secret) = await WebhookGql.CreateAsync(admin, receiver.Url(), "product.changed");
        Assert.StartsWith("whsec_", secret);

        var productId = Guid.NewGuid();
        var eventId = await api.ProductChangedAsync(productId);
        await WebhookFixture.EventuallyAsync(() => !receiver.Requests.IsEmpty, what: "the delivery");

        var received = Assert.Single(receiver.Requests);
        Assert.True(WebhookReceiver.Verify(secret, received.Signature, received.Body, DateTimeOffset.UtcNow), received.Signature);
        Assert.False(WebhookReceiver.Verify(secret, received.Signature, received.Body.Replace("Cát Hải", "Cat Hai"), DateTimeOffset.UtcNow));
        Assert.False(WebhookReceiver.Verify(secret + "x", received.Signature, received.Body, DateTimeOffset.UtcNow));
        // Stripe's own verification code accepts it too (the same scheme): receivers may reuse theirs.
        Stripe.EventUtility.ValidateSignature(received.Body, received.Signature!, secret, 300);

        var json = received.Json;
        Assert.Equal(eventId.ToString(), json["id"]!.GetValue<string>());
        Assert.Equal(eventId.ToString(), received.EventId);
        Assert.Equal("product.changed", json["type"]!.GetValue<string>());
        Assert.Equal("product:" + productId, json["subject"]!.GetValue<string>());
        Assert.True(DateTimeOffset.TryParse(json["occurredAt"]!.GetValue<string>(), out _));
        Assert.Equal("Nước mắm Cát Hải", json["data"]!["name"]!.GetValue<string>());
        Assert.Equal(productId.ToString(), json["data"]!["productId"]!.GetValue<string>());

        await WebhookFixture.EventuallyAsync(async () =>
            (await WebhookGql.EndpointAsync(admin, endpointId))["deliveries"]!["nodes"]![0]!["status"]!.GetValue<string>() == "DELIVERED");
        var endpoint = await WebhookGql.EndpointAsync(admin, endpointId);
        var delivery = endpoint["deliveries"]!["nodes"]![0]!;
        Assert.Equal(1, endpoint["deliveries"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(eventId.ToString(), delivery["eventId"]!.GetValue<string>());
        Assert.Equal(200, delivery["lastStatusCode"]!.GetValue<int>());
        Assert.Equal(received.Body, delivery["payload"]!.GetValue<string>());
        var attempt = Assert.Single(delivery["log"]!.AsArray());
        Assert.Equal(200, attempt!["statusCode"]!.GetValue<int>());
        Assert.Equal("ok", attempt["responseExcerpt"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_receiver_that_fails_twice_gets_the_event_on_the_third_try_with_the_same_id()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Respond = (_, n) => Task.FromResult(n switch { 1 => 500, 2 => 503, _ => 200 });
        var admin = await api.AdminAsync();
        var (endpointId, secret) = await WebhookGql.CreateAsync(admin, receiver.Url(), "product.changed");

        var eventId = await api.ProductChangedAsync(Guid.NewGuid());
        await WebhookFixture.EventuallyAsync(() => receiver.Requests.Count >= 3, what: "three attempts");
        await Task.Delay(1500); // nothing more comes once one succeeded

        var requests = receiver.Requests.ToList();
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => Assert.Equal(eventId.ToString(), r.Id));
        Assert.All(requests, r => Assert.True(WebhookReceiver.Verify(secret, r.Signature, r.Body, DateTimeOffset.UtcNow)));
        Assert.Single(requests.Select(r => r.Body).Distinct());
        Assert.Equal(["1", "2", "3"], requests.Select(r => r.Attempt).ToArray());
        // Exponential backoff: about 1 s, then about 2 s (Webhooks:FirstRetryAfter = 1 s).
        Assert.InRange((requests[1].At - requests[0].At).TotalSeconds, 0.9, 4);
        Assert.InRange((requests[2].At - requests[1].At).TotalSeconds, 1.9, 6);

        await WebhookFixture.EventuallyAsync(async () =>
            (await WebhookGql.EndpointAsync(admin, endpointId))["deliveries"]!["nodes"]![0]!["status"]!.GetValue<string>() == "DELIVERED");
        var delivery = (await WebhookGql.EndpointAsync(admin, endpointId))["deliveries"]!["nodes"]![0]!;
        Assert.Equal(3, delivery["attempts"]!.GetValue<int>());
        Assert.Equal([500, 503, 200], delivery["log"]!.AsArray().Select(a => a!["statusCode"]!.GetValue<int>()).ToArray());
        Assert.Equal("receiver says no", delivery["log"]![0]!["responseExcerpt"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_redelivery_sends_the_same_event_again_and_logs_the_attempt()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await api.AdminAsync();
        var (endpointId, secret) = await WebhookGql.CreateAsync(admin, receiver.Url(), "product.changed");
        var eventId = await api.ProductChangedAsync(Guid.NewGuid());
        await WebhookFixture.EventuallyAsync(async () =>
            (await WebhookGql.EndpointAsync(admin, endpointId))["deliveries"]!["nodes"]!.AsArray() is [{ } d] && d["status"]!.GetValue<string>() == "DELIVERED");
        var deliveryId = (await WebhookGql.EndpointAsync(admin, endpointId))["deliveries"]!["nodes"]![0]!["id"]!.GetValue<string>();

        var redelivered = (await admin.PostAsync(WebhookGql.Redeliver, new { id = deliveryId })).OkData()["redeliverWebhookDelivery"]!;
        Assert.Empty(redelivered["userErrors"]!.AsArray());
        Assert.Equal("PENDING", redelivered["delivery"]!["status"]!.GetValue<string>());
        await WebhookFixture.EventuallyAsync(() => receiver.Requests.Count >= 2, what: "the redelivery");

        Assert.All(receiver.Requests, r => Assert.Equal(eventId.ToString(), r.Id));
        Assert.True(WebhookReceiver.Verify(secret, receiver.Requests.Last().Signature, receiver.Requests.Last().Body, DateTimeOffset.UtcNow));
        await WebhookFixture.EventuallyAsync(async () =>
            (await WebhookGql.EndpointAsync(admin, endpointId))["deliveries"]!["nodes"]![0]!["log"]!.AsArray().Count == 2);

        var unknown = (await admin.PostAsync(WebhookGql.Redeliver, new { id = "bm9wZQ" })).OkData()["redeliverWebhookDelivery"]!;
        Assert.Equal("NOT_FOUND", unknown["userErrors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Events_of_one_subject_arrive_in_order_even_when_the_first_is_retried()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var failedOnce = 0;
        receiver.Respond = (r, _) => Task.FromResult(r.Json["data"]!["name"]!.GetValue<string>() == "1" && Interlocked.Exchange(ref failedOnce, 1) == 0 ? 500 : 200);
        var admin = await api.AdminAsync();
        await WebhookGql.CreateAsync(admin, receiver.Url(), "product.changed");

        var product = Guid.NewGuid();
        for (var i = 1; i <= 3; i++) await api.ProductChangedAsync(product, i.ToString());
        await WebhookFixture.EventuallyAsync(() => receiver.Requests.Count >= 4, what: "four requests");

        Assert.Equal(["1", "1", "2", "3"], receiver.Requests.Select(r => r.Json["data"]!["name"]!.GetValue<string>()).ToArray());
    }

    [Fact]
    public async Task A_rotated_secret_signs_the_next_deliveries_and_the_old_one_no_longer_verifies()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await api.AdminAsync();
        var (endpointId, oldSecret) = await WebhookGql.CreateAsync(admin, receiver.Url(), "stock.changed");
        var rotated = (await admin.PostAsync(WebhookGql.Rotate, new { id = endpointId })).OkData()["rotateWebhookSecret"]!;
        var newSecret = rotated["secret"]!.GetValue<string>();
        Assert.NotEqual(oldSecret, newSecret);

        await api.RecordAsync("stock.changed", "sku:X-1", OcopMarket.Kernel.Events.EventAudience.Everyone(), new { sku = "X-1", stockAvailable = 3 });
        await WebhookFixture.EventuallyAsync(() => !receiver.Requests.IsEmpty);
        var received = receiver.Requests.Single();
        Assert.True(WebhookReceiver.Verify(newSecret, received.Signature, received.Body, DateTimeOffset.UtcNow));
        Assert.False(WebhookReceiver.Verify(oldSecret, received.Signature, received.Body, DateTimeOffset.UtcNow));
    }
}
