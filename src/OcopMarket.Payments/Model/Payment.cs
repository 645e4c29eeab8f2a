namespace OcopMarket.Payments.Model;

public enum PaymentMethod
{
    Card,
    BankTransfer
}

public enum PaymentStatus
{
    /// <summary>Started (an intent or a transfer reference exists), no money matched yet.</summary>
    Pending,
    Paid,
    /// <summary>The last card attempt failed; the buyer may try again.</summary>
    Failed,
    /// <summary>Money arrived, but not the amount asked for (or not in VND): a person must sort it out.</summary>
    AmountMismatch,
    PartiallyRefunded,
    Refunded
}

public enum RefundStatus
{
    Succeeded,
    /// <summary>Stripe refused or could not be reached; retryRefunds tries again with the same idempotency key.</summary>
    Failed,
    /// <summary>Paid by bank transfer: there is no API to send the money back, staff must transfer it.</summary>
    ManualRequired
}

/// <summary>
/// How one purchase order is paid (Id = the purchase order's id): the card intents and the transfer reference offered to
/// the buyer, the money received, refunds and failures. Only the state changes below modify it, always under a row lock
/// (<see cref="PaymentLedger"/>), so two API processes never apply the same change twice.
/// </summary>
internal sealed class Payment
{
    public Guid Id { get; set; }
    public string PurchaseOrderNumber { get; set; } = "";
    public Guid BuyerId { get; set; }
    /// <summary>The method that paid, or else the one the buyer started last.</summary>
    public PaymentMethod? Method { get; set; }
    public PaymentStatus Status { get; set; } = PaymentStatus.Pending;
    /// <summary>What was due when payment was last started: the subtotals of the parts not rejected or cancelled.</summary>
    public long AmountDue { get; set; }
    public List<Guid> DueCooperativeOrderIds { get; set; } = [];
    public List<CardIntent> CardIntents { get; set; } = [];
    /// <summary>The memo the buyer's transfer must carry; issued once and reused (unique index).</summary>
    public string? TransferReference { get; set; }
    public long TransferAmount { get; set; }
    public List<Guid> TransferCooperativeOrderIds { get; set; } = [];
    public List<Receipt> Receipts { get; set; } = [];
    public long PaidAmount { get; set; }
    /// <summary>The intent id or transfer reference that paid, so a repeat of the same success is recognised.</summary>
    public string? PaidBy { get; set; }
    /// <summary>The parts the paid amount covered: only these are refunded when rejected or cancelled.</summary>
    public List<Guid> PaidCooperativeOrderIds { get; set; } = [];
    public DateTimeOffset? PaidAt { get; set; }
    public List<PaymentRefund> Refunds { get; set; } = [];
    public List<PaymentFailure> Failures { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Money was matched to the order (refunds may have followed): no further payment may be started.</summary>
    public bool IsSettled => Status is PaymentStatus.Paid or PaymentStatus.PartiallyRefunded or PaymentStatus.Refunded;

    public long AmountReceived => Receipts.Sum(r => r.Amount);
    public long AmountRefunded => Refunds.Where(r => r.Status == RefundStatus.Succeeded).Sum(r => r.Amount);

    /// <summary>A card payment succeeded at Stripe. Paid only when amount and currency are what this intent asked for.</summary>
    public void RecordCardSucceeded(string intentId, long amount, string currency, DateTimeOffset at)
    {
        if (PaidBy == intentId) return; // the same success told twice (e.g. a resent event under a new id)
        Receipts.Add(new Receipt(PaymentMethod.Card, amount, currency, intentId, at, null));
        if (IsSettled)
        {
            // Paid already by another intent or a transfer: the money is kept on record for a person to refund.
            Fail(at, "card", "PAID_TWICE", $"Intent {intentId} received {amount} {currency} after the order was already paid.");
            return;
        }
        var intent = CardIntents.FirstOrDefault(i => i.Id == intentId);
        var expected = intent?.Amount ?? AmountDue;
        if (amount == expected && string.Equals(currency, "vnd", StringComparison.OrdinalIgnoreCase))
            MarkPaid(PaymentMethod.Card, amount, intentId, intent?.CooperativeOrderIds ?? DueCooperativeOrderIds, at);
        else
        {
            Status = PaymentStatus.AmountMismatch;
            Fail(at, "card", "AMOUNT_MISMATCH", $"Intent {intentId} received {amount} {currency}; {expected} vnd was expected.");
        }
    }

    /// <summary>A card attempt failed. Recorded always; the status changes only while nothing has been paid.</summary>
    public void RecordCardFailed(string intentId, string? code, string? message, DateTimeOffset at)
    {
        Fail(at, "card", code ?? "payment_failed", $"Intent {intentId}: {message ?? "the payment failed"}");
        if (Status is PaymentStatus.Pending or PaymentStatus.Failed) Status = PaymentStatus.Failed;
    }

    /// <summary>
    /// A transfer with this payment's reference reached the account (seen by staff, or told by the bank: no user then). Transfers add up (a buyer may pay the
    /// rest of a short payment later): paid when the total equals the amount asked for, otherwise a mismatch.
    /// </summary>
    public void RecordTransferReceived(long amount, Guid? byUserId, DateTimeOffset at)
    {
        Receipts.Add(new Receipt(PaymentMethod.BankTransfer, amount, "vnd", TransferReference!, at, byUserId));
        var total = Receipts.Where(r => r.Method == PaymentMethod.BankTransfer).Sum(r => r.Amount);
        if (total == TransferAmount)
            MarkPaid(PaymentMethod.BankTransfer, total, TransferReference!, TransferCooperativeOrderIds, at);
        else
        {
            Status = PaymentStatus.AmountMismatch;
            Fail(at, "bank_transfer", "AMOUNT_MISMATCH", $"{total} VND received in all by transfer; {TransferAmount} VND was asked for.");
        }
    }

    /// <summary>The refund already made (or owed by hand) for a part, if any: a failed attempt does not count.</summary>
    public bool HasRefundFor(Guid cooperativeOrderId) =>
        Refunds.Any(r => r.CooperativeOrderId == cooperativeOrderId && r.Status != RefundStatus.Failed);

    /// <summary>What may still be refunded for a part: its subtotal, but never more than what is left of the payment.</summary>
    public long RefundableAmount(long subtotal) => Math.Max(0, Math.Min(subtotal, PaidAmount - AmountRefunded));

    public void RecordRefund(PaymentRefund refund)
    {
        Refunds.Add(refund);
        if (refund.Status != RefundStatus.Succeeded) return;
        Status = AmountRefunded >= PaidAmount ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded;
    }

    private void MarkPaid(PaymentMethod method, long amount, string by, List<Guid> parts, DateTimeOffset at)
    {
        Status = PaymentStatus.Paid;
        Method = method;
        PaidAmount = amount;
        PaidBy = by;
        PaidCooperativeOrderIds = [.. parts];
        PaidAt = at;
    }

    private void Fail(DateTimeOffset at, string source, string code, string message) =>
        Failures.Add(new PaymentFailure(at, source, code, message));
}

/// <summary>A Stripe PaymentIntent created for this order, with the amount and parts it was created for.</summary>
internal sealed record CardIntent(string Id, long Amount, string IdempotencyKey, List<Guid> CooperativeOrderIds, DateTimeOffset CreatedAt);

/// <summary>Money in: a succeeded intent, or a transfer confirmed by staff (ByUserId).</summary>
internal sealed record Receipt(PaymentMethod Method, long Amount, string Currency, string Source, DateTimeOffset At, Guid? ByUserId);

internal sealed record PaymentRefund(
    Guid CooperativeOrderId, long Amount, RefundStatus Status, string? StripeRefundId, string IdempotencyKey, DateTimeOffset At, string? Error);

/// <summary>Something that went wrong: a declined card, a mismatched amount, a refund Stripe refused.</summary>
internal sealed record PaymentFailure(DateTimeOffset At, string Source, string Code, string Message);

/// <summary>
/// A Stripe event already applied, keyed by Stripe's event id. It is inserted in the same transaction as the payment
/// change, so a redelivery (or the same event reaching a second API process) fails on the key and changes nothing.
/// </summary>
internal sealed class ProcessedStripeEvent
{
    public string Id { get; set; } = "";
    public string Type { get; set; } = "";
    public Guid PurchaseOrderId { get; set; }
    public DateTimeOffset ProcessedAt { get; set; }
}
