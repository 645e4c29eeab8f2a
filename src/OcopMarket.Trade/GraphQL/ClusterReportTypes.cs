using GraphQL.Types;
using OcopMarket.Cooperatives.Provinces;

namespace OcopMarket.Trade.GraphQL;

public sealed class StarCountType : ObjectGraphType<CountByKey>
{
    public StarCountType()
    {
        Name = "StarCount";
        Field<NonNullGraphType<IntGraphType>>("stars").Resolve(ctx => int.Parse(ctx.Source.Key));
        Field(x => x.Count);
    }
}

public sealed class OrdersByStatusType : ObjectGraphType<OrdersByStatus>
{
    public OrdersByStatusType()
    {
        Name = "OrdersByStatus";
        Field<NonNullGraphType<Ordering.Orders.GraphQL.CooperativeOrderStatusEnum>>("status")
            .Resolve(ctx => Enum.Parse<Ordering.Orders.CooperativeOrderStatus>(ctx.Source.Status));
        Field(x => x.Count).Description("Cooperative orders.");
        Field<NonNullGraphType<VndGraphType>>("value").Resolve(ctx => ctx.Source.Value);
    }
}

public sealed class ProvinceFiguresType : ObjectGraphType<ProvinceFigures>
{
    public ProvinceFiguresType()
    {
        Name = "ProvinceFigures";
        Field(x => x.ProvinceCode, nullable: true).Description("Null on the total.");
        Field<StringGraphType>("provinceName").Resolve(ctx =>
            ctx.Source.ProvinceCode is { } code ? ctx.Service<ProvinceDirectory>().Find(code)?.Name : null);
        Field(x => x.CooperativesVerified);
        Field(x => x.CooperativesActive).Description("Verified cooperatives with at least one published listing.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StarCountType>>>>("productsByStars")
            .Description("Published products with a verified, unexpired OCOP certificate, per star level.").Resolve(ctx => ctx.Source.ProductsByStars);
        Field(x => x.PublishedListings);
        Field(x => x.Buyers).Description("Verified buyer businesses, by the province of their default address.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrdersByStatusType>>>>("orders")
            .Description("Cooperative orders placed in the period, by the seller's province, per status.").Resolve(ctx => ctx.Source.Orders);
        Field(x => x.DemandRequests).Description("Demand requests posted in the period, by delivery province.");
        Field(x => x.DemandRequestsAnswered).Description("…of which received at least one quote.");
        Field(x => x.DemandRequestsAccepted).Description("…of which the buyer accepted quotes.");
    }
}

public sealed class ClusterReportType : ObjectGraphType<ClusterReportResult>
{
    public ClusterReportType()
    {
        Name = "ClusterReport";
        Field(x => x.From);
        Field(x => x.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvinceFiguresType>>>>("provinces").Resolve(ctx => ctx.Source.Provinces);
        Field<NonNullGraphType<ProvinceFiguresType>>("total").Resolve(ctx => ctx.Source.Total);
    }
}
