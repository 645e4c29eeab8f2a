using GraphQL.Types;
using Microsoft.Extensions.Options;
using OcopMarket.Catalog.GraphQL;
using OcopMarket.Ordering.Orders.GraphQL;

namespace OcopMarket.Trade.GraphQL;

public sealed class PostDemandRequestInputType : InputObjectGraphType<PostDemandRequestInput>
{
    public PostDemandRequestInputType()
    {
        Name = "PostDemandRequestInput";
        Field(x => x.Description).Description("What is needed, in the buyer's words.");
        Field<OcopGroupEnum>("group").Description("Required unless productSlug is given (then the product's group is used).");
        Field(x => x.ProductSlug, nullable: true);
        Field(x => x.Quantity);
        Field(x => x.Unit);
        Field<VndGraphType>("targetUnitPrice");
        Field(x => x.DeliveryProvinceCode);
        Field(x => x.SameProvinceOnly, nullable: true).Description("Match only cooperatives in the delivery province (default false).");
        Field(x => x.NeededBy);
        Field(x => x.ExpiresAt).Description("Quotes are accepted until then (at most 180 days ahead).");
    }
}

public sealed class QuoteInputType : InputObjectGraphType<QuoteInput>
{
    public QuoteInputType()
    {
        Name = "QuoteInput";
        Field<IdGraphType>("requestId").Description("The request quoted on: required by submitQuote; reviseQuote may leave it out, and refuses one that is not the quote's.");
        Field(x => x.Sku).Description("One of the quoting cooperative's own SKUs.");
        Field<NonNullGraphType<VndGraphType>>("unitPrice");
        Field(x => x.Quantity).Description("Units the cooperative can supply.");
        Field(x => x.DeliveryDate);
        Field(x => x.ValidUntil);
        Field(x => x.Note, nullable: true);
    }
}

public sealed class AcceptQuotesInputType : InputObjectGraphType<AcceptQuotesInput>
{
    public AcceptQuotesInputType()
    {
        Name = "AcceptQuotesInput";
        Field<NonNullGraphType<IdGraphType>>("requestId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("quoteIds").Description("One quote, or several for split supply.");
        Field<DeliveryAddressInputType>("deliveryAddress");
    }
}

public sealed class ProposeAgreementInputType : InputObjectGraphType<ProposeAgreementInput>
{
    public ProposeAgreementInputType()
    {
        Name = "ProposeSupplyAgreementInput";
        Field<NonNullGraphType<IdGraphType>>("buyerId");
        Field(x => x.Sku);
        Field<NonNullGraphType<VndGraphType>>("unitPrice");
        Field(x => x.ValidFrom);
        Field(x => x.ValidTo);
    }
}

public sealed class TradeQueryFields : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<DemandRequestConnectionType>>("demandRequests")
            .Description("Buyers: their own requests. Cooperative managers: open requests matching their cooperative. Admins: all.")
            .Argument<IntGraphType>("first").Argument<StringGraphType>("after")
            .Argument<DemandRequestOrderEnum>("order", "NEWEST (default) or DEADLINE.")
            .ResolveAsync(async ctx => await ctx.Service<DemandRequests>().ListAsync(
                ctx.GetArgument<int?>("first") ?? ctx.Service<IOptions<QueryLimits>>().Value.DefaultPageSize,
                ctx.GetArgument<string?>("after"), ctx.GetArgument("order", DemandRequestOrder.Newest),
                ctx.CancellationToken));

        query.Field<DemandRequestType>("demandRequest")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<TradeQueries>().RequestAsync(
                GlobalId.Require(ctx.GetArgument<string>("id"), TradeNames.DemandRequest), ctx.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuoteType>>>>("myQuotes")
            .Description($"Managers: every quote their cooperative sent, on open and closed requests, the latest change first (at most {TradeQueries.MaxOwnQuotes}).")
            .ResolveAsync(async ctx => await ctx.Service<TradeQueries>().OwnQuotesAsync(ctx.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupplyAgreementType>>>>("supplyAgreements")
            .Description("Buyers: theirs. Managers: their cooperative's. Admins: all. Newest first, at most 200.")
            .ResolveAsync(async ctx => await ctx.Service<SupplyAgreements>().ListAsync(ctx.CancellationToken));

        query.Field<NonNullGraphType<ClusterReportType>>("clusterReport")
            .Description("The cooperative alliance's report per province and in total (admins only).")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("provinceCodes", "Today's province codes; all 34 when omitted.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to", "Inclusive, in Vietnam time.")
            .ResolveAsync(async ctx => await ctx.Service<ClusterReport>().BuildAsync(ctx.GetArgument<List<string>?>("provinceCodes"),
                ctx.GetArgument<DateOnly>("from"), ctx.GetArgument<DateOnly>("to"), ctx.CancellationToken));
    }
}

public sealed class TradeMutationFields : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<DemandRequestPayloadType>>("postDemandRequest")
            .Description("A verified buyer says what they need; matching cooperatives see it.")
            .Argument<NonNullGraphType<PostDemandRequestInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<DemandRequests>().PostAsync(ctx.GetArgument<PostDemandRequestInput>("input"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<QuotePayloadType>>("submitQuote")
            .Description("A cooperative manager quotes on a request that matches the cooperative (one quote per cooperative; revise it after).")
            .Argument<NonNullGraphType<QuoteInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<Quotes>().SubmitAsync(ctx.GetArgument<QuoteInput>("input"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<QuotePayloadType>>("reviseQuote")
            .Description("Changes the cooperative's own quote while the buyer has not decided.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<QuoteInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<Quotes>().ReviseAsync(ctx.GetArgument<string>("id"),
                ctx.GetArgument<QuoteInput>("input"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<DemandRequestPayloadType>>("acceptQuotes")
            .Description("The buyer accepts one or several quotes: an order is placed at the quoted prices and the other quotes are declined.")
            .Argument<NonNullGraphType<AcceptQuotesInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<Quotes>().AcceptAsync(ctx.GetArgument<AcceptQuotesInput>("input"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<DemandRequestPayloadType>>("withdrawDemandRequest")
            .Description("The buyer withdraws an open request; its quotes are declined.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<Quotes>().WithdrawAsync(ctx.GetArgument<string>("id"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<SupplyAgreementPayloadType>>("proposeSupplyAgreement")
            .Description("A cooperative offers a buyer a standing price for one of its SKUs over a period.")
            .Argument<NonNullGraphType<ProposeAgreementInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<SupplyAgreements>().ProposeAsync(ctx.GetArgument<ProposeAgreementInput>("input"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<SupplyAgreementPayloadType>>("acceptSupplyAgreement")
            .Description("The buyer accepts a proposed agreement; their orders for that SKU in the period use the agreed price.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<SupplyAgreements>().AcceptAsync(ctx.GetArgument<string>("id"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<SupplyAgreementPayloadType>>("declineSupplyAgreement")
            .Description("The buyer declines a proposed agreement.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<SupplyAgreements>().DeclineAsync(ctx.GetArgument<string>("id"), ctx.CancellationToken));
    }
}
