using OcopMarket.Payments.Model;
using OcopMarket.Payments.Stripe;
using OcopMarket.Payments.VietQr;

namespace OcopMarket.Payments;

/// <summary>
/// Which payment methods a client may offer: bank transfer when a receiving account is configured, card when Stripe is
/// (and, for one order, when its amount due is within Stripe's cap). The same checks startBankTransfer and
/// startCardPayment make, so a method listed here is one that starts.
/// </summary>
public sealed class PaymentMethods(StripeGateway stripe, BankTransferService bank)
{
    /// <summary>What this deployment accepts at all, transfer first (how most Vietnamese B2B trade is paid).</summary>
    public IReadOnlyList<PaymentMethod> Configured()
    {
        var methods = new List<PaymentMethod>(2);
        if (bank.IsConfigured) methods.Add(PaymentMethod.BankTransfer);
        if (stripe.IsConfigured) methods.Add(PaymentMethod.Card);
        return methods;
    }

    /// <summary>What can pay this amount: a card only up to <see cref="StripeGateway.MaxVndAmount"/>; nothing when nothing is due.</summary>
    public IReadOnlyList<PaymentMethod> For(long amountDue) => amountDue <= 0 ? []
        : Configured().Where(m => m != PaymentMethod.Card || StripeGateway.CheckAmount(amountDue) == null).ToList();
}
