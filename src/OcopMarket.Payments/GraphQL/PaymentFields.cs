using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using Marten;
using OcopMarket.Ordering.Orders;
using OcopMarket.Ordering.Orders.GraphQL;
using OcopMarket.Payments.Model;
using OcopMarket.Payments.Stripe;

namespace OcopMarket.Payments.GraphQL;

internal sealed class PaymentConnectionType() : ConnectionType<Payment, PaymentType>("Payment");

public sealed class PaymentQueryFields : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        // Public, as the pay buttons on a shop's page are: it names methods, never an account or a key.
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentMethodEnum>>>>("paymentMethods")
            .Description("The payment methods this marketplace accepts: BANK_TRANSFER when a receiving account is configured, CARD when Stripe is. " +
                         "PurchaseOrder.paymentMethods says which can pay one order.")
            .Resolve(ctx => ctx.Service<PaymentMethods>().Configured());

        query.Field<NonNullGraphType<PaymentConnectionType>>("payments")
            .Description("Admins: payments by status and method, the longest waiting first (status: [PENDING], method: BANK_TRANSFER are the transfers to confirm).")
            .Argument<ListGraphType<NonNullGraphType<PaymentStatusEnum>>>("status")
            .Argument<PaymentMethodEnum>("method")
            .Argument<IntGraphType>("first", "Page size (0–100; default 20).")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async ctx => await ctx.Service<PaymentQueue>().PageAsync(ctx.GetArgument<List<PaymentStatus>?>("status"),
                ctx.GetArgument<PaymentMethod?>("method"), ctx.GetArgument<int?>("first") ?? ctx.Service<IOptions<QueryLimits>>().Value.DefaultPageSize,
                ctx.GetArgument<string?>("after"), ctx.CancellationToken));
    }
}

public sealed class PaymentMutationFields : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<StartCardPaymentPayloadType>>("startCardPayment")
            .Description("The buyer starts paying a purchase order by card: returns the Stripe client secret (the same one when called again). " +
                         "Orders above 99,999,999 VND must be paid by bank transfer.")
            .Argument<NonNullGraphType<IdGraphType>>(BuyerPaymentAccess.Field)
            .ResolveAsync(async ctx => await ctx.Service<CardPayments>().StartAsync(ctx.GetArgument<string>(BuyerPaymentAccess.Field), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<StartCardCheckoutPayloadType>>("startCardCheckout")
            .Description("The buyer starts paying a purchase order by card on Stripe Checkout's page (no Stripe.js needed): returns its url, " +
                         "the same one when called again for the same amount. The errors of startCardPayment.")
            .Argument<NonNullGraphType<IdGraphType>>(BuyerPaymentAccess.Field)
            .ResolveAsync(async ctx => await ctx.Service<CardPayments>().StartCheckoutAsync(ctx.GetArgument<string>(BuyerPaymentAccess.Field),
                SiteUrl(ctx), ctx.CancellationToken));

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

    /// <summary>
    /// Where Stripe Checkout sends the buyer back: Payments:Stripe:SiteUrl, else the address the request came to (the API
    /// serves the web app). Only the buyer's own session is sent there, so a forged Host header misleads no one else.
    /// </summary>
    private static string SiteUrl(IResolveFieldContext ctx)
    {
        var configured = ctx.Service<IOptions<StripeOptions>>().Value.SiteUrl;
        if (!string.IsNullOrWhiteSpace(configured)) return configured.TrimEnd('/');
        var request = ctx.Service<Microsoft.AspNetCore.Http.IHttpContextAccessor>().HttpContext?.Request
            ?? throw new InvalidOperationException("No request to take the site's address from.");
        return $"{request.Scheme}://{request.Host}";
    }
}

/// <summary>Per-request loader: a page of purchase orders loads all their payments in one query.</summary>
internal sealed class PaymentLoaders(IQuerySession session)
{
    public BatchLoader<Guid, Payment> Payments { get; } = new(async (ids, ct) =>
        (await session.LoadManyAsync<Payment>(ct, ids)).ToDictionary(p => p.Id));
}
