using Microsoft.Extensions.Options;
using OcopMarket.Webhooks;
using Xunit;

namespace OcopMarket.Tests.Webhooks;

public class WebhookRulesTests
{
    [Fact]
    public void Retries_wait_twice_as_long_each_time_up_to_the_maximum()
    {
        var first = TimeSpan.FromSeconds(30);
        var max = TimeSpan.FromHours(2);
        Assert.Equal(TimeSpan.FromSeconds(30), WebhookRules.RetryDelay(1, first, max));
        Assert.Equal(TimeSpan.FromMinutes(1), WebhookRules.RetryDelay(2, first, max));
        Assert.Equal(TimeSpan.FromMinutes(4), WebhookRules.RetryDelay(4, first, max));
        Assert.Equal(max, WebhookRules.RetryDelay(10, first, max));
        Assert.Equal(max, WebhookRules.RetryDelay(500, first, max));
        // With the defaults, about 20 attempts fit in the 24 hours.
        var at = TimeSpan.Zero;
        var attempts = 1;
        while ((at += WebhookRules.RetryDelay(attempts, first, max)) <= TimeSpan.FromHours(24)) attempts++;
        Assert.InRange(attempts, 15, 25);
    }

    [Fact]
    public void Event_types_come_from_the_catalogue_and_api_keys_get_the_public_ones_only()
    {
        Assert.Empty(WebhookRules.CheckEvents(["product.changed", "stock.changed"], publicOnly: true));
        Assert.Empty(WebhookRules.CheckEvents(["order.placed", "payment.paid", "webhook_endpoint.disabled"], publicOnly: false));
        Assert.Equal("FORBIDDEN", Assert.Single(WebhookRules.CheckEvents(["order.placed"], publicOnly: true)).Code);
        Assert.Equal("VALIDATION", Assert.Single(WebhookRules.CheckEvents(["*"], publicOnly: false)).Code);
        Assert.Equal("VALIDATION", Assert.Single(WebhookRules.CheckEvents(["Product.Changed"], publicOnly: false)).Code);
        Assert.Equal(["a.b", "c.d"], WebhookRules.Normalize([" c.d", "a.b", "c.d"]).ToArray());
    }

    [Fact]
    public void The_catalogue_of_docs_events_md_is_the_list_endpoints_may_subscribe_to_and_says_which_are_public()
    {
        // Each row of the catalogue: | `type`, `type` | subject | audience | data |. A type added there must be added to
        // WebhookEventTypes (and to Public when its audience is public), or integrators could never subscribe to it.
        var rows = File.ReadAllLines(Path.Combine(Architecture.Modules.Repository, "docs", "events.md"))
            .Where(l => l.StartsWith("| `")).Select(l => l.Split('|')).ToList();
        var all = new HashSet<string>();
        var isPublic = new HashSet<string>();
        foreach (var cells in rows)
        {
            var types = System.Text.RegularExpressions.Regex.Matches(cells[1], @"`([a-z_]+\.[a-z_]+)`").Select(m => m.Groups[1].Value).ToList();
            all.UnionWith(types);
            if (cells[3].Trim().StartsWith("public")) isPublic.UnionWith(types);
        }
        Assert.Equal(all.Order(), WebhookEventTypes.All.Order());
        Assert.Equal(isPublic.Order(), WebhookEventTypes.Public.Order());
    }

    [Fact]
    public void Secrets_are_derived_from_the_key_the_endpoint_and_its_version()
    {
        var secrets = new WebhookSecrets(Options.Create(new WebhookOptions { SigningKey = "k" }));
        var id = Guid.NewGuid();
        var secret = secrets.SecretFor(id, 1);
        Assert.StartsWith("whsec_", secret);
        Assert.Equal(secret, secrets.SecretFor(id, 1));
        Assert.NotEqual(secret, secrets.SecretFor(id, 2));
        Assert.NotEqual(secret, secrets.SecretFor(Guid.NewGuid(), 1));
        Assert.NotEqual(secret, new WebhookSecrets(Options.Create(new WebhookOptions { SigningKey = "other" })).SecretFor(id, 1));
        Assert.False(new WebhookSecrets(Options.Create(new WebhookOptions())).Configured);

        var at = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
        var header = WebhookSecrets.Sign(secret, at, "{\"id\":1}");
        Assert.StartsWith("t=1800000000,v1=", header);
        Assert.Equal(header["t=1800000000,v1=".Length..], Stripe.EventUtility.ComputeSignature(secret, "1800000000", "{\"id\":1}"));
    }
}
