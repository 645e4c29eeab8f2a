using System.Globalization;
using System.Text;
using OcopMarket.Infrastructure.GraphQL;

namespace OcopMarket.Catalog.Queries;

/// <summary>
/// Opaque keyset cursor: the sort order, the row's sort key and its id. A cursor only continues the order it came
/// from; anything else is refused with INVALID_CURSOR rather than silently returning a wrong page.
/// </summary>
public sealed record Cursor(ProductOrder Order, string Key, Guid Id)
{
    public string Encode() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"p1|{Order}|{Key}|{Id:N}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static Cursor Decode(string cursor, ProductOrder expectedOrder)
    {
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(base64)).Split('|');
            if (parts.Length == 4 && parts[0] == "p1" && Enum.TryParse<ProductOrder>(parts[1], out var order)
                && Guid.TryParseExact(parts[3], "N", out var id) && KeyIsWellFormed(order, parts[2]))
            {
                if (order != expectedOrder)
                    throw new ClientError(ErrorCodes.InvalidCursor, $"This cursor belongs to order {order}, not {expectedOrder}.");
                return new Cursor(order, parts[2], id);
            }
        }
        catch (FormatException)
        {
        }
        throw new ClientError(ErrorCodes.InvalidCursor, "The cursor is not valid; use a cursor returned by this connection.");
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
