using GraphQL.Types;
using Microsoft.Extensions.Options;
using OcopMarket.Payments.BankFeed;

namespace OcopMarket.Payments.GraphQL;

public sealed class BankTransactionStatusEnum : EnumerationGraphType<BankTransactionStatus>
{
    public BankTransactionStatusEnum()
    {
        Name = "BankTransactionStatus";
        Description = "MATCHED paid an order; MISMATCH was added to a payment whose amounts do not add up (AMOUNT_MISMATCH); UNMATCHED waits " +
                      "for an admin; ASSIGNED or DISMISSED by one.";
    }
}

public sealed class UnmatchedReasonEnum : EnumerationGraphType<UnmatchedReason>
{
    public UnmatchedReasonEnum()
    {
        Name = "UnmatchedReason";
        Description = "NO_REFERENCE: the memo carries no reference of a started transfer; ALREADY_SETTLED: the payment it names was paid " +
                      "already (the money is owed back, or belongs to another order); AMOUNT_OUT_OF_RANGE: no order can be that amount.";
    }
}

public sealed class BankStatementLineStatusEnum : EnumerationGraphType<BankStatementLineStatus>
{
    public BankStatementLineStatusEnum()
    {
        Name = "BankStatementLineStatus";
        Description = "MATCHED, MISMATCH and UNMATCHED as for a bank transaction; DUPLICATE: recorded before, nothing changed; IGNORED: not " +
                      "money received; INVALID: unreadable (see message), nothing recorded.";
    }
}

internal sealed class BankTransactionType : ObjectGraphType<BankTransaction>
{
    public BankTransactionType()
    {
        Name = BankTransactionNames.Type;
        Description = "Money seen arriving on the platform's account, as the bank reported it (a SePay notice or a statement line).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(BankTransactionNames.Type, ctx.Source.Id));
        Field(x => x.Source).Description("sepay or statement.");
        Field<NonNullGraphType<StringGraphType>>("bankTransactionId").Description("The bank's (or SePay's) id of the transaction.")
            .Resolve(ctx => ctx.Source.ExternalId);
        Field<NonNullGraphType<VndGraphType>>("amount").Resolve(ctx => ctx.Source.Amount);
        Field(x => x.Content).Description("The memo as the bank shows it.");
        Field(x => x.TransactionDate, nullable: true).Description("When the bank booked it, if it said.");
        Field(x => x.ReceivedAt).Description("When it reached us.");
        Field(x => x.Gateway, nullable: true).Description("The bank, as SePay names it.");
        Field(x => x.ReferenceCode, nullable: true).Description("The bank's own reference, as SePay reports it.");
        Field<NonNullGraphType<BankTransactionStatusEnum>>("status").Resolve(ctx => ctx.Source.Status);
        Field<UnmatchedReasonEnum>("reason").Description("Why it did not pay an order by itself.").Resolve(ctx => ctx.Source.Reason);
        Field(x => x.PurchaseOrderNumber, nullable: true).Description("The order it went to, or whose reference it carried.");
        Field(x => x.ResolutionNote, nullable: true).Description("Why an admin dismissed it.");
        Field(x => x.ResolvedAt, nullable: true);
    }
}

internal sealed class BankTransactionConnectionType() : ConnectionType<BankTransaction, BankTransactionType>(BankTransactionNames.Type);

public sealed class ResolveBankTransferInputType : InputObjectGraphType<ResolveBankTransferInput>
{
    public ResolveBankTransferInputType()
    {
        Name = "ResolveBankTransferInput";
        Description = "Exactly one of purchaseOrderId or orderReference (assign the money to that order's payment) and dismissReason.";
        Field<NonNullGraphType<IdGraphType>>("bankTransactionId");
        Field<IdGraphType>("purchaseOrderId").Description("The order whose started bank transfer the money pays, by the rules of confirmBankTransfer.");
        Field<StringGraphType>("orderReference").Description("Instead of purchaseOrderId: the order's number (PO-…) or its transfer reference " +
                                                             "(OCOP…, or a memo that contains it), as an admin reads them.");
        Field<StringGraphType>("dismissReason").Description($"Why the money is not an order's (returned to the sender…), 1–{BankTransferQueue.MaxReasonLength} characters.");
    }
}

