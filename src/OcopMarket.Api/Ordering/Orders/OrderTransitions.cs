using Marten;
using Npgsql;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;
using OcopMarket.Infrastructure.GraphQL;
using OcopMarket.Infrastructure.Persistence;

namespace OcopMarket.Ordering.Orders;

public sealed class CooperativeOrderPayload : Payload
{
    public CooperativeOrder? CooperativeOrder { get; init; }
}

/// <summary>Reacts to a committed transition (payments refund a paid order's part when it is rejected or cancelled).</summary>
public interface IOrderTransitionObserver
{
    Task OnTransitionedAsync(CooperativeOrder order, OrderAction action, CancellationToken ct);
}

/// <summary>
/// Moves a cooperative order through its lifecycle. The order row is locked for the transaction, so concurrent
/// actions on one order are applied one at a time and each sees the other's result; the stock effect (release on
/// reject/cancel, consume on ship) commits with the status change or not at all.
/// </summary>
public sealed class OrderTransitions(IDocumentStore store, NpgsqlDataSource db, DatabaseSchema schema, StockReservations stock,
    Viewer viewer, IEnumerable<IOrderTransitionObserver> observers)
{
    public async Task<CooperativeOrderPayload> ApplyAsync(string cooperativeOrderId, OrderAction action, string? reason, CancellationToken ct)
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

        await stock.ApplyAsync(tx, OrderStateMachine.StockEffectOf(action), order.Lines.Select(l => (l.Sku, l.Quantity)), ct);
        order.History.Add(new StatusChange(order.Status, target, DateTimeOffset.UtcNow, viewer.UserId!.Value,
            Viewer.GraphQLName(viewer.Role!.Value), string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()));
        order.Status = target;
        session.Update(order);
        await session.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        foreach (var observer in observers) await observer.OnTransitionedAsync(order, action, ct);
        return new CooperativeOrderPayload { CooperativeOrder = order };
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
}
