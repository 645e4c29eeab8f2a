using OcopMarket.Catalog.Model;
using OcopMarket.Catalog.Queries;
using OcopMarket.Cooperatives.Model;

namespace OcopMarket.Ordering.Orders;

public sealed record BuiltLine(OrderLine Line, Cooperative Cooperative);

public sealed record BuiltLines(IReadOnlyList<BuiltLine> Lines, IReadOnlyList<UserError> Errors);

/// <summary>
/// Turns requested SKUs and quantities into priced order lines: the variant must be on sale (published product of a
/// verified cooperative), the quantity must meet its minimum and case pack, and the unit price is computed here —
/// quoted, agreed or from the price tiers — never taken from the client.
/// </summary>
public sealed class OrderLineBuilder(ListedVariants catalog, INegotiatedPrices negotiated, TimeProvider clock)
{
    public async Task<BuiltLines> BuildAsync(PlacementRequest request, CancellationToken ct)
    {
        var skus = request.Lines.Select(l => l.Sku).ToList();
        var listed = await catalog.BySkuAsync(skus, ct);
        var agreed = await negotiated.ForBuyerAsync(request.BuyerId, skus, VietnamClock.Today(clock), ct);

        var lines = new List<BuiltLine>();
        var errors = new List<UserError>();
        for (var i = 0; i < request.Lines.Count; i++)
        {
            var requested = request.Lines[i];
            string[] field = ["input", "lines", i.ToString()];
            if (!listed.TryGetValue(requested.Sku, out var found))
            {
                errors.Add(UserError.Of(UserErrorCodes.NotFound, $"No product on sale has SKU {requested.Sku}.", [.. field, "sku"]));
                continue;
            }
            var (product, variant, cooperative) = found;
            if (requested.QuotedUnitPrice == null && QuantityRules.Check(variant, requested.Quantity) is { } rule)
            {
                errors.Add(UserError.Of(UserErrorCodes.Validation, rule, [.. field, "quantity"]));
                continue;
            }
            var (price, source) = requested.QuotedUnitPrice is { } quoted ? (quoted, PriceSource.Quote)
                : agreed.TryGetValue(variant.Sku, out var agreedPrice) ? (agreedPrice, PriceSource.Agreement)
                : PriceOf(variant, requested.Quantity);
            // Prices are bounded when they are set; one stored before the bounds existed must not overflow a total.
            if (!Money.IsValidUnitPrice(price))
            {
                errors.Add(UserError.Of(UserErrorCodes.Validation, $"SKU {variant.Sku} cannot be ordered: its price is outside the platform's bounds. {Money.UnitPriceMessage}",
                    [.. field, "sku"]));
                continue;
            }
            if (Money.LineTotal(price, requested.Quantity) is not { } lineTotal)
            {
                errors.Add(UserError.Of(UserErrorCodes.Validation, Money.OrderTotalMessage, [.. field, "quantity"]));
                continue;
            }
            lines.Add(new BuiltLine(new OrderLine
            {
                Sku = variant.Sku, ProductId = product.Id, ProductName = product.Name, VariantName = variant.Name, Unit = variant.Unit,
                Quantity = requested.Quantity, UnitPrice = price, PriceSource = source, LineTotal = lineTotal
            }, cooperative));
        }
        // Each line is at most MaxOrderTotal and there are at most a few hundred: the sum cannot overflow.
        if (errors.Count == 0 && lines.Sum(l => l.Line.LineTotal) > Money.MaxOrderTotal)
            errors.Add(UserError.Of(UserErrorCodes.Validation, Money.OrderTotalMessage, "input", "lines"));
        return new BuiltLines(lines, errors);
    }

    private static (long, PriceSource) PriceOf(ProductVariant variant, int quantity)
    {
        var price = Pricing.UnitPriceFor(variant, quantity);
        return (price, price == variant.RetailPrice ? PriceSource.Retail : PriceSource.Tier);
    }
}
