using GraphQL.Types;
using OcopMarket.Identity.GraphQL;
using OcopMarket.Catalog.Queries;
using OcopMarket.Cooperatives.GraphQL;

namespace OcopMarket.Ordering.Orders.GraphQL;

public static class OrderGraphNames
{
    public const string PurchaseOrder = "PurchaseOrder";
    public const string CooperativeOrder = "CooperativeOrder";

    /// <summary>The id of the order a PurchaseOrder field's source stands for (for fields other modules add).</summary>
    public static Guid PurchaseOrderId(object source) => ((PurchaseOrder)source).Id;
}

/// <summary>The PurchaseOrder GraphQL type as other modules extend it (ITypeExtension&lt;IPurchaseOrderGraphType&gt;):
/// the type itself is bound to Ordering's internal document; read the source's id with OrderGraphNames.PurchaseOrderId.</summary>
public interface IPurchaseOrderGraphType : IComplexGraphType;

public sealed class CooperativeOrderStatusEnum : EnumerationGraphType<CooperativeOrderStatus>
{
    public CooperativeOrderStatusEnum()
    {
        Name = "CooperativeOrderStatus";
        Description = "PLACED → CONFIRMED → SHIPPED → DELIVERED; REJECTED by the cooperative before shipping; CANCELLED by the buyer before confirmation.";
    }
}

public sealed class PriceSourceEnum : EnumerationGraphType<PriceSource>
{
    public PriceSourceEnum() => Name = "PriceSource";
}

