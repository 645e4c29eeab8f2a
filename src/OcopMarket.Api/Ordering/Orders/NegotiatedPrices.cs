namespace OcopMarket.Ordering.Orders;

/// <summary>
/// Prices agreed between a buyer and a cooperative (supply agreements) that replace the public tiers for a period.
/// The Trade capability provides the real source; without it every order uses the public price tiers.
/// </summary>
public interface INegotiatedPrices
{
    /// <summary>Agreed unit price per SKU for this buyer on this day (SKUs without an agreement are absent).</summary>
    Task<IReadOnlyDictionary<string, long>> ForBuyerAsync(Guid buyerId, IReadOnlyCollection<string> skus, DateOnly day, CancellationToken ct);
}

public sealed class NoNegotiatedPrices : INegotiatedPrices
{
    public Task<IReadOnlyDictionary<string, long>> ForBuyerAsync(Guid buyerId, IReadOnlyCollection<string> skus, DateOnly day,
        CancellationToken ct) => Task.FromResult<IReadOnlyDictionary<string, long>>(new Dictionary<string, long>());
}
