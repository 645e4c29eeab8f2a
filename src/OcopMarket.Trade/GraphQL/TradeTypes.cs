using GraphQL.Types;
using OcopMarket.Catalog.GraphQL;
using OcopMarket.Catalog.Model;
using OcopMarket.Cooperatives.Provinces;
using OcopMarket.Catalog.Queries;
using OcopMarket.Cooperatives.GraphQL;
using OcopMarket.Identity;
using OcopMarket.Ordering.Orders.GraphQL;

namespace OcopMarket.Trade.GraphQL;

public sealed class DemandRequestStatusEnum : EnumerationGraphType<DemandRequestStatus>
{
    public DemandRequestStatusEnum() => Name = "DemandRequestStatus";
}

public sealed class QuoteStatusEnum : EnumerationGraphType<QuoteStatus>
{
    public QuoteStatusEnum() => Name = "QuoteStatus";
}

public sealed class AgreementStatusEnum : EnumerationGraphType<AgreementStatus>
{
    public AgreementStatusEnum() => Name = "SupplyAgreementStatus";
}

public sealed class DemandRequestOrderEnum : EnumerationGraphType<DemandRequestOrder>
{
    public DemandRequestOrderEnum()
    {
        Name = "DemandRequestOrder";
        Description = "NEWEST first, or DEADLINE: the closest needed-by date first.";
    }
}

