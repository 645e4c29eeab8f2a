using GraphQL.DataLoader;
using GraphQL.Types;
using Marten;
using OcopMarket.Ordering.Orders;
using OcopMarket.Ordering.Orders.GraphQL;
using OcopMarket.Payments.Model;

namespace OcopMarket.Payments.GraphQL;

public sealed class PaymentMutationFields : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<StartCardPaymentPayloadType>>("startCardPayment")
            .Description("The buyer starts paying a purchase order by card: returns the Stripe client secret (the same one when called again). " +
                         "Orders above 99,999,999 VND must be paid by bank transfer.")
            .Argument<NonNullGraphType<IdGraphType>>(BuyerPaymentAccess.Field)
            .ResolveAsync(async ctx => await ctx.Service<CardPayments>().StartAsync(ctx.GetArgument<string>(BuyerPaymentAccess.Field), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<StartBankTransferPayloadType>>("startBankTransfer")
            .Description("The buyer gets the account, exact amount, transfer reference (the same one when called again) and VietQR payload.")
            .Argument<NonNullGraphType<IdGraphType>>(BuyerPaymentAccess.Field)
            .ResolveAsync(async ctx => await ctx.Service<BankTransfers>().StartAsync(ctx.GetArgument<string>(BuyerPaymentAccess.Field), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<PaymentPayloadType>>("confirmBankTransfer")
            .Description("Admin: records a transfer seen on the platform account. The exact amount pays the order; any other is AMOUNT_MISMATCH.")
            .Argument<NonNullGraphType<ConfirmBankTransferInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<BankTransfers>().ConfirmAsync(ctx.GetArgument<ConfirmBankTransferInput>("input"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<PaymentPayloadType>>("retryRefunds")
            .Description("Admin: repeats refunds that failed for a purchase order's rejected or cancelled parts (never refunds twice).")
            .Argument<NonNullGraphType<IdGraphType>>(BuyerPaymentAccess.Field)
            .ResolveAsync(async ctx => await ctx.Service<RefundRetries>().RetryAsync(ctx.GetArgument<string>(BuyerPaymentAccess.Field), ctx.CancellationToken));
    }
}

/// <summary>
/// PurchaseOrder.payment, added from here so Ordering does not depend on Payments: the type is built by DI, and this
/// registration (made before AddGraphTypes, which only adds types not yet registered) adds the field after construction.
/// </summary>
/// <summary>Per-request loader: a page of purchase orders loads all their payments in one query.</summary>
public sealed class PaymentLoaders(IQuerySession session)
{
    public BatchLoader<Guid, Payment> Payments { get; } = new(async (ids, ct) =>
        (await session.LoadManyAsync<Payment>(ct, ids)).ToDictionary(p => p.Id));
}
