namespace OcopMarket.Kernel;

/// <summary>
/// Bounds on amounts of đồng, so that no total the platform computes can overflow the 64-bit VND scalar.
/// A unit price (retail, tier, quote, agreement, target) is at most 1,000,000,000 đồng (1 tỷ, about 40,000 USD: far
/// above any OCOP product, even a case of it); a purchase order at most 1,000,000,000,000 đồng (1,000 tỷ, about 40
/// million USD). Quantities are bounded too (10,000,000 per quote, 1,000,000 per order line, 200 lines), so a line is at
/// most 10^16 and an order's lines sum to at most 2·10^18 before the order bound is checked: below Int64's 9.2·10^18.
/// Reports that add up orders stay exact for more than nine million orders of the maximum size.
/// </summary>
public static class Money
{
    public const long MaxUnitPrice = 1_000_000_000;
    public const long MaxOrderTotal = 1_000_000_000_000;

    public static readonly string UnitPriceMessage = $"A price must be between 1 and {MaxUnitPrice:N0} đồng per unit.";
    public static readonly string OrderTotalMessage = $"An order may total at most {MaxOrderTotal:N0} đồng; split it into several orders.";

    public static bool IsValidUnitPrice(long price) => price is > 0 and <= MaxUnitPrice;

    /// <summary>Price × quantity, or null when it passes the order bound (computed without overflow whatever the inputs).</summary>
    public static long? LineTotal(long unitPrice, long quantity)
    {
        var total = (decimal)unitPrice * quantity;
        return total is >= 0 and <= MaxOrderTotal ? (long)total : null;
    }
}
