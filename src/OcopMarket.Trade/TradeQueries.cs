using Marten;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;

namespace OcopMarket.Trade;

/// <summary>Reads of requests and quotes, scoped to the viewer: competitors never see each other's quotes.</summary>
internal sealed class TradeQueries(IQuerySession session, DemandRequests requests, Viewer viewer)
{
    public async Task<IReadOnlyList<Quote>> QuotesOfAsync(DemandRequest request, CancellationToken ct)
    {
        var query = session.Query<Quote>().Where(q => q.RequestId == request.Id);
        if (viewer.IsAdmin || (viewer.HasRole(Role.Buyer) && viewer.BuyerId == request.BuyerId))
            return await query.OrderBy(q => q.UnitPrice).ToListAsync(ct);
        if (viewer.HasRole(Role.CooperativeManager))
        {
            var own = viewer.CooperativeId!.Value;
            return await query.Where(q => q.CooperativeId == own).ToListAsync(ct);
        }
        return [];
    }

    public const int MaxOwnQuotes = 200;

    /// <summary>The quotes the manager's cooperative sent, on open and closed requests alike, newest change first.</summary>
    public async Task<IReadOnlyList<Quote>> OwnQuotesAsync(CancellationToken ct)
    {
        viewer.DemandRole(Role.CooperativeManager);
        var own = viewer.CooperativeId!.Value;
        return await session.Query<Quote>().Where(q => q.CooperativeId == own).OrderByDescending(q => q.UpdatedAt).Take(MaxOwnQuotes).ToListAsync(ct);
    }

    /// <summary>A request its buyer, an admin, or a manager whose cooperative it matches (or who quoted on it) may read.</summary>
    public async Task<DemandRequest?> RequestAsync(Guid id, CancellationToken ct)
    {
        viewer.DemandRole(Role.Buyer, Role.CooperativeManager, Role.Admin);
        var request = await session.LoadAsync<DemandRequest>(id, ct);
        if (request == null || viewer.IsAdmin) return request;
        if (viewer.HasRole(Role.Buyer))
            return request.BuyerId == viewer.BuyerId ? request : throw new ClientError(ErrorCodes.Forbidden, "This request belongs to another buyer.");
        var cooperativeId = viewer.CooperativeId!.Value;
        if (!await requests.IsVerifiedAsync(cooperativeId, ct)) throw new ClientError(ErrorCodes.Forbidden, DemandRequests.NotVerifiedMessage);
        if (await requests.MatchesAsync(request, cooperativeId, ct)
            || await session.Query<Quote>().AnyAsync(q => q.RequestId == id && q.CooperativeId == cooperativeId, ct))
            return request;
        throw new ClientError(ErrorCodes.Forbidden, "This request does not match your cooperative.");
    }
}
