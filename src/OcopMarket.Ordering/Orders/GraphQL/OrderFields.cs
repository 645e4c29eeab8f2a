using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace OcopMarket.Ordering.Orders.GraphQL;

internal sealed class PurchaseOrderConnectionType() : ConnectionType<PurchaseOrder, PurchaseOrderType>("PurchaseOrder");

internal sealed class CooperativeOrderConnectionType() : ConnectionType<CooperativeOrder, CooperativeOrderType>("CooperativeOrder");

public sealed class OrderQueryFields : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<PurchaseOrderConnectionType>>("purchaseOrders")
            .Description("The signed-in buyer's purchase orders, newest first (admins: all). Filter: orders with a part in one of these statuses.")
            .Argument<IntGraphType>("first").Argument<StringGraphType>("after")
            .Argument<ListGraphType<NonNullGraphType<CooperativeOrderStatusEnum>>>("status")
            .ResolveAsync(async ctx => await ctx.Service<OrderQueries>().PurchaseOrdersAsync(PageSize(ctx), ctx.GetArgument<string?>("after"),
                ctx.GetArgument<List<CooperativeOrderStatus>?>("status"), ctx.CancellationToken));

        query.Field<NonNullGraphType<CooperativeOrderConnectionType>>("salesOrders")
            .Description("The signed-in manager's cooperative orders, newest first (admins: all, or one cooperative's).")
            .Argument<IntGraphType>("first").Argument<StringGraphType>("after")
            .Argument<ListGraphType<NonNullGraphType<CooperativeOrderStatusEnum>>>("status")
            .Argument<IdGraphType>("cooperativeId")
            .ResolveAsync(async ctx => await ctx.Service<OrderQueries>().SalesOrdersAsync(PageSize(ctx), ctx.GetArgument<string?>("after"),
                ctx.GetArgument<List<CooperativeOrderStatus>?>("status"),
                ctx.GetArgument<string?>("cooperativeId") is { } c ? GlobalId.Require(c, Cooperatives.GraphQL.CooperativeGraphNames.Cooperative) : null,
                ctx.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CustomerType>>>>("customers")
            .Description($"The buyers the signed-in manager's cooperative has orders from, latest first (at most {OrderQueries.MaxCustomers}); admins name the cooperative.")
            .Argument<IdGraphType>("cooperativeId")
            .ResolveAsync(async ctx => await ctx.Service<OrderQueries>().CustomersAsync(
                ctx.GetArgument<string?>("cooperativeId") is { } c ? GlobalId.Require(c, Cooperatives.GraphQL.CooperativeGraphNames.Cooperative) : null,
                ctx.CancellationToken));

        query.Field<PurchaseOrderType>("purchaseOrder")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<OrderQueries>().PurchaseOrderAsync(
                GlobalId.Require(ctx.GetArgument<string>("id"), OrderGraphNames.PurchaseOrder), ctx.CancellationToken));

        query.Field<CooperativeOrderType>("cooperativeOrder")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<OrderQueries>().CooperativeOrderAsync(
                GlobalId.Require(ctx.GetArgument<string>("id"), OrderGraphNames.CooperativeOrder), ctx.CancellationToken));
    }

    private static int PageSize(IResolveFieldContext ctx) =>
        ctx.GetArgument<int?>("first") ?? ctx.Service<IOptions<QueryLimits>>().Value.DefaultPageSize;
}

public sealed class OrderMutationFields : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PlaceOrderPayloadType>>("placeOrder")
            .Description("Places a wholesale order across cooperatives: priced on the server, stock reserved atomically, idempotent per key.")
            .Argument<NonNullGraphType<PlaceOrderInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var payload = await ctx.Service<OrderPlacement>().PlaceAsync(ctx.GetArgument<PlaceOrderInput>("input"), ctx.CancellationToken);
                // The parts are in hand: the payload's selection does not read them back.
                if (payload is { PurchaseOrder: { } order, PlacedParts: { } parts }) ctx.Service<OrderLoaders>().Prime(order, parts);
                return payload;
            });

        Transition(mutation, "confirmOrder", OrderAction.Confirm, "The cooperative accepts its order.");
        Transition(mutation, "rejectOrder", OrderAction.Reject, "The cooperative declines its order before shipping; stock is released.");
        Transition(mutation, "shipOrder", OrderAction.Ship, "The cooperative ships; reserved stock leaves the warehouse.");
        Transition(mutation, "deliverOrder", OrderAction.Deliver, "Delivery is recorded (by the cooperative or the buyer).");
        Transition(mutation, "cancelOrder", OrderAction.Cancel, "The buyer cancels a cooperative order before it is confirmed; stock is released.");

        mutation.Field<NonNullGraphType<PurchaseOrderPayloadType>>("cancelPurchaseOrder")
            .Description("The buyer cancels every part of a purchase order still PLACED, in one transaction; if any part is already confirmed, shipped or delivered, nothing changes.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The purchase order's id.")
            .Argument<StringGraphType>("reason")
            .ResolveAsync(async ctx => await ctx.Service<OrderTransitions>().CancelPurchaseOrderAsync(ctx.GetArgument<string>("id"),
                ctx.GetArgument<string?>("reason"), ctx.CancellationToken));
    }

    private static void Transition(ObjectGraphType mutation, string name, OrderAction action, string description) =>
        mutation.Field<NonNullGraphType<CooperativeOrderPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("id", "The cooperative order's id.")
            .Argument<StringGraphType>("reason")
            .ResolveAsync(async ctx => await ctx.Service<OrderTransitions>().ApplyAsync(ctx.GetArgument<string>("id"), action,
                ctx.GetArgument<string?>("reason"), ctx.CancellationToken));
}
