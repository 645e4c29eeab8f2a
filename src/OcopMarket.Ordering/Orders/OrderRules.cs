using OcopMarket.Catalog.Queries;

namespace OcopMarket.Ordering.Orders;

/// <summary>Wholesale quantity rules for one order line: the variant's minimum order quantity and case-pack increment.</summary>
public static class QuantityRules
{
    /// <summary>Null when the quantity is allowed; else why not, naming the rule.</summary>
    public static string? Check(ListedVariant variant, int quantity)
    {
        if (quantity < variant.MinOrderQuantity)
            return $"SKU {variant.Sku} has a minimum order quantity of {variant.MinOrderQuantity} {variant.Unit}; {quantity} was asked.";
        if (variant.OrderIncrement > 1 && (quantity - variant.MinOrderQuantity) % variant.OrderIncrement != 0)
            return $"SKU {variant.Sku} is sold in cases of {variant.OrderIncrement}: order {variant.MinOrderQuantity}, " +
                   $"{variant.MinOrderQuantity + variant.OrderIncrement}, {variant.MinOrderQuantity + 2 * variant.OrderIncrement}… units, not {quantity}.";
        return null;
    }
}

/// <summary>Who may move a cooperative order, and where to.</summary>
public enum OrderAction
{
    Confirm,
    Reject,
    Ship,
    Deliver,
    Cancel
}

/// <summary>
/// The cooperative order lifecycle: placed → confirmed → shipped → delivered; the cooperative may reject before
/// shipping, the buyer may cancel before confirmation. Anything else is refused.
/// </summary>
public static class OrderStateMachine
{
    public static CooperativeOrderStatus Target(OrderAction action) => action switch
    {
        OrderAction.Confirm => CooperativeOrderStatus.Confirmed,
        OrderAction.Reject => CooperativeOrderStatus.Rejected,
        OrderAction.Ship => CooperativeOrderStatus.Shipped,
        OrderAction.Deliver => CooperativeOrderStatus.Delivered,
        OrderAction.Cancel => CooperativeOrderStatus.Cancelled,
        _ => throw new ArgumentOutOfRangeException(nameof(action))
    };

    public static bool IsAllowed(CooperativeOrderStatus from, OrderAction action) => (from, action) switch
    {
        (CooperativeOrderStatus.Placed, OrderAction.Confirm) => true,
        (CooperativeOrderStatus.Placed or CooperativeOrderStatus.Confirmed, OrderAction.Reject) => true,
        (CooperativeOrderStatus.Confirmed, OrderAction.Ship) => true,
        (CooperativeOrderStatus.Shipped, OrderAction.Deliver) => true,
        (CooperativeOrderStatus.Placed, OrderAction.Cancel) => true,
        _ => false
    };

    /// <summary>Who may take the action (admins may act for either party).</summary>
    public static OrderParty PartyFor(OrderAction action) => action switch
    {
        OrderAction.Cancel => OrderParty.Buyer,
        // Either side may record delivery: the cooperative's carrier, or the buyer acknowledging receipt.
        OrderAction.Deliver => OrderParty.Either,
        _ => OrderParty.Cooperative
    };

    /// <summary>What the transition does to the reserved stock of the order's lines.</summary>
    public static StockEffect StockEffectOf(OrderAction action) => action switch
    {
        OrderAction.Reject or OrderAction.Cancel => StockEffect.Release,
        OrderAction.Ship => StockEffect.Consume,
        _ => StockEffect.None
    };
}

public enum OrderParty
{
    Buyer,
    Cooperative,
    Either
}

public enum StockEffect
{
    None,
    /// <summary>Reserved units go back to available.</summary>
    Release,
    /// <summary>Reserved units leave the warehouse: on hand and reserved both drop.</summary>
    Consume
}
