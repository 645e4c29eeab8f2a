using GraphQL.DataLoader;
using Marten;
using OcopMarket.Infrastructure.Loading;

namespace OcopMarket.Ordering.Orders;

/// <summary>Per-request loaders: a page of purchase orders loads all their cooperative orders in one query.</summary>
public sealed class OrderLoaders
{
    private readonly BatchLoader<Guid, IReadOnlyList<CooperativeOrder>> parts;

    public OrderLoaders(IQuerySession session)
    {
        parts = new BatchLoader<Guid, IReadOnlyList<CooperativeOrder>>(async (ids, ct) =>
        {
            var orders = await session.Query<CooperativeOrder>().Where(c => c.PurchaseOrderId.IsOneOf(ids.ToArray())).ToListAsync(ct);
            return ids.ToDictionary(id => id, id => (IReadOnlyList<CooperativeOrder>)orders.Where(o => o.PurchaseOrderId == id)
                .OrderBy(o => o.CreatedAt).ThenBy(o => o.Id).ToList());
        });
    }

    public IDataLoaderResult<IReadOnlyList<CooperativeOrder>?> PartsOf(PurchaseOrder order) => parts.Load(order.Id);
}
