using Marten;
using OcopMarket.Payments.Model;

namespace OcopMarket.Payments.BankFeed;

/// <summary>An incoming transfer as a bank feed reports it (a SePay notice, a statement line).</summary>
internal sealed record IncomingTransfer(string Source, string ExternalId, long Amount, string Content, DateTimeOffset? TransactionDate,
    string? Gateway = null, string? AccountNumber = null, string? ReferenceCode = null);

/// <summary>What recording an incoming transfer did.</summary>
public enum IncomingTransferOutcome
{
    Matched,
    Mismatch,
    Unmatched,
    /// <summary>This bank transaction was recorded before: nothing changed.</summary>
    Duplicate
}

/// <summary>
/// Records transfers the bank reports: a memo carrying a payment's reference (<see cref="VietQr.TransferMemo"/>) becomes a
/// receipt through the same rule as an admin's confirmation (<see cref="BankTransfers.ReceiveAsync"/>); anything else waits
/// for an admin (<see cref="BankTransactionStatus.Unmatched"/>). Each bank transaction is stored once, in the same
/// transaction as its receipt, so a repeated notice pays nothing twice.
/// </summary>
internal sealed class IncomingTransfers(PaymentLedger ledger, BankTransfers bank, IDocumentStore store, TimeProvider time,
    ILogger<IncomingTransfers> logger)
{
    public async Task<(IncomingTransferOutcome Outcome, BankTransaction Transaction)> RecordAsync(IncomingTransfer transfer, CancellationToken ct)
    {
        var recorded = new BankTransaction
        {
            Id = BankTransaction.IdFor(transfer.Source, transfer.ExternalId), Source = transfer.Source, ExternalId = transfer.ExternalId,
            Amount = transfer.Amount, Content = transfer.Content, TransactionDate = transfer.TransactionDate, Gateway = transfer.Gateway,
            AccountNumber = transfer.AccountNumber, ReferenceCode = transfer.ReferenceCode, ReceivedAt = time.GetUtcNow(),
            Status = BankTransactionStatus.Unmatched,
        };
        try
        {
            var inRange = transfer.Amount is > 0 and <= Money.MaxOrderTotal;
            var payment = inRange ? await ledger.FindByMemoAsync(transfer.Content, ct) : null;
            if (payment == null)
            {
                recorded.Reason = inRange ? UnmatchedReason.NoReference : UnmatchedReason.AmountOutOfRange;
                await using var session = store.LightweightSession();
                session.Insert(recorded);
                await session.SaveChangesAsync(ct);
            }
            else
            {
                await bank.ReceiveAsync(payment.Id, transfer.Amount, null, (session, p, settled) =>
                {
                    recorded.PurchaseOrderId = p.Id;
                    recorded.PurchaseOrderNumber = p.PurchaseOrderNumber;
                    recorded.Status = settled ? BankTransactionStatus.Unmatched
                        : p.Status == PaymentStatus.Paid ? BankTransactionStatus.Matched : BankTransactionStatus.Mismatch;
                    recorded.Reason = settled ? UnmatchedReason.AlreadySettled : null;
                    session.Insert(recorded);
                }, ct);
            }
        }
        catch (Exception ex) when (SaveConflicts.IsDuplicate(ex))
        {
            logger.LogInformation("Bank transaction {Source} {ExternalId} was recorded before; nothing changed", transfer.Source, transfer.ExternalId);
            return (IncomingTransferOutcome.Duplicate, recorded);
        }
        logger.LogInformation("Bank transaction {Source} {ExternalId} of {Amount} VND recorded as {Status} (purchase order {PurchaseOrderNumber})",
            transfer.Source, transfer.ExternalId, transfer.Amount, recorded.Status, recorded.PurchaseOrderNumber);
        return (recorded.Status switch
        {
            BankTransactionStatus.Matched => IncomingTransferOutcome.Matched,
            BankTransactionStatus.Mismatch => IncomingTransferOutcome.Mismatch,
            _ => IncomingTransferOutcome.Unmatched,
        }, recorded);
    }
}
