using OcopMarket.Ordering.Orders;
using OcopMarket.Payments.Model;
using OcopMarket.Payments.Stripe;
using StripeEvent = global::Stripe.Event;
using StripeIntent = global::Stripe.PaymentIntent;

namespace OcopMarket.Payments.Webhooks;

public enum WebhookOutcome
{
    Applied,
    /// <summary>This event id was applied before (a redelivery, or another API process got it first).</summary>
    Duplicate,
    /// <summary>An event type we do not act on, or an intent that names no order of ours.</summary>
    Ignored
}

/// <summary>
/// Applies a verified Stripe event to the payment of the purchase order named in the intent's metadata. The event id is
/// stored in the same transaction as the change, so each event changes the payment at most once; the rules in
/// <see cref="Payment"/> make the order of arrival irrelevant (a failure after a success does not un-pay).
/// </summary>
internal sealed class StripeEventProcessor(PaymentLedger ledger, OrderReader orders, PaymentRefunds refunds, TimeProvider time, ILogger<StripeEventProcessor> logger)
{
    public const string Succeeded = "payment_intent.succeeded";
    public const string PaymentFailed = "payment_intent.payment_failed";

    public async Task<WebhookOutcome> ProcessAsync(StripeEvent e, CancellationToken ct)
    {
        if (e.Type is not (Succeeded or PaymentFailed) || e.Data?.Object is not StripeIntent intent) return WebhookOutcome.Ignored;
        // Intents made elsewhere on the account (the dashboard, another integration) may carry no metadata at all.
        if (intent.Metadata?.TryGetValue(StripeGateway.PurchaseOrderIdMetadataKey, out var raw) != true || !Guid.TryParse(raw, out var orderId))
        {
            logger.LogWarning("Stripe event {EventId} ({Type}) for intent {IntentId} names no purchase order; ignored", e.Id, e.Type, intent.Id);
            return WebhookOutcome.Ignored;
        }
        var payable = await orders.WithPartsAsync(orderId, ct);
        if (payable == null)
        {
            logger.LogWarning("Stripe event {EventId} names purchase order {PurchaseOrderId}, which does not exist; ignored", e.Id, orderId);
            return WebhookOutcome.Ignored;
        }
        await ledger.EnsureAsync(payable, ct);

        Payment payment;
        try
        {
            payment = await ledger.UpdateAsync(orderId, (session, p) =>
            {
                session.Insert(new ProcessedStripeEvent { Id = e.Id, Type = e.Type, PurchaseOrderId = orderId, ProcessedAt = time.GetUtcNow() });
                Apply(e.Type, intent, p);
                return p;
            }, ct);
        }
        catch (Exception ex) when (SaveConflicts.IsDuplicate(ex))
        {
            logger.LogInformation("Stripe event {EventId} was processed before; nothing changed", e.Id);
            return WebhookOutcome.Duplicate;
        }

        logger.LogInformation("Stripe event {EventId} ({Type}) applied: purchase order {PurchaseOrderId} is {Status}",
            e.Id, e.Type, orderId, payment.Status);
        // A part rejected while the buyer was paying was paid for all the same: give it back now.
        if (payment.Status == PaymentStatus.Paid) await refunds.RefundInactivePartsAsync(orderId, CancellationToken.None);
        return WebhookOutcome.Applied;
    }

    private void Apply(string type, StripeIntent intent, Payment payment)
    {
        var at = time.GetUtcNow();
        if (type == Succeeded)
            // amount_received is what was captured; amount is what was asked (equal for automatic capture).
            payment.RecordCardSucceeded(intent.Id, intent.AmountReceived > 0 ? intent.AmountReceived : intent.Amount, intent.Currency ?? "", at);
        else
            payment.RecordCardFailed(intent.Id, intent.LastPaymentError?.Code, intent.LastPaymentError?.Message, at);
    }
}
