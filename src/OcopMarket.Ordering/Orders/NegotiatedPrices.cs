namespace OcopMarket.Ordering.Orders;

/// <summary>
/// Prices agreed between a buyer and a cooperative (supply agreements) that replace the public tiers for a period.
/// Implemented by the Trade capability (supply agreements); Ordering only depends on this seam.
/// </summary>
public interface INegotiatedPrices
{
    /// <summary>Agreed unit price per SKU for this buyer on this day (SKUs without an agreement are absent).</summary>
    Task<IReadOnlyDictionary<string, long>> ForBuyerAsync(Guid buyerId, IReadOnlyCollection<string> skus, DateOnly day, CancellationToken ct);
}
