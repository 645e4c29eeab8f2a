using GraphQL.Types;
using Microsoft.Extensions.Options;
using OcopMarket.Identity;

namespace OcopMarket.Ordering.Buyers.GraphQL;

public sealed class BuyerQueryFields : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<BuyerType>("buyer")
            .Description("A buyer business: its own members and admins only.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<BuyerService>().GetAsync(ctx.Viewer(), GlobalId.Require(ctx.GetArgument<string>("id"), BuyerType.TypeName), ctx.CancellationToken));

        query.Field<NonNullGraphType<BuyerConnectionType>>("buyers")
            .Description("Admins: buyer businesses by status, the longest waiting first (status: [REGISTERED] is the verification queue).")
            .Argument<ListGraphType<NonNullGraphType<BuyerStatusType>>>("status")
            .Argument<IntGraphType>("first", "Page size (0–100; default 20).")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async ctx => await ctx.Service<BuyerQueue>().PageAsync(ctx.GetArgument<List<BuyerStatus>?>("status"),
                ctx.GetArgument<int?>("first") ?? ctx.Service<IOptions<QueryLimits>>().Value.DefaultPageSize, ctx.GetArgument<string?>("after"), ctx.CancellationToken));
    }
}

public sealed class BuyerMutationFields : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<BuyerPayloadType>>("registerBuyer")
            .Description("Open registration: creates the buyer business (REGISTERED) and its first member, and signs the member in.")
            .Argument<NonNullGraphType<RegisterBuyerInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var result = await ctx.Service<BuyerService>().RegisterAsync(ctx.GetArgument<RegisterBuyerInput>("input"), ctx.CancellationToken);
                if (result.Member == null) return new BuyerPayload { UserErrors = result.Errors };
                var (token, _) = await ctx.Service<LoginService>().IssueTokenAsync(result.Member, ctx.CancellationToken);
                return new BuyerPayload { Buyer = result.Buyer, Member = result.Member, Token = token };
            });

        mutation.Field<NonNullGraphType<BuyerPayloadType>>("verifyBuyer")
            .Description("Marks a buyer business VERIFIED so it may order (admins only).")
            .Argument<NonNullGraphType<BuyerIdInputType>>("input")
            .ResolveAsync(async ctx => await ChangeStatusAsync(ctx, BuyerStatus.Verified));

        mutation.Field<NonNullGraphType<BuyerPayloadType>>("suspendBuyer")
            .Description("Suspends a buyer business: it can no longer order (admins only).")
            .Argument<NonNullGraphType<BuyerIdInputType>>("input")
            .ResolveAsync(async ctx => await ChangeStatusAsync(ctx, BuyerStatus.Suspended));

        AddressMutations(mutation);
    }

    private static void AddressMutations(ObjectGraphType mutation)
    {
        Address<AddBuyerAddressInputType>(mutation, "addBuyerAddress", "Adds a delivery address (members of the buyer, or admins).",
            (buyers, viewer, input, ct) => buyers.AddAddressAsync(viewer, input, ct));
        Address<UpdateBuyerAddressInputType>(mutation, "updateBuyerAddress", "Changes a delivery address; isDefault: true makes it the default.",
            (buyers, viewer, input, ct) => buyers.UpdateAddressAsync(viewer, input, ct));
        Address<RemoveBuyerAddressInputType>(mutation, "removeBuyerAddress", "Removes a delivery address (never the last one).",
            (buyers, viewer, input, ct) => buyers.RemoveAddressAsync(viewer, input, ct));
    }

    private static void Address<TInput>(ObjectGraphType mutation, string name, string description,
        Func<BuyerService, Viewer, BuyerAddressChangeInput, CancellationToken, Task<BuyerResult>> change) where TInput : IGraphType =>
        mutation.Field<NonNullGraphType<BuyerPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<BuyerAddressChangeInput>("input");
                // Address ids are global ids; the raw UUIDs served before stay accepted.
                if (input.AddressId is { } raw && GlobalId.TryDecode(raw, out var type, out var id) && type == BuyerAddressType.TypeName)
                    input.AddressId = id.ToString();
                var result = await change(ctx.Service<BuyerService>(), ctx.Viewer(), input, ctx.CancellationToken);
                return new BuyerPayload { Buyer = result.Buyer, UserErrors = result.Errors };
            });

    private static async Task<BuyerPayload> ChangeStatusAsync(IResolveFieldContext ctx, BuyerStatus status)
    {
        var input = ctx.GetArgument<BuyerIdInput>("input");
        if (!GlobalIdInput.TryRead(input.BuyerId, BuyerType.TypeName, out var id, out var error, "input", "buyerId"))
            return new BuyerPayload { UserErrors = [error!] };
        var result = await ctx.Service<BuyerService>().ChangeStatusAsync(ctx.Viewer(), id, status, ctx.CancellationToken, input.Reason);
        return new BuyerPayload { Buyer = result.Buyer, UserErrors = result.Errors };
    }
}
