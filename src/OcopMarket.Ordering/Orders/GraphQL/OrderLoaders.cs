using GraphQL.DataLoader;
using Marten;

namespace OcopMarket.Ordering.Orders.GraphQL;

/// <summary>
/// Per-request loaders: a page of purchase orders loads all their cooperative orders in one query, and a page of
/// payments (Payments) all their purchase orders in one. They load by id and check nothing: the field that leads to
/// them has already decided who may see the order.
/// </summary>
internal sealed class OrderLoaders
{
    private readonly BatchLoader<Guid, IReadOnlyList<CooperativeOrder>> parts;
    private readonly BatchLoader<Guid, PurchaseOrder> orders;

    public OrderLoaders(IQuerySession session)
    {
        orders = new BatchLoader<Guid, PurchaseOrder>(async (ids, ct) =>
            (await session.LoadManyAsync<PurchaseOrder>(ct, ids)).ToDictionary(o => o.Id));
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

    public IDataLoaderResult<PurchaseOrder?> Order(Guid id) => orders.Load(id);

    /// <summary>An order just placed: its parts are in hand, so the payload does not read them back.</summary>
    public void Prime(PurchaseOrder order, IReadOnlyList<CooperativeOrder> orderParts) => parts.Prime(order.Id, orderParts);
}

/// <summary>
/// What other modules' GraphQL fields may load of purchase orders, batched like Ordering's own fields: the order itself
/// for a field typed by reference (GraphQLTypeReference(OrderGraphNames.PurchaseOrder)), and what is due on it. The
/// documents stay Ordering's.
/// </summary>
public sealed class PurchaseOrderLoaders
{
    private readonly OrderLoaders loaders;

    internal PurchaseOrderLoaders(OrderLoaders loaders) => this.loaders = loaders;

    public IDataLoaderResult<object?> Order(Guid id) => loaders.Order(id).Then(order => (object?)order);

    /// <summary>The amount due on a purchase order that a PurchaseOrder field's source holds: its parts not rejected or cancelled.</summary>
    public IDataLoaderResult<long> AmountDue(object purchaseOrder)
    {
        var order = (PurchaseOrder)purchaseOrder;
        return loaders.PartsOf(order).Then(parts => new OrderWithParts(order, parts ?? []).AmountDue);
    }
}
