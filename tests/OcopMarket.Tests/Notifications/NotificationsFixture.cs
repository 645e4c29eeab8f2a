using System.Text.Json.Nodes;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;
using OcopMarket.Kernel.Events;
using OcopMarket.Kernel.GraphQL;
using OcopMarket.Tests.Identity;
using OcopMarket.Tests.Support;

namespace OcopMarket.Tests.Notifications;

/// <summary>A cooperative, a buyer business and an admin, each with signed-in users; events recorded as the modules record them.</summary>
public class NotificationsFixture : IdentityFixture
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Events:PollInterval"] = "00:00:00.200",
        ["GraphQL:StreamHeartbeatMilliseconds"] = "500",
        ["Notifications:MaxStreamsPerUser"] = "2",
    };

    public EventOutbox Outbox => App.Services.GetRequiredService<EventOutbox>();

    /// <summary>A tenant with its users' clients (each signed in).</summary>
    public sealed record Tenant(Guid Id, IReadOnlyList<GraphQLClient> Users);

    public async Task<Tenant> CooperativeAsync(int managers = 1) => await TenantAsync(Role.CooperativeManager, managers);
    public async Task<Tenant> BuyerAsync(int members = 1) => await TenantAsync(Role.Buyer, members);

    private async Task<Tenant> TenantAsync(Role role, int count)
    {
        var id = Guid.NewGuid();
        var clients = new List<GraphQLClient>();
        for (var i = 0; i < count; i++)
        {
            var email = $"{role.ToString().ToLowerInvariant()}-{Unique()}@test.local";
            using (var scope = App.Services.CreateScope())
            {
                var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
                var user = new User
                {
                    Id = Guid.NewGuid(), Email = email, DisplayName = email, Role = role, CreatedAt = DateTimeOffset.UtcNow,
                    CooperativeId = role == Role.CooperativeManager ? id : null, BuyerId = role == Role.Buyer ? id : null
                };
                user.PasswordHash = scope.ServiceProvider.GetRequiredService<Passwords>().Hash(user, Password);
                session.Insert(user);
                await session.SaveChangesAsync();
            }
            clients.Add(await SignInAsync(email));
        }
        return new Tenant(id, clients);
    }

    /// <summary>Records an event as a module does: queued on a session, written by its SaveChanges.</summary>
    public async Task<Guid> RecordAsync(string type, string subject, EventAudience audience, object data)
    {
        var id = Guid.NewGuid();
        await using var session = App.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        Outbox.Record(session, type, subject, audience, data, id);
        await session.SaveChangesAsync();
        return id;
    }

    /// <summary>order.placed with the data fields of docs/events.md.</summary>
    public Task<Guid> OrderPlacedAsync(Guid cooperativeId, Guid buyerId, string orderNumber, long total = 1_234_000, string buyerName = "Cửa hàng Sen")
    {
        var coopOrder = Guid.NewGuid();
        return RecordAsync("order.placed", $"order:{coopOrder}", EventAudience.Cooperative(cooperativeId, buyerId), new
        {
            cooperativeOrderId = GlobalId.Encode("CooperativeOrder", coopOrder),
            purchaseOrderId = GlobalId.Encode("PurchaseOrder", Guid.NewGuid()),
            orderNumber, cooperativeId = GlobalId.Encode("Cooperative", cooperativeId), buyerName, total, lineCount = 2
        });
    }

    public Task<Guid> OrderChangedAsync(string type, Guid cooperativeId, Guid buyerId, string orderNumber, string status, string? reason = null) =>
        RecordAsync(type, $"order:{Guid.NewGuid()}", EventAudience.Cooperative(cooperativeId, buyerId), new
        {
            cooperativeOrderId = GlobalId.Encode("CooperativeOrder", Guid.NewGuid()),
            purchaseOrderId = GlobalId.Encode("PurchaseOrder", Guid.NewGuid()),
            orderNumber, cooperativeId = GlobalId.Encode("Cooperative", cooperativeId), status, reason
        });

    public const string List = """
        query($first: Int, $after: String, $unreadOnly: Boolean) {
          notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
            totalCount unreadCount pageInfo { hasNextPage endCursor }
            nodes { id type text path subjectId createdAt readAt }
          }
        }
        """;

    public const string MarkRead = """
        mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { marked unreadCount userErrors { code field message } } }
        """;

    public const string Changed = "subscription { notificationsChanged { unreadCount latest { id type text path } } }";

    public static async Task<JsonNode> ListAsync(GraphQLClient user, int? first = null, string? after = null, bool? unreadOnly = null) =>
        (await user.PostAsync(List, new { first, after, unreadOnly })).OkData()["notifications"]!;

    /// <summary>Waits (the dispatcher polls) until the user has at least this many notifications.</summary>
    public static async Task<JsonNode> WaitForAsync(GraphQLClient user, int count, bool? unreadOnly = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var list = await ListAsync(user, 100, null, unreadOnly);
            if (list["totalCount"]!.GetValue<int>() >= count || DateTime.UtcNow > deadline) return list;
            await Task.Delay(100);
        }
    }
}