internal sealed class DemandRequestType : ObjectGraphType<DemandRequest>
{
    public DemandRequestType()
    {
        Name = TradeNames.DemandRequest;
        Description = "What a buyer needs; matching cooperatives may quote on it.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field(x => x.BuyerName);
        Field(x => x.Description);
        Field<NonNullGraphType<OcopGroupEnum>>("group").Resolve(ctx => ctx.Source.Group);
        Field("product", new GraphQLTypeReference(ProductGraphNames.Product)).ResolveAsync(async ctx =>
            ctx.Source.ProductId is { } id ? await ctx.Service<IProductReader>().NodeByIdAsync(id, ctx.CancellationToken) : null);
        Field(x => x.Quantity);
        Field(x => x.Unit);
        Field<VndGraphType>("targetUnitPrice").Resolve(ctx => ctx.Source.TargetUnitPrice);
        Field<NonNullGraphType<ProvinceType>>("deliveryProvince").Resolve(ctx => ctx.Service<ProvinceDirectory>().Find(ctx.Source.DeliveryProvinceCode));
        Field(x => x.SameProvinceOnly).Description("Only cooperatives in the delivery province are matched.");
        Field(x => x.NeededBy);
        Field(x => x.ExpiresAt);
        Field<NonNullGraphType<DemandRequestStatusEnum>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<BooleanGraphType>>("open").Description("Still accepting quotes: status OPEN and not expired.")
            .Resolve(ctx => ctx.Source.IsOpenAt(ctx.Service<TimeProvider>().GetUtcNow()));
        Field<IdGraphType>("purchaseOrderId").Resolve(ctx =>
            ctx.Source.PurchaseOrderId is { } id ? GlobalId.Encode(OrderGraphNames.PurchaseOrder, id) : null);
        Field(x => x.CreatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuoteType>>>>("quotes")
            .Description("The buyer (and admins) see every quote; a cooperative sees only its own.")
            .ResolveAsync(async ctx => await ctx.Service<TradeQueries>().QuotesOfAsync(ctx.Source, ctx.CancellationToken));
    }
}

internal sealed class QuoteType : ObjectGraphType<Quote>
{
    public QuoteType()
    {
        Name = TradeNames.Quote;
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field("cooperative", new NonNullGraphType(new GraphQLTypeReference(CooperativeGraphNames.Cooperative)))
            .Resolve(ctx => ctx.Service<CatalogLoaders>().Cooperatives.Load(ctx.Source.CooperativeId).Then(c => c?.Node));
        Field<NonNullGraphType<IdGraphType>>("requestId").Description("The demand request it answers (demandRequest(id:) reads it).")
            .Resolve(ctx => GlobalId.Encode(TradeNames.DemandRequest, ctx.Source.RequestId));
        Field(x => x.Sku);
        Field<NonNullGraphType<VndGraphType>>("unitPrice").Resolve(ctx => ctx.Source.UnitPrice);
        Field(x => x.Quantity);
        Field(x => x.DeliveryDate);
        Field(x => x.ValidUntil);
        Field(x => x.Note, nullable: true);
        Field<NonNullGraphType<QuoteStatusEnum>>("status").Resolve(ctx => ctx.Source.Status);
        Field(x => x.Revision).Description("1 for the first offer; +1 for each revision.");
        Field(x => x.UpdatedAt);
        Field<NonNullGraphType<IntGraphType>>("stockAvailable").Description("Units of the SKU available now (on hand minus reserved).")
            .Resolve(ctx => ctx.Service<CatalogLoaders>().Stock.Load(ctx.Source.Sku));
        Field<NonNullGraphType<BooleanGraphType>>("stockSuffices")
            .Description("False: the cooperative has fewer units available than quoted, so accepting now fails with OUT_OF_STOCK; ask it to revise.")
            .ResolveAsync(async ctx => await ctx.Service<CatalogLoaders>().Stock.Load(ctx.Source.Sku).GetResultAsync(ctx.CancellationToken) >= ctx.Source.Quantity);
    }
}

internal sealed class SupplyAgreementType : ObjectGraphType<SupplyAgreement>
{
    public SupplyAgreementType()
    {
        Name = TradeNames.SupplyAgreement;
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field<NonNullGraphType<IdGraphType>>("buyerId").Resolve(ctx => GlobalId.Encode(Ordering.Buyers.GraphQL.BuyerIds.TypeName, ctx.Source.BuyerId));
        Field<StringGraphType>("buyerName").Description("The buyer business's name (seen by both parties).")
            .Resolve(ctx => ctx.Service<Ordering.Buyers.BuyerNames>().Names.Load(ctx.Source.BuyerId));
        Field("cooperative", new NonNullGraphType(new GraphQLTypeReference(CooperativeGraphNames.Cooperative)))
            .Resolve(ctx => ctx.Service<CatalogLoaders>().Cooperatives.Load(ctx.Source.CooperativeId).Then(c => c?.Node));
        Field(x => x.Sku);
        Field<NonNullGraphType<VndGraphType>>("unitPrice").Resolve(ctx => ctx.Source.UnitPrice);
        Field(x => x.ValidFrom);
        Field(x => x.ValidTo);
        Field<NonNullGraphType<AgreementStatusEnum>>("status").Resolve(ctx => ctx.Source.Status);
    }
}

internal sealed class DemandRequestPayloadType : ObjectGraphType<DemandRequestPayload>
{
    public DemandRequestPayloadType()
    {
        Name = "DemandRequestPayload";
        Field<DemandRequestType>("demandRequest").Resolve(ctx => ctx.Source.DemandRequest);
        Field("purchaseOrder", new GraphQLTypeReference(OrderGraphNames.PurchaseOrder)).Description("The order placed by accepting quotes.")
            .Resolve(ctx => ctx.Source.PurchaseOrder);
        this.AddUserErrors();
    }
}

internal sealed class QuotePayloadType : ObjectGraphType<QuotePayload>
{
    public QuotePayloadType()
    {
        Name = "QuotePayload";
        Field<QuoteType>("quote").Resolve(ctx => ctx.Source.Quote);
        this.AddUserErrors();
    }
}

internal sealed class SupplyAgreementPayloadType : ObjectGraphType<SupplyAgreementPayload>
{
    public SupplyAgreementPayloadType()
    {
        Name = "SupplyAgreementPayload";
        Field<SupplyAgreementType>("supplyAgreement").Resolve(ctx => ctx.Source.SupplyAgreement);
        this.AddUserErrors();
    }
}

internal sealed class DemandRequestConnectionType() : ConnectionType<DemandRequest, DemandRequestType>(TradeNames.DemandRequest);
