using OcopMarket.Cooperatives;
using OcopMarket.Ordering.Orders;

namespace OcopMarket.Ordering.Carts;

/// <summary>
/// A cart line as the server prices it now. Price fields are null when the line cannot be ordered as it is: an
/// unknown or unlisted SKU, or a quantity that breaks the variant's rules (each in <see cref="Problems"/>, whose
/// field is relative to the line: ["sku"] or ["quantity"]). More than is available is a problem too, but the line
/// keeps its price.
/// </summary>
public sealed record CartLineView(string Sku, int Quantity, object? Product, object? Variant, CooperativeSummary? Cooperative,
    long? UnitPrice, PriceSource? PriceSource, long? LineTotal, int Available, IReadOnlyList<UserError> Problems);

/// <summary>One cooperative's lines, as placeOrder would split them, and the subtotal of those that are priced.</summary>
public sealed record CartPartView(CooperativeSummary Cooperative, IReadOnlyList<CartLineView> Lines, long Subtotal);

public sealed record CartView(Guid Id, int Version, DateTimeOffset? UpdatedAt, IReadOnlyList<CartLineView> Lines)
{
    /// <summary>Lines with an unknown SKU belong to no cooperative and appear only in <see cref="Lines"/>.</summary>
    public IReadOnlyList<CartPartView> Parts => Lines.Where(l => l.Cooperative != null)
        .GroupBy(l => l.Cooperative!.Id)
        .Select(g => new CartPartView(g.First().Cooperative!, g.ToList(), g.Sum(l => l.LineTotal ?? 0)))
        .ToList();

    /// <summary>The priced lines' sum: what placeOrder would charge once every problem is solved (at most 200 bounded lines: no overflow).</summary>
    public long Total => Lines.Sum(l => l.LineTotal ?? 0);
}

public sealed class CartPayload : Payload
{
    public CartView? Cart { get; init; }
}

/// <summary>One SKU looked up for quick order: the variant on sale, or why not.</summary>
public sealed record VariantLookup(string Sku, object? Product, object? Variant, UserError? Problem);
