using OcopMarket.Ordering.Orders;
using OcopMarket.Payments.Model;
using OcopMarket.Payments.Stripe;
using StripeIntent = global::Stripe.PaymentIntent;

namespace OcopMarket.Payments;

/// <summary>
/// startCardPayment: one Stripe PaymentIntent per purchase order and amount. A repeated call finds the intent it already
/// made and returns its client secret; the idempotency key ("po-{order}-card-{n}") makes even two racing first calls share
/// one intent at Stripe. A new intent (n+1) is made only when the amount due changed (a part was rejected meanwhile) or
/// the old intent was cancelled.
/// </summary>
internal sealed class CardPayments(BuyerPaymentAccess access, PaymentLedger ledger, StripeGateway stripe, TimeProvider time,
    ILogger<CardPayments> logger)
{
    public async Task<StartCardPaymentPayload> StartAsync(string purchaseOrderId, CancellationToken ct)
    {
        var (payable, error) = await access.OrderToPayAsync(purchaseOrderId, ct);
        if (error != null) return Fail(error);
        if (!stripe.IsConfigured) return Fail(BuyerPaymentAccess.From(StripeGateway.NotConfiguredError));
        if (StripeGateway.CheckAmount(payable!.AmountDue) is { } tooLarge) return Fail(BuyerPaymentAccess.From(tooLarge));

        var payment = await ledger.EnsureAsync(payable, ct);
        if (payment.IsSettled) return Fail(BuyerPaymentAccess.AlreadyPaid(payment));

        StripeIntent intent;
        try
        {
            intent = await ReuseOrCreateAsync(payment, payable, ct);
        }
        catch (global::Stripe.StripeException ex)
        {
            logger.LogError(ex, "Stripe refused a payment intent for purchase order {PurchaseOrderId}", payable.Id);
            return Fail(UserError.Of(PaymentErrorCodes.ProviderUnavailable,
                "Card payment could not be started just now. Try again in a moment, or pay by bank transfer.", BuyerPaymentAccess.Field));
        }

        var key = IdempotencyKey(payable.Id, payment.CardIntents.Count + 1);
        var saved = await ledger.UpdateAsync(payable.Id, (_, p) =>
        {
            if (p.CardIntents.All(i => i.Id != intent.Id))
                p.CardIntents.Add(new CardIntent(intent.Id, intent.Amount, key, payable.ActiveIds, time.GetUtcNow()));
            if (!p.IsSettled)
            {
                p.Method = PaymentMethod.Card;
                p.AmountDue = payable.AmountDue;
                p.DueCooperativeOrderIds = payable.ActiveIds;
            }
            return p;
        }, ct);
        if (saved.IsSettled) return Fail(BuyerPaymentAccess.AlreadyPaid(saved)); // paid by transfer while we talked to Stripe
        return new StartCardPaymentPayload { ClientSecret = intent.ClientSecret, Payment = saved };
    }

    private async Task<StripeIntent> ReuseOrCreateAsync(Payment payment, OrderWithParts payable, CancellationToken ct)
    {
        if (payment.CardIntents.LastOrDefault() is { } last && last.Amount == payable.AmountDue)
        {
            // Fetched rather than stored: the client secret stays with Stripe, and the status is current.
            var existing = await stripe.GetPaymentIntentAsync(last.Id, ct);
            if (existing.Status != "canceled") return existing;
        }
        var key = IdempotencyKey(payable.Id, payment.CardIntents.Count + 1);
        return await stripe.CreatePaymentIntentAsync(payable.Id, payable.AmountDue, key, ct);
    }

    public static string IdempotencyKey(Guid purchaseOrderId, int attempt) => $"po-{purchaseOrderId:N}-card-{attempt}";

    private static StartCardPaymentPayload Fail(UserError error) => new() { UserErrors = [error] };
}
