using OcopMarket.Ordering.Orders;
using OcopMarket.Ordering.Orders.GraphQL;
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
    /// <summary>
    /// startCardCheckout: a Stripe Checkout Session for the amount due, whose page the buyer is sent to (no Stripe.js on
    /// this site). The same checks as <see cref="StartAsync"/>; the payment records the card as the method and the amount
    /// due, which is what payment_intent.succeeded is matched against (the intent is Checkout's, not one we made).
    /// </summary>
    /// <param name="siteUrl">Where the buyer comes back to (scheme and host, no trailing slash): the edge decides it.</param>
    public async Task<StartCardCheckoutPayload> StartCheckoutAsync(string purchaseOrderId, string siteUrl, CancellationToken ct)
    {
        var (payable, error) = await access.OrderToPayAsync(purchaseOrderId, ct);
        if (error != null) return FailCheckout(error);
        if (!stripe.IsConfigured) return FailCheckout(BuyerPaymentAccess.From(StripeGateway.NotConfiguredError));
        if (StripeGateway.CheckAmount(payable!.AmountDue) is { } tooLarge) return FailCheckout(BuyerPaymentAccess.From(tooLarge));

        var payment = await ledger.EnsureAsync(payable, ct);
        if (payment.IsSettled) return FailCheckout(BuyerPaymentAccess.AlreadyPaid(payment));

        var page = $"{siteUrl.TrimEnd('/')}/buyer/orders/{Uri.EscapeDataString(GlobalId.Encode(OrderGraphNames.PurchaseOrder, payable.Id))}/pay";
        global::Stripe.Checkout.Session session;
        try
        {
            session = await stripe.CreateCheckoutSessionAsync(payable.Id, payable.Number, payable.AmountDue,
                page + "?card=done", page + "?card=cancelled", CheckoutKey(payable.Id, payable.AmountDue), ct);
        }
        catch (global::Stripe.StripeException ex)
        {
            logger.LogError(ex, "Stripe refused a checkout session for purchase order {PurchaseOrderId}", payable.Id);
            return FailCheckout(UserError.Of(PaymentErrorCodes.ProviderUnavailable,
                "Card payment could not be started just now. Try again in a moment, or pay by bank transfer.", BuyerPaymentAccess.Field));
        }

        var saved = await ledger.UpdateAsync(payable.Id, (_, p) =>
        {
            DueByCard(p, payable);
            return p;
        }, ct);
        if (saved.IsSettled) return FailCheckout(BuyerPaymentAccess.AlreadyPaid(saved));
        return new StartCardCheckoutPayload { Url = session.Url, Payment = saved };
    }

    /// <summary>One session per order and amount due: a double click or a reload returns the same page at Stripe.</summary>
    public static string CheckoutKey(Guid purchaseOrderId, long amountDue) => $"po-{purchaseOrderId:N}-checkout-{amountDue}";

    private static StartCardCheckoutPayload FailCheckout(UserError error) => new() { UserErrors = [error] };

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
            DueByCard(p, payable);
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

    /// <summary>While unpaid, the card is the method and what is due is the order's active parts (both card paths).</summary>
    private static void DueByCard(Payment payment, OrderWithParts payable)
    {
        if (payment.IsSettled) return;
        payment.Method = PaymentMethod.Card;
        payment.AmountDue = payable.AmountDue;
        payment.DueCooperativeOrderIds = payable.ActiveIds;
    }
}
