using OcopMarket.Inventory;
using OcopMarket.Kernel.Events;
using Marten;
using Npgsql;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;

namespace OcopMarket.Ordering.Orders;

internal sealed class CooperativeOrderPayload : Payload
{
    public CooperativeOrder? CooperativeOrder { get; init; }
}

internal sealed class PurchaseOrderPayload : Payload
{
    public PurchaseOrder? PurchaseOrder { get; init; }
}

/// <summary>Reacts to a committed transition (payments refund a paid order's part when it is rejected or cancelled).</summary>
public interface IOrderTransitionObserver
{
    Task OnTransitionedAsync(OrderPart order, OrderAction action, CancellationToken ct);
}

/// <summary>
/// Moves a cooperative order through its lifecycle. The order row is locked for the transaction, so concurrent
/// actions on one order are applied one at a time and each sees the other's result; the stock effect (release on
/// reject/cancel, consume on ship) commits with the status change or not at all.
/// </summary>
public sealed class OrderTransitions(IDocumentStore store, NpgsqlDataSource db, DatabaseSchema schema, Stock stock,
    Viewer viewer, IEnumerable<IOrderTransitionObserver> observers, TimeProvider clock, EventOutbox outbox)
{
    internal async Task<CooperativeOrderPayload> ApplyAsync(string cooperativeOrderId, OrderAction action, string? reason, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.Admin, Role.CooperativeManager, Role.Buyer) is { } denied) return Fail(denied);
        if (!GlobalId.TryDecode(cooperativeOrderId, out var type, out var id) || type != GraphQL.OrderGraphNames.CooperativeOrder)
            return Fail(UserError.Of(UserErrorCodes.Validation, "That is not a cooperative order id.", "id"));

        await using var connection = await db.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using var session = store.LightweightSession(Marten.Services.SessionOptions.ForTransaction(tx));
        await using (var lockRow = new NpgsqlCommand(
                         $"select 1 from {schema.Table("mt_doc_cooperativeorder")} where id = $1 for update", connection, tx))
        {
            lockRow.Parameters.Add(new NpgsqlParameter { Value = id });
            await lockRow.ExecuteScalarAsync(ct);
        }
        var order = await session.LoadAsync<CooperativeOrder>(id, ct);
        if (order == null) return Fail(UserError.Of(UserErrorCodes.NotFound, "No such order.", "id"));
        if (Authorize(order, action) is { } forbidden) return Fail(forbidden);

        var target = OrderStateMachine.Target(action);
        if (!OrderStateMachine.IsAllowed(order.Status, action))
            return Fail(UserError.Of(UserErrorCodes.InvalidTransition,
                $"A {order.Status.ToString().ToUpperInvariant()} order cannot become {target.ToString().ToUpperInvariant()}.", "id"));

        await MoveAsync(session, tx, order, action, reason, ct);
        await session.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        foreach (var observer in observers) await observer.OnTransitionedAsync(OrderPart.Of(order), action, ct);
        return new CooperativeOrderPayload { CooperativeOrder = order };
    }

    /// <summary>
    /// cancelPurchaseOrder: the buyer cancels a whole purchase order in one transaction. Every part still PLACED is
    /// cancelled and its stock released — or, when any part has been confirmed, shipped or delivered, nothing changes
    /// (that part is the cooperative's to reject now). Parts already cancelled or rejected stay as they are.
    /// </summary>
    internal async Task<PurchaseOrderPayload> CancelPurchaseOrderAsync(string purchaseOrderId, string? reason, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.Admin, Role.Buyer) is { } denied) return FailPurchase(denied);
        if (!GlobalId.TryDecode(purchaseOrderId, out var type, out var id) || type != GraphQL.OrderGraphNames.PurchaseOrder)
            return FailPurchase(UserError.Of(UserErrorCodes.Validation, "That is not a purchase order id.", "id"));

        await using var connection = await db.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using var session = store.LightweightSession(Marten.Services.SessionOptions.ForTransaction(tx));
        var purchase = await session.LoadAsync<PurchaseOrder>(id, ct);
        if (purchase == null) return FailPurchase(UserError.Of(UserErrorCodes.NotFound, "No such purchase order.", "id"));
        if (viewer.CheckBuyer(purchase.BuyerId) is { } forbidden) return FailPurchase(forbidden);

        // Lock every part, in id order, so two requests on the same purchase order cannot deadlock.
        await using (var lockRows = new NpgsqlCommand(
                         $"select id from {schema.Table("mt_doc_cooperativeorder")} where purchase_order_id = $1 order by id for update", connection, tx))
        {
            lockRows.Parameters.Add(new NpgsqlParameter { Value = id });
            await lockRows.ExecuteNonQueryAsync(ct);
        }
        var parts = await session.Query<CooperativeOrder>().Where(o => o.PurchaseOrderId == id).ToListAsync(ct);
        var settled = parts.Where(p => !OrderStateMachine.IsAllowed(p.Status, OrderAction.Cancel)
                                       && p.Status is not (CooperativeOrderStatus.Cancelled or CooperativeOrderStatus.Rejected)).ToList();
        if (settled.Count > 0)
            return FailPurchase(UserError.Of(UserErrorCodes.InvalidTransition,
                $"Nothing was cancelled: {string.Join(", ", settled.Select(p => $"part {GlobalId.Encode(GraphQL.OrderGraphNames.CooperativeOrder, p.Id)} is {p.Status.ToString().ToUpperInvariant()}"))}. " +
                "Cancel the parts still PLACED one by one (cancelOrder), or ask the cooperative.", "id"));
        var open = parts.Where(p => OrderStateMachine.IsAllowed(p.Status, OrderAction.Cancel)).ToList();
        if (open.Count == 0)
            return FailPurchase(UserError.Of(UserErrorCodes.InvalidTransition, "Every part of this order is already cancelled or rejected.", "id"));

        foreach (var part in open) await MoveAsync(session, tx, part, OrderAction.Cancel, reason, ct);
        await session.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        foreach (var part in open)
            foreach (var observer in observers) await observer.OnTransitionedAsync(OrderPart.Of(part), OrderAction.Cancel, ct);
        return new PurchaseOrderPayload { PurchaseOrder = purchase };
    }

    /// <summary>Applies the action's stock effect and status change to a locked order, in the caller's transaction.</summary>
    private async Task MoveAsync(IDocumentSession session, NpgsqlTransaction tx, CooperativeOrder order, OrderAction action, string? reason,
        CancellationToken ct)
    {
        var target = OrderStateMachine.Target(action);
        var lines = order.Lines.Select(l => (l.Sku, l.Quantity));
        switch (OrderStateMachine.StockEffectOf(action))
        {
            case StockEffect.Release: await stock.ReleaseAsync(tx, lines, ct, session); break;
            case StockEffect.Consume: await stock.ConsumeAsync(tx, lines, ct); break;
        }
        order.History.Add(new StatusChange(order.Status, target, clock.GetUtcNow(), viewer.UserId!.Value,
            Viewer.GraphQLName(viewer.Role!.Value), string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()));
        order.Status = target;
        session.Update(order);
        OrderEvents.Record(outbox, session, "order." + target.ToString().ToLowerInvariant(), order);
    }

    private UserError? Authorize(CooperativeOrder order, OrderAction action)
    {
        if (viewer.IsAdmin) return null;
        var party = OrderStateMachine.PartyFor(action);
        var isBuyer = viewer.CanActForBuyer(order.BuyerId);
        var isCooperative = viewer.CanManageCooperative(order.CooperativeId);
        var allowed = party switch
        {
            OrderParty.Buyer => isBuyer,
            OrderParty.Cooperative => isCooperative,
            _ => isBuyer || isCooperative
        };
        return allowed ? null : UserError.Of(UserErrorCodes.Forbidden,
            party == OrderParty.Buyer ? "Only the buyer may cancel an order." : "Only the selling cooperative may do that.", "id");
    }

    private static CooperativeOrderPayload Fail(UserError error) => new() { UserErrors = [error] };

    private static PurchaseOrderPayload FailPurchase(UserError error) => new() { UserErrors = [error] };
}
