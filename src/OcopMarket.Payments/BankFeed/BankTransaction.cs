namespace OcopMarket.Payments.BankFeed;

/// <summary>What became of money seen arriving on the platform's account.</summary>
public enum BankTransactionStatus
{
    /// <summary>Its memo named a payment and the amounts added up: the order is paid.</summary>
    Matched,
    /// <summary>Its memo named a payment, but the amounts do not add up to what was asked (the payment is AMOUNT_MISMATCH).</summary>
    Mismatch,
    /// <summary>Waiting for an admin: no payment could take it.</summary>
    Unmatched,
    /// <summary>An admin assigned it to a purchase order's payment.</summary>
    Assigned,
    /// <summary>An admin dismissed it (not for us, returned to the sender…), with a reason.</summary>
    Dismissed
}

/// <summary>Why a transfer waits for an admin.</summary>
public enum UnmatchedReason
{
    /// <summary>Its memo carries no reference of a payment with a bank transfer started.</summary>
    NoReference,
    /// <summary>The payment its memo names was already settled: the money must be returned or assigned elsewhere.</summary>
    AlreadySettled,
    /// <summary>No order can be that amount (zero, or above the largest order total).</summary>
    AmountOutOfRange
}

/// <summary>
/// One incoming transfer as the bank reported it (a SePay notice or a statement line), stored once: its id is derived
/// from the source and the bank's transaction id, so a repeat of the same notice, or the same notice reaching two API
/// processes, fails on the primary key and changes nothing (it is inserted in the same transaction as the receipt).
/// </summary>
internal sealed class BankTransaction
{
    public const string SePay = "sepay";
    public const string Statement = "statement";

    public Guid Id { get; set; }
    /// <summary>sepay or statement.</summary>
    public string Source { get; set; } = "";
    /// <summary>The bank's (or SePay's) id of the transaction.</summary>
    public string ExternalId { get; set; } = "";
    public long Amount { get; set; }
    public string Content { get; set; } = "";
    public DateTimeOffset? TransactionDate { get; set; }
    public string? Gateway { get; set; }
    public string? AccountNumber { get; set; }
    public string? ReferenceCode { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public BankTransactionStatus Status { get; set; }
    public UnmatchedReason? Reason { get; set; }
    public Guid? PurchaseOrderId { get; set; }
    public string? PurchaseOrderNumber { get; set; }
    public string? ResolutionNote { get; set; }
    public Guid? ResolvedBy { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }

    public static Guid IdFor(string source, string externalId) => StableIds.From("bank-transaction", $"{source}:{externalId}");
}

/// <summary>
/// The admin's resolution of an unmatched transfer, keyed by the transfer's id: inserted in the same transaction as the
/// receipt it makes (or the dismissal), so two admins resolving the same transfer at once resolve it once.
/// </summary>
internal sealed class BankTransactionResolution
{
    public Guid Id { get; set; }
    public Guid ByUserId { get; set; }
    public DateTimeOffset At { get; set; }
}
