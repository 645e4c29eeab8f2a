namespace OcopMarket.Catalog.Model;

/// <summary>Wholesale price breaks: the unit price of the highest tier whose minimum the quantity reaches, else retail.</summary>
internal static class Pricing
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
