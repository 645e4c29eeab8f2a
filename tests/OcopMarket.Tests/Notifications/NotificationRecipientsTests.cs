using System.Text.Json;
using OcopMarket.Identity;
using OcopMarket.Kernel.Events;
using OcopMarket.Notifications;
using Xunit;

namespace OcopMarket.Tests.Notifications;

/// <summary>Who is told of what, without a database: the role matrix of docs/events.md and issue 18.</summary>
public class NotificationRecipientsTests
{
    private static readonly Guid Coop = Guid.NewGuid(), OtherCoop = Guid.NewGuid(), Buyer = Guid.NewGuid();
    private static readonly Guid Manager = Guid.NewGuid(), OtherManager = Guid.NewGuid(), Member = Guid.NewGuid(), Admin = Guid.NewGuid();

    private static readonly TenantMembership Members = new(
        new Dictionary<Guid, IReadOnlyList<Guid>> { [Coop] = [Manager], [OtherCoop] = [OtherManager] },
        new Dictionary<Guid, IReadOnlyList<Guid>> { [Buyer] = [Member] },
        [Admin]);

    private static (Guid, Recipient)[] Told(string type, EventAudience audience) =>
        NotificationConsumer.Recipients(new OutboxEvent(Guid.NewGuid(), 1, type, "x:1", DateTimeOffset.UtcNow, audience,
            JsonSerializer.SerializeToElement(new { })), Members).ToArray();

    [Theory]
    [InlineData("order.placed", true, false)]
    [InlineData("order.confirmed", false, true)]
    [InlineData("order.rejected", false, true)]
    [InlineData("order.shipped", false, true)]
    [InlineData("order.delivered", false, true)]
    [InlineData("order.cancelled", true, true)]
    [InlineData("payment.paid", true, true)]
    [InlineData("payment.amount_mismatch", false, true)]
    [InlineData("payment.refunded", false, true)]
    [InlineData("demand_request.posted", true, false)]
    [InlineData("quote.submitted", false, true)]
    [InlineData("quote.revised", false, true)]
    [InlineData("quote.accepted", true, false)]
    [InlineData("certificate.expiring", true, false)]
    [InlineData("product.published", false, false)]
    [InlineData("stock.changed", false, false)]
    public void Each_role_is_told_of_its_own_events_for_its_own_tenant_only(string type, bool managers, bool buyers)
    {
        var told = Told(type, EventAudience.Cooperative(Coop, Buyer));
        Assert.Equal(managers, told.Contains((Manager, Recipient.Cooperative)));
        Assert.Equal(buyers, told.Contains((Member, Recipient.Buyer)));
        Assert.DoesNotContain(told, t => t.Item1 == OtherManager || t.Item1 == Admin);
        Assert.Equal(told.Length, told.Select(t => t.Item1).Distinct().Count());
        Assert.Equal(managers || buyers, NotificationRules.Notifies(type));
    }

    [Fact]
    public void A_demand_request_reaches_every_matching_cooperative_and_a_disabled_webhook_the_admins()
    {
        Assert.Equal([(Manager, Recipient.Cooperative), (OtherManager, Recipient.Cooperative)],
            Told("demand_request.posted", new EventAudience([Coop, OtherCoop], Buyer)));
        Assert.Equal([(Admin, Recipient.Admin)], Told("webhook_endpoint.disabled", new EventAudience()));
    }
}
