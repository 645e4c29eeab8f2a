using Marten;

namespace OcopMarket.Ordering.Orders;

/// <summary>A purchase order with its cooperative orders, and what is still owed for it.</summary>
/// <summary>One cooperative's part of an order as other modules see it (the documents stay internal to Ordering).</summary>
public sealed record OrderPart(Guid Id, Guid PurchaseOrderId, long Subtotal)
{
    internal static OrderPart Of(CooperativeOrder part) => new(part.Id, part.PurchaseOrderId, part.Subtotal);
}

public sealed class OrderWithParts
{
    internal OrderWithParts(PurchaseOrder order, IReadOnlyList<CooperativeOrder> parts) => (Order, Parts) = (order, parts);

    internal PurchaseOrder Order { get; }
    internal IReadOnlyList<CooperativeOrder> Parts { get; }

    public Guid Id => Order.Id;
    public Guid BuyerId => Order.BuyerId;
    public string Number => Order.Number;

    /// <summary>Rejected and cancelled parts are not charged: asking for them only to refund them costs fees and trust.</summary>
    internal IReadOnlyList<CooperativeOrder> ActiveParts => Parts.Where(p => !p.IsWithdrawn).ToList();

    /// <summary>Parts rejected by the cooperative or cancelled by the buyer: money taken for them goes back.</summary>
    public IReadOnlyList<OrderPart> WithdrawnParts =>
        Parts.Where(p => p.IsWithdrawn).OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).Select(OrderPart.Of).ToList();

    public long AmountDue => ActiveParts.Sum(p => p.Subtotal);
    public List<Guid> ActiveIds => ActiveParts.Select(p => p.Id).ToList();
}

/// <summary>What Ordering publishes for other modules (Payments) to read orders: never their documents' storage.</summary>
public sealed class OrderReader(IDocumentStore store)
{
    /// <summary>The order and its parts as committed (a fresh session, so a caller's unsaved work does not show).</summary>
    public async Task<OrderWithParts?> WithPartsAsync(Guid purchaseOrderId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var order = await session.LoadAsync<PurchaseOrder>(purchaseOrderId, ct);
        if (order == null) return null;
        var parts = await session.QueryAsync<CooperativeOrder>("where purchase_order_id = ?", ct, purchaseOrderId);
        return new OrderWithParts(order, parts.ToList());
    }
}
