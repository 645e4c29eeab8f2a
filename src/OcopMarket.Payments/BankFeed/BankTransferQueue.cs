using System.Globalization;
using Marten;
using Npgsql;
using OcopMarket.Payments.Model;

namespace OcopMarket.Payments.BankFeed;

/// <summary>
/// The admins' queue of transfers no payment could take (no reference in the memo, the payment already settled, an
/// amount no order can have), the oldest first, and their resolution: assigned to a purchase order's payment through the
/// same rule as confirmBankTransfer, or dismissed with a reason. Admins only.
/// </summary>
internal sealed class BankTransferQueue(NpgsqlDataSource db, DatabaseSchema schema, IDocumentStore store, PaymentLedger ledger,
    BankTransfers bank, Viewer viewer, TimeProvider time)
{
    public const int MaxReasonLength = 500;

    public async Task<Page<BankTransaction>> UnmatchedAsync(int first, string? after, CancellationToken ct)
    {
        viewer.DemandRole(Role.Admin);
        await using var command = db.CreateCommand();
        var conditions = new List<string> { "d.data ->> 'Status' = @status" };
        command.Parameters.AddWithValue("status", nameof(BankTransactionStatus.Unmatched));
        // When the transfer reached us, as Marten stores it (ISO 8601, UTC), which orders as text does.
        const string key = "(d.data ->> 'ReceivedAt')";
        var table = schema.Table("mt_doc_banktransaction");
        var count = DeferredCount.Of(db, $"from {table} d where {string.Join(" and ", conditions)}", command.Parameters);
        if (after != null)
        {
            var parts = OpaqueCursor.Decode(after, "bt1", 2);
            if (!Guid.TryParse(parts[1], out var afterId)) throw OpaqueCursor.Invalid();
            conditions.Add($"({key}, d.id) > (@afterKey, @afterId)");
            command.Parameters.AddWithValue("afterKey", parts[0]);
            command.Parameters.AddWithValue("afterId", afterId);
        }
        command.CommandText = $"""
            select d.data, {key} from {table} d
            where {string.Join(" and ", conditions)} order by {key}, d.id limit {first + 1}
            """;
        var serializer = store.Options.Serializer();
        var edges = new List<(BankTransaction, string)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var transaction = serializer.FromJson<BankTransaction>(reader, 0);
            edges.Add((transaction, OpaqueCursor.Encode("bt1", reader.GetString(1), transaction.Id.ToString("N", CultureInfo.InvariantCulture))));
        }
        return Page<BankTransaction>.FromOverfetch(edges, first, after != null, count);
    }

    public async Task<ResolveBankTransferPayload> ResolveAsync(ResolveBankTransferInput input, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.Admin) is { } denied) return Fail(denied);
        if (!GlobalIdInput.TryRead(input.BankTransactionId, BankTransactionNames.Type, out var id, out var badId, "input", "bankTransactionId"))
            return Fail(badId!);
        var orderReference = string.IsNullOrWhiteSpace(input.OrderReference) ? null : VietnameseText.Clean(input.OrderReference);
        var assign = input.PurchaseOrderId != null || orderReference != null;
        var reason = input.DismissReason == null ? null : VietnameseText.Clean(input.DismissReason);
        if ((input.PurchaseOrderId != null && orderReference != null) || assign == (reason != null))
            return Fail(UserError.Of(UserErrorCodes.Validation,
                "Give either the purchase order to assign the transfer to, or the reason to dismiss it: exactly one.", "input"));

        await using var query = store.QuerySession();
        var transaction = await query.LoadAsync<BankTransaction>(id, ct);
        if (transaction == null) return Fail(UserError.Of(UserErrorCodes.NotFound, "No such bank transfer.", "input", "bankTransactionId"));
        if (transaction.Status != BankTransactionStatus.Unmatched) return AlreadyResolved();

        var resolution = new BankTransactionResolution { Id = transaction.Id, ByUserId = viewer.UserId!.Value, At = time.GetUtcNow() };
        transaction.ResolvedBy = resolution.ByUserId;
        transaction.ResolvedAt = resolution.At;
        try
        {
            if (!assign) return await DismissAsync(transaction, resolution, reason!, ct);
            Guid orderId;
            if (orderReference != null)
            {
                // What an admin can read off a phone call or the memo: the order's number, or its transfer reference.
                var found = await FindByNumberOrReferenceAsync(orderReference, ct);
                if (found == null)
                    return Fail(UserError.Of(UserErrorCodes.NotFound, $"No purchase order with a bank transfer started has the number or transfer reference '{orderReference}'.",
                        "input", "orderReference"));
                orderId = found.Id;
            }
            else if (!GlobalIdInput.TryRead(input.PurchaseOrderId!, Ordering.Orders.GraphQL.OrderGraphNames.PurchaseOrder, out orderId, out var badOrderId,
                         "input", "purchaseOrderId"))
                return Fail(badOrderId!);
            return await AssignAsync(transaction, resolution, orderId, orderReference != null ? "orderReference" : "purchaseOrderId", ct);
        }
        catch (Exception ex) when (SaveConflicts.IsDuplicate(ex))
        {
            return AlreadyResolved(); // another admin resolved it a moment ago: that resolution stands, this one changed nothing
        }
    }

    private async Task<ResolveBankTransferPayload> DismissAsync(BankTransaction transaction, BankTransactionResolution resolution, string reason,
        CancellationToken ct)
    {
        if (reason.Length is 0 or > MaxReasonLength)
            return Fail(UserError.Of(UserErrorCodes.Validation, $"The reason must be 1–{MaxReasonLength} characters.", "input", "dismissReason"));
        transaction.Status = BankTransactionStatus.Dismissed;
        transaction.ResolutionNote = reason;
        await using var session = store.LightweightSession();
        session.Insert(resolution);
        session.Store(transaction);
        await session.SaveChangesAsync(ct);
        return new ResolveBankTransferPayload { BankTransaction = transaction };
    }

    private async Task<Payment?> FindByNumberOrReferenceAsync(string text, CancellationToken ct)
    {
        var number = text.Trim().ToUpperInvariant();
        await using (var session = store.QuerySession())
        {
            var byNumber = await session.Query<Payment>().Where(p => p.PurchaseOrderNumber == number).FirstOrDefaultAsync(ct);
            if (byNumber != null) return byNumber;
        }
        return await ledger.FindByMemoAsync(text, ct);
    }

    private async Task<ResolveBankTransferPayload> AssignAsync(BankTransaction transaction, BankTransactionResolution resolution,
        Guid orderId, string field, CancellationToken ct)
    {
        if (transaction.Amount is <= 0 or > Money.MaxOrderTotal)
            return Fail(UserError.Of(UserErrorCodes.Validation, "No order can be paid with this amount; dismiss the transfer instead.", "input", field));
        var payment = await ledger.LoadAsync(orderId, ct);
        if (payment?.TransferReference == null)
            return Fail(UserError.Of(UserErrorCodes.NotFound, "No bank transfer was started for this purchase order.", "input", field));

        var (saved, alreadyPaid) = await bank.ReceiveAsync(payment.Id, transaction.Amount, viewer.UserId, (session, p, settled) =>
        {
            if (settled) return;
            transaction.Status = BankTransactionStatus.Assigned;
            transaction.PurchaseOrderId = p.Id;
            transaction.PurchaseOrderNumber = p.PurchaseOrderNumber;
            session.Insert(resolution);
            session.Store(transaction);
        }, ct);
        if (alreadyPaid)
            return Fail(UserError.Of(PaymentErrorCodes.AlreadyPaid, $"Purchase order {saved.PurchaseOrderNumber} is already paid.", "input", field));
        return new ResolveBankTransferPayload { BankTransaction = transaction, Payment = saved };
    }

    private static ResolveBankTransferPayload AlreadyResolved() =>
        Fail(UserError.Of(PaymentErrorCodes.AlreadyResolved, "This bank transfer was already resolved.", "input", "bankTransactionId"));

    private static ResolveBankTransferPayload Fail(UserError error) => new() { UserErrors = [error] };
}

public static class BankTransactionNames
{
    public const string Type = "BankTransaction";
}

public sealed class ResolveBankTransferInput
{
    public string BankTransactionId { get; set; } = "";
    public string? PurchaseOrderId { get; set; }
    public string? OrderReference { get; set; }
    public string? DismissReason { get; set; }
}

internal sealed class ResolveBankTransferPayload : Payload
{
    public BankTransaction? BankTransaction { get; init; }
    public Payment? Payment { get; init; }
}
