using System.Globalization;

namespace OcopMarket.Catalog.Queries;

/// <summary>
/// Opaque keyset cursor: the sort order, the row's sort key and its id. A cursor only continues the order it came
/// from; anything else is refused with INVALID_CURSOR rather than silently returning a wrong page.
/// </summary>
public sealed record Cursor(ProductOrder Order, string Key, Guid Id)
{
    public string Encode() => OpaqueCursor.Encode("p1", Order.ToString(), Key, Id.ToString("N"));

    public static Cursor Decode(string cursor, ProductOrder expectedOrder)
    {
        var parts = OpaqueCursor.Decode(cursor, "p1", 3);
        if (!Enum.TryParse<ProductOrder>(parts[0], out var order) || !Guid.TryParseExact(parts[2], "N", out var id)
            || !KeyIsWellFormed(order, parts[1]))
            throw OpaqueCursor.Invalid();
        if (order != expectedOrder)
            throw new ClientError(ErrorCodes.InvalidCursor, $"This cursor belongs to order {order}, not {expectedOrder}.");
        return new Cursor(order, parts[1], id);
    }

    // Keys must also fit the type they are bound as (ProductSearch.KeyValue): an out-of-range key would otherwise
    // throw there and reach the client as INTERNAL instead of INVALID_CURSOR.
    private static readonly long MaxMicros = (DateTime.MaxValue.Ticks - DateTime.UnixEpoch.Ticks) / 10;

    private static bool KeyIsWellFormed(ProductOrder order, string key) => order switch
    {
        ProductOrder.Newest => long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var micros) && micros <= MaxMicros,
        ProductOrder.StarsDesc => int.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        ProductOrder.PriceAsc or ProductOrder.PriceDesc => long.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        ProductOrder.Relevance => decimal.TryParse(key, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
        _ => true
    };
}
