using OcopMarket.Kernel.Events;
using Marten;
using Npgsql;
using OcopMarket.Ordering.Orders;
using OcopMarket.Payments.Model;

namespace OcopMarket.Payments;

/// <summary>
/// Storage of <see cref="Payment"/> documents. Every change goes through <see cref="UpdateAsync{T}"/>, which locks the
/// payment's row for its transaction: concurrent webhooks, confirmations and refunds on one order apply one at a time, and
/// whatever else the change stores (a processed event id) commits with it or not at all.
/// </summary>
internal sealed class PaymentLedger(IDocumentStore store, NpgsqlDataSource db, DatabaseSchema schema, TimeProvider time, EventOutbox outbox)
{
    public async Task<Payment?> LoadAsync(Guid purchaseOrderId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<Payment>(purchaseOrderId, ct);
    }

    /// <summary>
    /// The payment whose transfer reference a bank memo carries, however mangled (<see cref="VietQr.TransferMemo"/>): the
    /// first candidate in the memo that names a payment.
    /// </summary>
    public async Task<Payment?> FindByMemoAsync(string? memo, CancellationToken ct)
    {
        var candidates = VietQr.TransferMemo.Candidates(memo);
        if (candidates.Count == 0) return null;
        await using var session = store.QuerySession();
        var found = await session.Query<Payment>().Where(p => p.TransferReference!.IsOneOf(candidates.ToArray())).ToListAsync(ct);
        return candidates.Select(c => found.FirstOrDefault(p => p.TransferReference == c)).FirstOrDefault(p => p != null);
    }

    /// <summary>The order's payment, created (pending) on first use. Two racing creators end up with the same one.</summary>
    public async Task<Payment> EnsureAsync(OrderWithParts payable, CancellationToken ct)
    {
        if (await LoadAsync(payable.Id, ct) is { } existing) return existing;
        var now = time.GetUtcNow();
        var payment = new Payment
        {
            Id = payable.Id, PurchaseOrderNumber = payable.Number, BuyerId = payable.BuyerId,
            AmountDue = payable.AmountDue, DueCooperativeOrderIds = payable.ActiveIds, CreatedAt = now, UpdatedAt = now,
        };
        await using var session = store.LightweightSession();
        session.Insert(payment);
        try
        {
            await session.SaveChangesAsync(ct);
            return payment;
        }
        catch (Exception ex) when (SaveConflicts.IsDuplicate(ex))
        {
            return await LoadAsync(payable.Id, ct) ?? throw new InvalidOperationException("The payment vanished after a conflict.", ex);
        }
    }

    /// <summary>
    /// Applies a change to the payment under a row lock and commits it together with anything else the change stored in the
    /// session. A unique-key violation (an event id already processed, a transfer reference taken) rolls everything back
    /// and surfaces as the exception, for the caller to recognise with <see cref="SaveConflicts.IsDuplicate"/>.
    /// </summary>
    public async Task<T> UpdateAsync<T>(Guid purchaseOrderId, Func<IDocumentSession, Payment, T> change, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using var session = store.LightweightSession(Marten.Services.SessionOptions.ForTransaction(tx));
        await using (var lockRow = new NpgsqlCommand(
                         $"select 1 from {schema.Table("mt_doc_payment")} where id = $1 for update", connection, tx))
        {
            lockRow.Parameters.Add(new NpgsqlParameter { Value = purchaseOrderId });
            await lockRow.ExecuteScalarAsync(ct);
        }
        var payment = await session.LoadAsync<Payment>(purchaseOrderId, ct)
                      ?? throw new InvalidOperationException($"No payment for purchase order {purchaseOrderId}: call EnsureAsync first.");
        var before = payment.Status;
        var result = change(session, payment);
        payment.UpdatedAt = time.GetUtcNow();
        session.Update(payment);
        if (PaymentEvents.TypeOf(before, payment.Status) is { } type) PaymentEvents.Record(outbox, session, type, payment);
        await session.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return result;
    }
}
