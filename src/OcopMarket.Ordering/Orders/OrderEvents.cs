using Marten;
using OcopMarket.Kernel.Events;

namespace OcopMarket.Ordering.Orders;

/// <summary>
/// The order events (docs/events.md): order.placed when a cooperative's part is placed, then order.confirmed, .rejected,
/// .shipped, .delivered or .cancelled as it moves; told to the selling cooperative and the buyer, never public.
/// Recorded on the session that saves the order, so the event commits with the change.
/// </summary>
internal static class OrderEvents
{
    public const string Placed = "order.placed";

    public static void Record(EventOutbox outbox, IDocumentSession session, string type, CooperativeOrder order) =>
        outbox.Record(session, type, "order:" + order.Id, EventAudience.Cooperative(order.CooperativeId, order.BuyerId), new OrderEventData(
            GlobalId.Encode(GraphQL.OrderGraphNames.CooperativeOrder, order.Id),
            GlobalId.Encode(GraphQL.OrderGraphNames.PurchaseOrder, order.PurchaseOrderId),
            order.PurchaseOrderNumber,
            GlobalId.Encode(Cooperatives.GraphQL.CooperativeGraphNames.Cooperative, order.CooperativeId),
            order.BuyerName,
            order.Status.ToString().ToUpperInvariant(),
            order.History.LastOrDefault()?.Reason,
            order.Subtotal,
            order.Lines.Count));
}

/// <summary>The data of an order.* event.</summary>
public sealed record OrderEventData(string CooperativeOrderId, string PurchaseOrderId, string OrderNumber, string CooperativeId,
    string BuyerName, string Status, string? Reason, long Total, int LineCount);
