using GraphQL.Types;
using OcopMarket.Identity;
using OcopMarket.Infrastructure.GraphQL;

namespace OcopMarket.Ordering.Buyers.GraphQL;

public sealed class BuyerQueryFields : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<BuyerType>("buyer")
            .Description("A buyer business: its own members and admins only.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<BuyerService>().GetAsync(ctx.Viewer(), ctx.GetArgument<Guid>("id"), ctx.CancellationToken));
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
            .ResolveAsync(async ctx => ToPayload(await ctx.Service<BuyerService>()
                .VerifyAsync(ctx.Viewer(), ctx.GetArgument<BuyerIdInput>("input").BuyerId, ctx.CancellationToken)));

        mutation.Field<NonNullGraphType<BuyerPayloadType>>("suspendBuyer")
            .Description("Suspends a buyer business: it can no longer order (admins only).")
            .Argument<NonNullGraphType<BuyerIdInputType>>("input")
            .ResolveAsync(async ctx => ToPayload(await ctx.Service<BuyerService>()
                .SuspendAsync(ctx.Viewer(), ctx.GetArgument<BuyerIdInput>("input").BuyerId, ctx.CancellationToken)));
    }

    private static BuyerPayload ToPayload(BuyerResult result) => new() { Buyer = result.Buyer, UserErrors = result.Errors };
}
