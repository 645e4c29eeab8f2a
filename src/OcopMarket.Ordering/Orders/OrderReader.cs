using Marten;

namespace OcopMarket.Ordering.Orders;

/// <summary>A purchase order with its cooperative orders, and what is still owed for it.</summary>
public sealed record OrderWithParts(PurchaseOrder Order, IReadOnlyList<CooperativeOrder> Parts)
{
    /// <summary>Rejected and cancelled parts are not charged: asking for them only to refund them costs fees and trust.</summary>
    public IReadOnlyList<CooperativeOrder> ActiveParts => Parts.Where(p => !p.IsWithdrawn).ToList();

    /// <summary>Parts rejected by the cooperative or cancelled by the buyer: money taken for them goes back.</summary>
    public IReadOnlyList<CooperativeOrder> WithdrawnParts => Parts.Where(p => p.IsWithdrawn).OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).ToList();

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
