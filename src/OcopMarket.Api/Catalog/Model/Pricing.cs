namespace OcopMarket.Catalog.Model;

/// <summary>Wholesale price breaks: the unit price of the highest tier whose minimum the quantity reaches, else retail.</summary>
public static class Pricing
{
    public static long UnitPriceFor(ProductVariant variant, int quantity)
    {
        var price = variant.RetailPrice;
        var reached = 0;
        foreach (var tier in variant.Tiers)
        {
            if (quantity >= tier.MinQuantity && tier.MinQuantity >= reached)
            {
                price = tier.UnitPrice;
                reached = tier.MinQuantity;
            }
        }
        return price;
    }
}

/// <summary>Dates in Vietnam (UTC+7, no daylight saving): certificates expire on Vietnamese calendar days.</summary>
public static class VietnamClock
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Offset).DateTime);
}
