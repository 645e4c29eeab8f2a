using GraphQL.Types;

namespace OcopMarket.Ordering.Carts.GraphQL;

public sealed class CartQueryFields : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<CartType>("cart")
            .Description("The signed-in buyer business's cart (empty until something is added); null for admins. Members of a verified buyer only.")
            .ResolveAsync(async ctx => await ctx.Service<CartService>().GetAsync(ctx.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<VariantLookupType>>>>("variants")
            .Description("Looks up to 200 SKUs at once (quick order checks its lines with it): one answer per SKU, in the order asked.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("skus")
            .ResolveAsync(async ctx => await ctx.Service<CartService>().LookupAsync(ctx.GetArgument<List<string>>("skus"), ctx.CancellationToken));
    }
}

public sealed class CartMutationFields : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CartPayloadType>>("setCartLines")
            .Description("Sets lines of the cart (MERGE, the default) or the whole cart (REPLACE); quantity 0 removes a line.")
            .Argument<NonNullGraphType<SetCartLinesInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<CartService>().SetLinesAsync(ctx.GetArgument<SetCartLinesInput>("input"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<CartPayloadType>>("removeCartLine")
            .Description("Removes the line of this SKU (nothing changes when there is none).")
            .Argument<NonNullGraphType<StringGraphType>>("sku")
            .ResolveAsync(async ctx => await ctx.Service<CartService>().RemoveLineAsync(ctx.GetArgument<string>("sku"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<CartPayloadType>>("clearCart")
            .Description("Empties the cart.")
            .ResolveAsync(async ctx => await ctx.Service<CartService>().ClearAsync(ctx.CancellationToken));
    }
}
