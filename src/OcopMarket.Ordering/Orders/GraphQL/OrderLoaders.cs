using GraphQL.DataLoader;
using Marten;

namespace OcopMarket.Ordering.Orders.GraphQL;

/// <summary>Per-request loaders: a page of purchase orders loads all their cooperative orders in one query.</summary>
internal sealed class OrderLoaders
{
    private readonly BatchLoader<Guid, IReadOnlyList<CooperativeOrder>> parts;

    public OrderLoaders(IQuerySession session)
    {
        parts = new BatchLoader<Guid, IReadOnlyList<CooperativeOrder>>(async (ids, ct) =>
        {
            // Plain SQL on the duplicated column: Marten's LINQ compiles a lambda for IsOneOf on every call (a profile of
            // order placement showed it at a fifth of the API's CPU).
            var orders = await session.QueryAsync<CooperativeOrder>("where purchase_order_id = any(?)", ct, ids.ToArray());
            return ids.ToDictionary(id => id, id => (IReadOnlyList<CooperativeOrder>)orders.Where(o => o.PurchaseOrderId == id)
                .OrderBy(o => o.CreatedAt).ThenBy(o => o.Id).ToList());
        });
    }

    public IDataLoaderResult<IReadOnlyList<CooperativeOrder>?> PartsOf(PurchaseOrder order) => parts.Load(order.Id);

    /// <summary>An order just placed: its parts are in hand, so the payload does not read them back.</summary>
    public void Prime(PurchaseOrder order, IReadOnlyList<CooperativeOrder> orderParts) => parts.Prime(order.Id, orderParts);
}
