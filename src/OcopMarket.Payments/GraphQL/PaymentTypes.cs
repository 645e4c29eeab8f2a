using GraphQL.Types;
using GraphQL.DataLoader;
using OcopMarket.Ordering.Orders;
using GraphQL.Resolvers;
using OcopMarket.Ordering.Orders.GraphQL;
using OcopMarket.Payments.Model;
using OcopMarket.Payments.VietQr;

namespace OcopMarket.Payments.GraphQL;

public sealed class PaymentStatusEnum : EnumerationGraphType<PaymentStatus>
{
    public PaymentStatusEnum()
    {
        Name = "PaymentStatus";
        Description = "PENDING until money matches the order (PAID); FAILED after a declined card; AMOUNT_MISMATCH when money arrived " +
                      "but not the amount asked for; PARTIALLY_REFUNDED / REFUNDED after rejected or cancelled parts were paid back.";
    }
}

public sealed class PaymentMethodEnum : EnumerationGraphType<PaymentMethod>
{
    public PaymentMethodEnum() => Name = "PaymentMethod";
}

public sealed class RefundStatusEnum : EnumerationGraphType<RefundStatus>
{
    public RefundStatusEnum()
    {
        Name = "RefundStatus";
        Description = "SUCCEEDED at Stripe; FAILED (retryRefunds tries again); MANUAL_REQUIRED: paid by transfer, staff send the money back.";
    }
}