internal sealed class PurchaseOrderType : ObjectGraphType<PurchaseOrder>, IPurchaseOrderGraphType
{
    public PurchaseOrderType(IEnumerable<ITypeExtension<IPurchaseOrderGraphType>> extensions)
    {
        Name = OrderGraphNames.PurchaseOrder;
        Description = "A buyer's wholesale order, split into one cooperative order per seller.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field(x => x.Number).Description("Human-readable order number.");
        Field(x => x.BuyerName);
        Field(x => x.IdempotencyKey);
        Field<NonNullGraphType<VndGraphType>>("total").Description("Grand total in đồng over all cooperative orders.").Resolve(ctx => ctx.Source.Total);
        Field<NonNullGraphType<DeliveryAddressType>>("deliveryAddress").Resolve(ctx => ctx.Source.DeliveryAddress);
        Field(x => x.Note, nullable: true);
        Field(x => x.CreatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CooperativeOrderType>>>>("cooperativeOrders")
            .Resolve(ctx => ctx.Service<OrderLoaders>().PartsOf(ctx.Source));
        foreach (var extension in extensions) extension.Extend(this); // e.g. Payments adds `payment`
    }
}

internal sealed class CooperativeOrderType : ObjectGraphType<CooperativeOrder>
{
    public CooperativeOrderType()
    {
        Name = OrderGraphNames.CooperativeOrder;
        Description = "One cooperative's part of a purchase order, with its own status, lines and subtotal.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field<NonNullGraphType<IdGraphType>>("purchaseOrderId").Resolve(ctx => GlobalId.Encode(OrderGraphNames.PurchaseOrder, ctx.Source.PurchaseOrderId));
        Field(x => x.PurchaseOrderNumber);
        Field(x => x.BuyerName);
        Field<NonNullGraphType<IdGraphType>>("buyerId")
            .Description("The buyer business's id: what proposeSupplyAgreement takes, so a cooperative can offer a standing price to a buyer it sold to.")
            .Resolve(ctx => GlobalId.Encode(Buyers.GraphQL.BuyerType.TypeName, ctx.Source.BuyerId));
        Field("cooperative", new NonNullGraphType(new GraphQLTypeReference(CooperativeGraphNames.Cooperative)))
            .Resolve(ctx => ctx.Service<CatalogLoaders>().Cooperatives.Load(ctx.Source.CooperativeId).Then(c => c?.Node));
        Field<NonNullGraphType<CooperativeOrderStatusEnum>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrderLineType>>>>("lines").Resolve(ctx => ctx.Source.Lines);
        Field<NonNullGraphType<VndGraphType>>("subtotal").Resolve(ctx => ctx.Source.Subtotal);
        Field<NonNullGraphType<DeliveryAddressType>>("deliveryAddress").Resolve(ctx => ctx.Source.DeliveryAddress);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatusChangeType>>>>("history")
            .Description("Every transition, with who and when.").Resolve(ctx => ctx.Source.History);
        Field(x => x.CreatedAt);
    }
}

public sealed class OrderLineType : ObjectGraphType<OrderLine>
{
    public OrderLineType()
    {
        Name = "OrderLine";
        Description = "A line priced by the server when the order was placed; the price is frozen here.";
        Field(x => x.Sku);
        Field(x => x.ProductName);
        Field(x => x.VariantName);
        Field(x => x.Unit);
        Field(x => x.Quantity);
        Field<NonNullGraphType<VndGraphType>>("unitPrice").Resolve(ctx => ctx.Source.UnitPrice);
        Field<NonNullGraphType<PriceSourceEnum>>("priceSource").Resolve(ctx => ctx.Source.PriceSource);
        Field<NonNullGraphType<VndGraphType>>("lineTotal").Resolve(ctx => ctx.Source.LineTotal);
    }
}

public sealed class StatusChangeType : ObjectGraphType<StatusChange>
{
    public StatusChangeType()
    {
        Name = "StatusChange";
        Field<CooperativeOrderStatusEnum>("from").Resolve(ctx => ctx.Source.From);
        Field<NonNullGraphType<CooperativeOrderStatusEnum>>("to").Resolve(ctx => ctx.Source.To);
        Field(x => x.At);
        Field<PersonType>("by").Description("Who made the change: name and role (null if the account is gone).")
            .Resolve(ctx => ctx.Service<PeopleLoader>().People.Load(ctx.Source.ByUserId));
        Field<NonNullGraphType<IdGraphType>>("byUserId").Resolve(ctx => ctx.Source.ByUserId)
            .DeprecationReason("A raw user id names no one; use by { name role }.");
        Field(x => x.ByRole).Description("ADMIN, COOPERATIVE_MANAGER or BUYER.")
            .DeprecationReason("Use by { role }, an enum.");
        Field(x => x.Reason, nullable: true);
    }
}

public sealed class DeliveryAddressType : ObjectGraphType<DeliveryAddress>
{
    public DeliveryAddressType()
    {
        Name = "DeliveryAddress";
        Field(x => x.Recipient);
        Field(x => x.Phone);
        Field(x => x.Line);
        Field(x => x.Commune);
        Field(x => x.ProvinceCode);
    }
}

public sealed class OrderLineInputType : InputObjectGraphType<OrderLineInput>
{
    public OrderLineInputType()
    {
        Name = "OrderLineInput";
        Field(x => x.Sku);
        Field(x => x.Quantity).Description("Units of the variant; must meet its minimum order quantity and case pack.");
    }
}

public sealed class DeliveryAddressInputType : InputObjectGraphType<DeliveryAddressInput>
{
    public DeliveryAddressInputType()
    {
        Name = "DeliveryAddressInput";
        Field(x => x.Recipient);
        Field(x => x.Phone);
        Field(x => x.Line);
        Field(x => x.Commune).Description("Commune or ward (xã, phường): with the province, the whole address since districts ended in 2025.");
        Field(x => x.ProvinceCode);
    }
}

public sealed class PlaceOrderInputType : InputObjectGraphType<PlaceOrderInput>
{
    public PlaceOrderInputType()
    {
        Name = "PlaceOrderInput";
        Field(x => x.IdempotencyKey).Description("Your unique key for this order: retrying with it returns the same order.");
        Field<ListGraphType<NonNullGraphType<OrderLineInputType>>>("lines").Description("The lines to order; leave out with fromCart: true.");
        Field(x => x.FromCart, nullable: true)
            .Description("true: order what the buyer's cart holds, and empty the cart in the same transaction (a retry with the key returns the same order).");
        Field<DeliveryAddressInputType>("deliveryAddress").Description("Defaults to the buyer's default address.");
        Field(x => x.Note, nullable: true);
    }
}

public sealed class PlaceOrderPayloadType : ObjectGraphType<PlaceOrderPayload>
{
    public PlaceOrderPayloadType()
    {
        Name = "PlaceOrderPayload";
        Field<PurchaseOrderType>("purchaseOrder").Resolve(ctx => ctx.Source.PurchaseOrder);
        this.AddUserErrors();
    }
}

internal sealed class PurchaseOrderPayloadType : ObjectGraphType<PurchaseOrderPayload>
{
    public PurchaseOrderPayloadType()
    {
        Name = "PurchaseOrderPayload";
        Field<PurchaseOrderType>("purchaseOrder").Resolve(ctx => ctx.Source.PurchaseOrder);
        this.AddUserErrors();
    }
}

internal sealed class CooperativeOrderPayloadType : ObjectGraphType<CooperativeOrderPayload>
{
    public CooperativeOrderPayloadType()
    {
        Name = "CooperativeOrderPayload";
        Field<CooperativeOrderType>("cooperativeOrder").Resolve(ctx => ctx.Source.CooperativeOrder);
        this.AddUserErrors();
    }
}

internal sealed class CustomerType : ObjectGraphType<Customer>
{
    public CustomerType()
    {
        Name = "Customer";
        Description = "A buyer business a cooperative has orders from: what its manager needs to recognise it and name it (buyerId).";
        Field<NonNullGraphType<IdGraphType>>("buyerId").Description("The buyer's global id, as proposeSupplyAgreement takes it.")
            .Resolve(ctx => GlobalId.Encode(Buyers.GraphQL.BuyerType.TypeName, ctx.Source.Buyer.Id));
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Buyer.Name);
        Field<NonNullGraphType<StringGraphType>>("taxCode").Description("Mã số thuế.").Resolve(ctx => ctx.Source.Buyer.TaxCode);
        Field<StringGraphType>("provinceCode").Description("The province of the buyer's default delivery address.")
            .Resolve(ctx => ctx.Source.Buyer.DefaultAddress?.ProvinceCode);
        Field(x => x.OrderCount).Description("Orders the buyer has placed with the cooperative (any status).");
        Field(x => x.LastOrderAt);
    }
}
