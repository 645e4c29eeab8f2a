using Marten;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;
using OcopMarket.Ordering.Orders;
using OcopMarket.Ordering.Orders.GraphQL;
using OcopMarket.Payments.Model;
using OcopMarket.Payments.Stripe;

namespace OcopMarket.Payments;

/// <summary>
/// Gives back what was paid for parts that will not be delivered: every paid-for cooperative order now rejected or cancelled
/// and not yet refunded. Card payments are refunded through Stripe (a partial refund of that part's subtotal, keyed by the
/// cooperative order so a retry never refunds twice); transfers are recorded as owed, for staff to send back.
/// </summary>
internal sealed class PaymentRefunds(OrderReader orders, PaymentLedger ledger, StripeGateway stripe, TimeProvider time,
    ILogger<PaymentRefunds> logger)
{
    public static string IdempotencyKey(Guid cooperativeOrderId) => $"co-{cooperativeOrderId:N}-refund";

    /// <summary>Refunds what is owed and returns the payment as it then stands (null when the order has none).</summary>
    public async Task<Payment?> RefundInactivePartsAsync(Guid purchaseOrderId, CancellationToken ct)
    {
        var payment = await ledger.LoadAsync(purchaseOrderId, ct);
        if (payment is not { IsSettled: true }) return payment;

        var order = await orders.WithPartsAsync(purchaseOrderId, ct);
        var owed = (order?.WithdrawnParts ?? [])
            .Where(c => payment.PaidCooperativeOrderIds.Contains(c.Id) && !payment.HasRefundFor(c.Id))
            .ToList();
        foreach (var part in owed) payment = await RefundAsync(payment, part, ct);
        return payment;
    }

    private async Task<Payment> RefundAsync(Payment payment, OrderPart part, CancellationToken ct)
    {
        var key = IdempotencyKey(part.Id);
        var amount = payment.RefundableAmount(part.Subtotal);
        if (amount <= 0) return payment;
        PaymentRefund refund;
        if (payment.Method != PaymentMethod.Card)
            refund = new PaymentRefund(part.Id, amount, RefundStatus.ManualRequired, null, key, time.GetUtcNow(), null);
        else
        {
            try
            {
                var made = await stripe.RefundAsync(payment.PaidBy!, amount, key, ct);
                refund = new PaymentRefund(part.Id, amount, RefundStatus.Succeeded, made.Id, key, time.GetUtcNow(), null);
            }
            catch (Exception ex) when (ex is global::Stripe.StripeException or HttpRequestException or TaskCanceledException
                                           or InvalidOperationException)
            {
                // The order's transition is committed already: keep the failure on the payment for retryRefunds, and say so loudly.
                logger.LogError(ex, "Refund of {Amount} VND for cooperative order {CooperativeOrderId} failed; it can be retried",
                    amount, part.Id);
                refund = new PaymentRefund(part.Id, amount, RefundStatus.Failed, null, key, time.GetUtcNow(), ex.Message);
            }
        }
        return await ledger.UpdateAsync(payment.Id, (_, p) =>
        {
            // Another process may have recorded this part meanwhile (Stripe returned it the same refund for the same key).
            if (!p.HasRefundFor(part.Id)) p.RecordRefund(refund);
            return p;
        }, CancellationToken.None);
    }
}

/// <summary>Refunds a paid order's part as soon as it is rejected or cancelled. Never fails the transition, which is committed.</summary>
internal sealed class PaymentRefundObserver(PaymentRefunds refunds, ILogger<PaymentRefundObserver> logger) : IOrderTransitionObserver
{
    public async Task OnTransitionedAsync(OrderPart order, OrderAction action, CancellationToken ct)
    {
        if (action is not (OrderAction.Reject or OrderAction.Cancel)) return;
        try
        {
            // Not the request's token: a client hanging up must not leave a refund half recorded.
            await refunds.RefundInactivePartsAsync(order.PurchaseOrderId, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Refunding cooperative order {CooperativeOrderId} after {Action} failed; retryRefunds can repeat it",
                order.Id, action);
        }
    }
}

/// <summary>retryRefunds: an admin repeats the refunds that failed (same idempotency keys, so nothing is refunded twice).</summary>
internal sealed class RefundRetries(PaymentRefunds refunds, PaymentLedger ledger, Viewer viewer)
{
    public async Task<PaymentPayload> RetryAsync(string purchaseOrderId, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.Admin) is { } denied) return new PaymentPayload { UserErrors = [denied] };
        if (!GlobalId.TryDecode(purchaseOrderId, out var type, out var id) || type != OrderGraphNames.PurchaseOrder)
            return new PaymentPayload { UserErrors = [UserError.Of(UserErrorCodes.Validation, "That is not a purchase order id.", "purchaseOrderId")] };
        if (await ledger.LoadAsync(id, ct) == null)
            return new PaymentPayload { UserErrors = [UserError.Of(UserErrorCodes.NotFound, "This order has no payment.", "purchaseOrderId")] };
        return new PaymentPayload { Payment = await refunds.RefundInactivePartsAsync(id, ct) };
    }
}