internal sealed class PaymentType : ObjectGraphType<Payment>
{
    public PaymentType()
    {
        Name = "Payment";
        Description = "How a purchase order is paid: by card (Stripe) or bank transfer (VietQR), with what was received and refunded.";
        Field<NonNullGraphType<IdGraphType>>("purchaseOrderId").Resolve(ctx => GlobalId.Encode(OrderGraphNames.PurchaseOrder, ctx.Source.Id));
        // Whoever reached the payment may see its order (the buyer through the order, admins through payments).
        Field("purchaseOrder", new NonNullGraphType(new GraphQLTypeReference(OrderGraphNames.PurchaseOrder)))
            .Description("The order paid: its number, buyer and date, read with the page's other orders in one query.")
            .Resolve(ctx => ctx.Service<PurchaseOrderLoaders>().Order(ctx.Source.Id));
        Field<PaymentMethodEnum>("method").Description("The method that paid, or else the one started last.").Resolve(ctx => ctx.Source.Method);
        Field<NonNullGraphType<PaymentStatusEnum>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<VndGraphType>>("amountDue")
            .Description("What was due when payment was last started: the parts not rejected or cancelled.").Resolve(ctx => ctx.Source.AmountDue);
        Field<NonNullGraphType<VndGraphType>>("amountReceived").Resolve(ctx => ctx.Source.AmountReceived);
        Field<NonNullGraphType<VndGraphType>>("amountRefunded").Resolve(ctx => ctx.Source.AmountRefunded);
        Field(x => x.TransferReference, nullable: true).Description("The memo a bank transfer must carry, once a transfer was started.");
        Field(x => x.PaidAt, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentRefundType>>>>("refunds").Resolve(ctx => ctx.Source.Refunds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentFailureType>>>>("failures").Resolve(ctx => ctx.Source.Failures);
    }
}

internal sealed class PaymentRefundType : ObjectGraphType<PaymentRefund>
{
    public PaymentRefundType()
    {
        Name = "PaymentRefund";
        Field<NonNullGraphType<IdGraphType>>("cooperativeOrderId")
            .Resolve(ctx => GlobalId.Encode(OrderGraphNames.CooperativeOrder, ctx.Source.CooperativeOrderId));
        Field<NonNullGraphType<VndGraphType>>("amount").Resolve(ctx => ctx.Source.Amount);
        Field<NonNullGraphType<RefundStatusEnum>>("status").Resolve(ctx => ctx.Source.Status);
        Field(x => x.StripeRefundId, nullable: true);
        Field(x => x.At);
        Field(x => x.Error, nullable: true);
    }
}

internal sealed class PaymentFailureType : ObjectGraphType<PaymentFailure>
{
    public PaymentFailureType()
    {
        Name = "PaymentFailure";
        Field(x => x.At);
        Field(x => x.Source).Description("card or bank_transfer.");
        Field(x => x.Code).Description("Stripe's decline code, AMOUNT_MISMATCH, PAID_TWICE…");
        Field(x => x.Message);
    }
}

public sealed class BankTransferInstructionsType : ObjectGraphType<BankTransferInstructions>
{
    public BankTransferInstructionsType()
    {
        Name = "BankTransferInstructions";
        Description = "Where and how much to transfer, and the VietQR payload any Vietnamese banking app can scan.";
        Field(x => x.BankBin).Description("NAPAS BIN of the receiving bank.");
        Field(x => x.BankName);
        Field(x => x.AccountNumber);
        Field(x => x.AccountName);
        Field<NonNullGraphType<VndGraphType>>("amount").Description("The exact amount to transfer.").Resolve(ctx => ctx.Source.AmountVnd);
        Field(x => x.Reference).Description("Put this in the transfer's memo: it is how the money is matched to the order.");
        Field(x => x.QrPayload).Description("EMVCo/NAPAS VietQR string; render it as a QR code.");
    }
}

internal sealed class StartCardPaymentPayloadType : ObjectGraphType<StartCardPaymentPayload>
{
    public StartCardPaymentPayloadType()
    {
        Name = "StartCardPaymentPayload";
        Field(x => x.ClientSecret, nullable: true).Description("Give it to Stripe.js (confirmPayment) on the buyer's device.");
        Field<PaymentType>("payment").Resolve(ctx => ctx.Source.Payment);
        this.AddUserErrors();
    }
}

internal sealed class StartCardCheckoutPayloadType : ObjectGraphType<StartCardCheckoutPayload>
{
    public StartCardCheckoutPayloadType()
    {
        Name = "StartCardCheckoutPayload";
        Field(x => x.Url, nullable: true).Description("Stripe Checkout's page for this order: send the buyer's browser there. It comes back to /buyer/orders/{id}/pay?card=done (or ?card=cancelled).");
        Field<PaymentType>("payment").Resolve(ctx => ctx.Source.Payment);
        this.AddUserErrors();
    }
}

internal sealed class StartBankTransferPayloadType : ObjectGraphType<StartBankTransferPayload>
{
    public StartBankTransferPayloadType()
    {
        Name = "StartBankTransferPayload";
        Field<BankTransferInstructionsType>("transfer").Resolve(ctx => ctx.Source.Transfer);
        Field<PaymentType>("payment").Resolve(ctx => ctx.Source.Payment);
        this.AddUserErrors();
    }
}

internal sealed class PaymentPayloadType : ObjectGraphType<PaymentPayload>
{
    public PaymentPayloadType()
    {
        Name = "PaymentPayload";
        Field<PaymentType>("payment").Resolve(ctx => ctx.Source.Payment);
        this.AddUserErrors();
    }
}

public sealed class ConfirmBankTransferInputType : InputObjectGraphType<ConfirmBankTransferInput>
{
    public ConfirmBankTransferInputType()
    {
        Name = "ConfirmBankTransferInput";
        Field(x => x.Reference).Description("The transfer reference, or the bank statement's memo containing it.");
        Field<NonNullGraphType<VndGraphType>>("amountReceived").Description("What reached the account, in đồng.");
    }
}

/// <summary>Payments contributes PurchaseOrder.payment: the order's type (Ordering) does not know about payments.</summary>
public sealed class PurchaseOrderPaymentField : ITypeExtension<IPurchaseOrderGraphType>
{
    public void Extend(IPurchaseOrderGraphType type) =>
        type.AddField(new FieldType
        {
            Name = "payment",
            Description = "How the order is being paid; null until the buyer starts a card payment or a bank transfer.",
            Type = typeof(PaymentType),
            Resolver = new FuncFieldResolver<object?>(ctx =>
                ctx.Service<PaymentLoaders>().Payments.Load(OrderGraphNames.PurchaseOrderId(ctx.Source!))),
        });
}

/// <summary>PurchaseOrder.paymentMethods: what the pay page may offer for this order now.</summary>
public sealed class PurchaseOrderPaymentMethodsField : ITypeExtension<IPurchaseOrderGraphType>
{
    public void Extend(IPurchaseOrderGraphType type) =>
        type.AddField(new FieldType
        {
            Name = "paymentMethods",
            Description = "The methods that can pay the amount due now (the parts not rejected or cancelled): BANK_TRANSFER when an account is " +
                          "configured, CARD when Stripe is and the amount is at most 99,999,999 VND; empty when nothing is due.",
            Type = typeof(NonNullGraphType<ListGraphType<NonNullGraphType<PaymentMethodEnum>>>),
            Resolver = new FuncFieldResolver<object?>(ctx =>
                ctx.Service<PurchaseOrderLoaders>().AmountDue(ctx.Source!).Then(due => (object?)ctx.Service<PaymentMethods>().For(due))),
        });
}
