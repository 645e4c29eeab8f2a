using Marten;
using OcopMarket.Identity.Model;

namespace OcopMarket.Identity;

/// <summary>The users of some tenants, by what they belong to: who is told of an event that concerns those tenants.</summary>
public sealed record TenantMembership(
    IReadOnlyDictionary<Guid, IReadOnlyList<Guid>> ManagersByCooperative,
    IReadOnlyDictionary<Guid, IReadOnlyList<Guid>> MembersByBuyer,
    IReadOnlyList<Guid> Admins)
{
    public IReadOnlyList<Guid> ManagersOf(Guid cooperativeId) => ManagersByCooperative.GetValueOrDefault(cooperativeId) ?? [];
    public IReadOnlyList<Guid> MembersOf(Guid buyerId) => MembersByBuyer.GetValueOrDefault(buyerId) ?? [];
}

/// <summary>
/// Identity's published lookup of user ids by tenant: a cooperative's managers, a buyer business's members, the admins.
/// A singleton over its own query session, so a consumer of the outbox (which runs outside any request) may call it.
/// </summary>
public sealed class TenantMembers(IDocumentStore store)
{
    /// <summary>One query for every tenant of a batch of events (and one more for the admins when asked).</summary>
    public async Task<TenantMembership> FindAsync(IReadOnlyCollection<Guid> cooperativeIds, IReadOnlyCollection<Guid> buyerIds,
        bool admins, CancellationToken ct)
    {
        if (cooperativeIds.Count == 0 && buyerIds.Count == 0 && !admins) return new TenantMembership(
            new Dictionary<Guid, IReadOnlyList<Guid>>(), new Dictionary<Guid, IReadOnlyList<Guid>>(), []);

        await using var session = store.QuerySession();
        var cooperatives = cooperativeIds.Select(id => (Guid?)id).ToArray();
        var buyers = buyerIds.Select(id => (Guid?)id).ToArray();
        var users = new List<Member>();
        if (cooperatives.Length > 0 || buyers.Length > 0)
            users.AddRange(await session.Query<User>()
                .Where(u => (u.Role == Role.CooperativeManager && u.CooperativeId.IsOneOf(cooperatives))
                            || (u.Role == Role.Buyer && u.BuyerId.IsOneOf(buyers)))
                .Select(u => new Member(u.Id, u.Role, u.CooperativeId, u.BuyerId))
                .ToListAsync(ct));
        if (admins)
            users.AddRange(await session.Query<User>().Where(u => u.Role == Role.Admin)
                .Select(u => new Member(u.Id, u.Role, u.CooperativeId, u.BuyerId)).ToListAsync(ct));

        return new TenantMembership(
            users.Where(u => u.Role == Role.CooperativeManager && u.CooperativeId != null)
                .GroupBy(u => u.CooperativeId!.Value).ToDictionary(g => g.Key, g => (IReadOnlyList<Guid>)g.Select(u => u.Id).ToList()),
            users.Where(u => u.Role == Role.Buyer && u.BuyerId != null)
                .GroupBy(u => u.BuyerId!.Value).ToDictionary(g => g.Key, g => (IReadOnlyList<Guid>)g.Select(u => u.Id).ToList()),
            users.Where(u => u.Role == Role.Admin).Select(u => u.Id).ToList());
    }

    private sealed record Member(Guid Id, Role Role, Guid? CooperativeId, Guid? BuyerId);
}
