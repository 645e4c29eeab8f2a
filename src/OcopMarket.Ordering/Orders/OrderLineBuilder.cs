using OcopMarket.Catalog.Queries;
using OcopMarket.Cooperatives;

namespace OcopMarket.Ordering.Orders;

public sealed record BuiltLine(OrderLine Line, CooperativeSummary Cooperative);

public sealed record BuiltLines(IReadOnlyList<BuiltLine> Lines, IReadOnlyList<UserError> Errors);

/// <summary>
/// One requested line as the server prices it: the variant on sale (null when the SKU is not), the priced line
/// (null when a rule refused it) and why not, with the field relative to the line (["sku"] or ["quantity"]).
/// </summary>
public sealed record PricedLine(PlacementLine Requested, ListedVariant? Listed, BuiltLine? Built, UserError? Problem);

/// <summary>
/// Turns requested SKUs and quantities into priced order lines: the variant must be on sale (published product of a
/// verified cooperative), the quantity must meet its minimum and case pack, and the unit price is computed here —
/// quoted, agreed or from the price tiers — never taken from the client. placeOrder and the cart share this code.
/// </summary>
public sealed class OrderLineBuilder(ListedVariants catalog, INegotiatedPrices negotiated, TimeProvider clock)
{
    /// <summary>Every line priced on its own: a bad line does not stop the others (the cart shows each line's problem).</summary>
    public async Task<IReadOnlyList<PricedLine>> PriceAsync(Guid buyerId, IReadOnlyList<PlacementLine> requested, CancellationToken ct)
    {
        var skus = requested.Select(l => l.Sku).Distinct().ToList();
        if (skus.Count == 0) return [];
        var listed = await catalog.BySkuAsync(skus, ct);
        var agreed = await negotiated.ForBuyerAsync(buyerId, skus, VietnamClock.Today(clock), ct);
        return requested.Select(line => Price(line, listed, agreed)).ToList();
    }

    public async Task<BuiltLines> BuildAsync(PlacementRequest request, CancellationToken ct)
    {
        var priced = await PriceAsync(request.BuyerId, request.Lines, ct);
        var lines = new List<BuiltLine>();
        var errors = new List<UserError>();
        for (var i = 0; i < priced.Count; i++)
        {
            if (priced[i].Problem is { } problem)
                errors.Add(problem with { Field = [.. request.LinesField, i.ToString(), .. problem.Field] });
            else lines.Add(priced[i].Built!);
        }
        // Each line is at most MaxOrderTotal and there are at most a few hundred: the sum cannot overflow.
        if (errors.Count == 0 && lines.Sum(l => l.Line.LineTotal) > Money.MaxOrderTotal)
            errors.Add(UserError.Of(UserErrorCodes.Validation, Money.OrderTotalMessage, [.. request.LinesField]));
        return new BuiltLines(lines, errors);
    }

    private static PricedLine Price(PlacementLine requested, IReadOnlyDictionary<string, ListedVariant> listed,
        IReadOnlyDictionary<string, long> agreed)
    {
        if (!listed.TryGetValue(requested.Sku, out var found))
            return new PricedLine(requested, null, null,
                UserError.Of(UserErrorCodes.NotFound, $"No product on sale has SKU {requested.Sku}.", "sku"));
        PricedLine Refused(string message, string field) =>
            new(requested, found, null, UserError.Of(UserErrorCodes.Validation, message, field));
        if (requested.QuotedUnitPrice == null && QuantityRules.Check(found, requested.Quantity) is { } rule)
            return Refused(rule, "quantity");
        var (price, source) = requested.QuotedUnitPrice is { } quoted ? (quoted, PriceSource.Quote)
            : agreed.TryGetValue(found.Sku, out var agreedPrice) ? (agreedPrice, PriceSource.Agreement)
            : PriceOf(found, requested.Quantity);
        // Prices are bounded when they are set; one stored before the bounds existed must not overflow a total.
        if (!Money.IsValidUnitPrice(price))
            return Refused($"SKU {found.Sku} cannot be ordered: its price is outside the platform's bounds. {Money.UnitPriceMessage}", "sku");
        if (Money.LineTotal(price, requested.Quantity) is not { } lineTotal)
            return Refused(Money.OrderTotalMessage, "quantity");
        return new PricedLine(requested, found, new BuiltLine(new OrderLine
        {
            Sku = found.Sku, ProductId = found.ProductId, ProductName = found.ProductName, VariantName = found.VariantName, Unit = found.Unit,
            Quantity = requested.Quantity, UnitPrice = price, PriceSource = source, LineTotal = lineTotal
        }, found.Cooperative), null);
    }

    private static (long, PriceSource) PriceOf(ListedVariant variant, int quantity)
    {
        var price = variant.UnitPriceFor(quantity);
        return (price, price == variant.RetailPrice ? PriceSource.Retail : PriceSource.Tier);
    }
}
