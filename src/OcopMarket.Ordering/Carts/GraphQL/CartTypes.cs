using GraphQL.Types;
using OcopMarket.Catalog.GraphQL;
using OcopMarket.Cooperatives.GraphQL;
using OcopMarket.Ordering.Orders.GraphQL;

namespace OcopMarket.Ordering.Carts.GraphQL;

public sealed class CartType : ObjectGraphType<CartView>
{
    public const string TypeName = "Cart";

    public CartType()
    {
        Name = TypeName;
        Description = "The buyer business's cart on the server, shared by its members and devices; priced on every read exactly as placeOrder would charge now.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field(x => x.Version).Description("Revision of the cart (0: never saved); send it as expectedVersion to refuse a change made meanwhile elsewhere.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CartLineType>>>>("lines").Description("In the order they were added.")
            .Resolve(ctx => ctx.Source.Lines);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CartPartType>>>>("parts")
            .Description("The lines split per cooperative, as placeOrder splits the order (lines with an unknown SKU are in no part).")
            .Resolve(ctx => ctx.Source.Parts);
        Field<NonNullGraphType<VndGraphType>>("total").Description("Sum of the priced lines, in đồng.").Resolve(ctx => ctx.Source.Total);
        Field(x => x.UpdatedAt, nullable: true);
    }
}

public sealed class CartLineType : ObjectGraphType<CartLineView>
{
    public CartLineType()
    {
        Name = "CartLine";
        Description = "A line as the server prices it now: null prices when a problem keeps the line from being ordered.";
        Field(x => x.Sku);
        Field(x => x.Quantity);
        Field("product", new GraphQLTypeReference(ProductGraphNames.Product)).Description("Null when no product on sale has this SKU.").Resolve(ctx => ctx.Source.Product);
        Field("variant", new GraphQLTypeReference(ProductGraphNames.ProductVariant)).Resolve(ctx => ctx.Source.Variant);
        Field<VndGraphType>("unitPrice").Description("From the price tiers or an accepted supply agreement, as placeOrder charges.")
            .Resolve(ctx => ctx.Source.UnitPrice);
        Field<PriceSourceEnum>("priceSource").Resolve(ctx => ctx.Source.PriceSource);
        Field<VndGraphType>("lineTotal").Resolve(ctx => ctx.Source.LineTotal);
        Field(x => x.Available).Description("Units on hand and not reserved (0 for an unknown SKU).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("problems")
            .Description("Why the line cannot be ordered as it is: NOT_FOUND (field [\"sku\"]), VALIDATION (minimum order, case pack; [\"quantity\"]), OUT_OF_STOCK.")
            .Resolve(ctx => ctx.Source.Problems);
    }
}

public sealed class CartPartType : ObjectGraphType<CartPartView>
{
    public CartPartType()
    {
        Name = "CartPart";
        Description = "One cooperative's lines of the cart.";
        Field("cooperative", new NonNullGraphType(new GraphQLTypeReference(CooperativeGraphNames.Cooperative))).Resolve(ctx => ctx.Source.Cooperative.Node);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CartLineType>>>>("lines").Resolve(ctx => ctx.Source.Lines);
        Field<NonNullGraphType<VndGraphType>>("subtotal").Description("Sum of this part's priced lines.").Resolve(ctx => ctx.Source.Subtotal);
    }
}

public sealed class CartLinesModeEnum : EnumerationGraphType<CartLinesMode>
{
    public CartLinesModeEnum()
    {
        Name = "CartLinesMode";
        Description = "MERGE sets the quantities of the lines sent (0 removes) and keeps the others; REPLACE makes the cart exactly the lines sent.";
    }
}

public sealed class SetCartLinesInputType : InputObjectGraphType<SetCartLinesInput>
{
    public SetCartLinesInputType()
    {
        Name = "SetCartLinesInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrderLineInputType>>>>("lines")
            .Description("At most 200; quantity 0 removes the line.");
        Field<CartLinesModeEnum>("mode").DefaultValue(CartLinesMode.Merge);
        Field(x => x.ExpectedVersion, nullable: true).Description("The cart's version as you read it; a cart changed since is a CONFLICT.");
    }
}

public sealed class CartPayloadType : ObjectGraphType<CartPayload>
{
    public CartPayloadType()
    {
        Name = "CartPayload";
        Field<CartType>("cart").Description("The cart after the change; with a CONFLICT, the cart as it is now.").Resolve(ctx => ctx.Source.Cart);
        this.AddUserErrors();
    }
}

public sealed class VariantLookupType : ObjectGraphType<VariantLookup>
{
    public VariantLookupType()
    {
        Name = "VariantLookup";
        Description = "One SKU looked up: the variant on sale and its product, or the problem (NOT_FOUND).";
        Field(x => x.Sku);
        Field("product", new GraphQLTypeReference(ProductGraphNames.Product)).Resolve(ctx => ctx.Source.Product);
        Field("variant", new GraphQLTypeReference(ProductGraphNames.ProductVariant)).Resolve(ctx => ctx.Source.Variant);
        Field<UserErrorType>("problem").Resolve(ctx => ctx.Source.Problem);
    }
}
