using OcopMarket.Ordering.Orders;
using OcopMarket.Catalog.Model;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;
using OcopMarket.Payments.Model;
using OcopMarket.Payments.VietQr;

namespace OcopMarket.Payments;

/// <summary>
/// Bank transfer to the platform's account: the buyer gets the account, the exact amount, a reference for the memo and a
/// VietQR code; staff confirm what reached the account. No upper limit, so this is how orders above the card cap are paid.
/// </summary>
internal sealed class BankTransfers(BuyerPaymentAccess access, PaymentLedger ledger, BankTransferService bank, PaymentRefunds refunds,
    Viewer viewer, TimeProvider time, ILogger<BankTransfers> logger)
{
    private const int ReferenceAttempts = 3;

    public static PaymentError NotConfigured { get; } =
        new(PaymentErrorCodes.NotConfigured, "paymentMethod", "Bank transfers are not configured");

    public async Task<StartBankTransferPayload> StartAsync(string purchaseOrderId, CancellationToken ct)
    {
        var (payable, error) = await access.OrderToPayAsync(purchaseOrderId, ct);
        if (error != null) return new StartBankTransferPayload { UserErrors = [error] };
        if (!bank.IsConfigured)
            return new StartBankTransferPayload { UserErrors = [BuyerPaymentAccess.From(NotConfigured)] };

        var payment = await ledger.EnsureAsync(payable!, ct);
        if (payment.IsSettled) return new StartBankTransferPayload { UserErrors = [BuyerPaymentAccess.AlreadyPaid(payment)] };

        payment = await IssueReferenceAsync(payable!, ct);
        if (payment.IsSettled) return new StartBankTransferPayload { UserErrors = [BuyerPaymentAccess.AlreadyPaid(payment)] };
        var instructions = bank.CreateInstructions(payment.TransferAmount, payment.TransferReference!);
        return instructions.Succeeded
            ? new StartBankTransferPayload { Transfer = instructions.Instructions, Payment = payment }
            : new StartBankTransferPayload { UserErrors = instructions.Errors.Select(BuyerPaymentAccess.From).ToList() };
    }

    /// <summary>The reference is issued once and kept; the amount follows what is due now.</summary>
    private async Task<Payment> IssueReferenceAsync(OrderWithParts payable, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ledger.UpdateAsync(payable.Id, (_, p) =>
                {
                    if (p.IsSettled) return p;
                    p.TransferReference ??= TransferReference.New();
                    p.TransferAmount = payable.AmountDue;
                    p.TransferCooperativeOrderIds = payable.ActiveIds;
                    p.Method = PaymentMethod.BankTransfer;
                    p.AmountDue = payable.AmountDue;
                    p.DueCooperativeOrderIds = payable.ActiveIds;
                    return p;
                }, ct);
            }
            catch (Exception ex) when (SaveConflicts.IsDuplicate(ex) && attempt < ReferenceAttempts)
            {
                // 50 random bits rarely collide, but the unique index is the guarantee: draw another.
                logger.LogWarning("Transfer reference collision for purchase order {PurchaseOrderId}; drawing again", payable.Id);
            }
        }
    }

    /// <summary>An admin records money seen on the platform account's statement for a reference (or a memo containing one).</summary>
    public async Task<PaymentPayload> ConfirmAsync(ConfirmBankTransferInput input, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.Admin) is { } denied) return Fail(denied);
        // No transfer can pay more than an order may total: bounded, the receipts of a payment add up without overflow.
        if (input.AmountReceived is <= 0 or > Money.MaxOrderTotal)
            return Fail(UserError.Of(UserErrorCodes.Validation,
                $"The amount received must be between 1 and {Money.MaxOrderTotal:N0} đồng.", "input", "amountReceived"));
        var payment = await ledger.FindByMemoAsync(input.Reference, ct);
        if (payment == null)
            return Fail(UserError.Of(UserErrorCodes.NotFound, $"No bank transfer was started with reference '{input.Reference}'.", "input", "reference"));

        var (saved, alreadyPaid) = await ReceiveAsync(payment.Id, input.AmountReceived, viewer.UserId, null, ct);
        if (alreadyPaid)
            return Fail(UserError.Of(PaymentErrorCodes.AlreadyPaid,
                $"Purchase order {saved.PurchaseOrderNumber} is already paid; a further transfer must be returned by hand.", "input", "reference"));
        return new PaymentPayload { Payment = saved };
    }

    /// <summary>
    /// The one rule for money that reached the account for a payment with a transfer started, whoever saw it (an admin, a
    /// SePay notice, a statement line): unless the payment is settled, the transfer is added to its receipts, which pay
    /// the order when they add up to the amount asked and are AMOUNT_MISMATCH otherwise. <paramref name="record"/> stores
    /// what else must commit with the receipt or not at all (the bank transaction, an admin's resolution); it is told
    /// whether the payment was settled already, in which case no receipt was added.
    /// </summary>
    internal async Task<(Payment Saved, bool AlreadyPaid)> ReceiveAsync(Guid paymentId, long amount, Guid? byUserId,
        Action<Marten.IDocumentSession, Payment, bool>? record, CancellationToken ct)
    {
        var (saved, alreadyPaid) = await ledger.UpdateAsync(paymentId, (session, p) =>
        {
            var settled = p.IsSettled;
            if (!settled) p.RecordTransferReceived(amount, byUserId, time.GetUtcNow());
            record?.Invoke(session, p, settled);
            return (p, settled);
        }, ct);
        // Parts rejected between the start of the transfer and its arrival are owed back: recorded even if the caller (a
        // webhook sender) hangs up now, since the receipt is committed.
        if (!alreadyPaid && saved.Status == PaymentStatus.Paid)
            saved = await refunds.RefundInactivePartsAsync(saved.Id, CancellationToken.None) ?? saved;
        return (saved, alreadyPaid);
    }

    private static PaymentPayload Fail(UserError error) => new() { UserErrors = [error] };
}