internal sealed class ResolveBankTransferPayloadType : ObjectGraphType<ResolveBankTransferPayload>
{
    public ResolveBankTransferPayloadType()
    {
        Name = "ResolveBankTransferPayload";
        Field<BankTransactionType>("bankTransaction").Resolve(ctx => ctx.Source.BankTransaction);
        Field<PaymentType>("payment").Description("The payment it was assigned to.").Resolve(ctx => ctx.Source.Payment);
        this.AddUserErrors();
    }
}

public sealed class ImportBankStatementInput
{
    public string? Csv { get; set; }
    public UploadedFile? File { get; set; }
}

public sealed class ImportBankStatementInputType : InputObjectGraphType<ImportBankStatementInput>
{
    public ImportBankStatementInputType()
    {
        Name = "ImportBankStatementInput";
        Field(x => x.Csv, nullable: true).Description("The statement as CSV (',' ';' or tab), a header line first with the columns date, amount (money in), content " +
                                      "and bank transaction id, in Vietnamese or English (Ngày, Số tiền ghi có, Nội dung, Mã giao dịch…); or send it as file.");
        Field<UploadGraphType>("file").Description("The statement as a UTF-8 CSV file in a multipart request (GraphQL multipart request " +
                                                   "specification), up to GraphQL:MaxUploadBytes; instead of csv.");
    }
}

internal sealed class BankStatementLineType : ObjectGraphType<BankStatementLine>
{
    public BankStatementLineType()
    {
        Name = "BankStatementLine";
        Field<NonNullGraphType<IntGraphType>>("line").Description("Its line in the file (the header is line 1).").Resolve(ctx => ctx.Source.Line);
        Field(x => x.BankTransactionId, nullable: true);
        Field<VndGraphType>("amount").Resolve(ctx => ctx.Source.Amount);
        Field<NonNullGraphType<BankStatementLineStatusEnum>>("status").Resolve(ctx => ctx.Source.Status);
        Field(x => x.PurchaseOrderNumber, nullable: true).Description("The order it paid, or whose reference it carried.");
        Field<StringGraphType>("message").Description("Why it was IGNORED or INVALID, in the caller's language.")
            .Resolve(ctx => ctx.Source.Message == null ? null : ctx.Service<Messages>().Localize(ctx.Source.Message));
    }
}

internal sealed class ImportBankStatementPayloadType : ObjectGraphType<ImportBankStatementPayload>
{
    public ImportBankStatementPayloadType()
    {
        Name = "ImportBankStatementPayload";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BankStatementLineType>>>>("lines").Resolve(ctx => ctx.Source.Lines);
        this.AddUserErrors();
    }
}

public sealed class BankFeedQueryFields : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<BankTransactionConnectionType>>("unmatchedBankTransfers")
            .Description("Admins: transfers no payment could take (no reference in the memo, the payment already settled), the oldest first; " +
                         "resolveBankTransfer assigns or dismisses them.")
            .Argument<IntGraphType>("first", "Page size (0–100; default 20).")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async ctx => await ctx.Service<BankTransferQueue>().UnmatchedAsync(
                ctx.GetArgument<int?>("first") ?? ctx.Service<IOptions<QueryLimits>>().Value.DefaultPageSize, ctx.GetArgument<string?>("after"),
                ctx.CancellationToken));
}

public sealed class BankFeedMutationFields : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ResolveBankTransferPayloadType>>("resolveBankTransfer")
            .Description("Admin: an unmatched transfer is assigned to a purchase order's payment (the rules of confirmBankTransfer) or dismissed " +
                         "with a reason. Errors: VALIDATION, NOT_FOUND, ALREADY_PAID, ALREADY_RESOLVED, FORBIDDEN.")
            .Argument<NonNullGraphType<ResolveBankTransferInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<BankTransferQueue>().ResolveAsync(ctx.GetArgument<ResolveBankTransferInput>("input"),
                ctx.CancellationToken));

        mutation.Field<NonNullGraphType<ImportBankStatementPayloadType>>("importBankStatement")
            .Description("Admin: the platform account's statement as CSV, for banks that send no notices. Each credit line is matched as a SePay " +
                         "notice is; each bank transaction id is recorded once, so uploading the same statement again changes nothing.")
            .Argument<NonNullGraphType<ImportBankStatementInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<BankStatementImport>().ImportAsync(ctx.GetArgument<ImportBankStatementInput>("input").Csv,
                ctx.GetArgument<ImportBankStatementInput>("input").File?.Content, ctx.CancellationToken));
    }
}
