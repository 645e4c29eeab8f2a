namespace OcopMarket.Ordering.Carts;

/// <summary>
/// A buyer business's cart on the server, shared by its members and their devices: only what to ask for (SKU and
/// quantity). Prices, availability and rule checks are computed on every read by the code that prices placeOrder.
/// Its id is the buyer's id: one cart per buyer business.
/// </summary>
internal sealed class Cart
{
    public Guid Id { get; set; }
    public List<CartItem> Lines { get; set; } = [];
    public DateTimeOffset? UpdatedAt { get; set; }
    public Guid? UpdatedByUserId { get; set; }
    /// <summary>Numeric revision (0: never saved); clients send it back as expectedVersion.</summary>
    public int Version { get; set; }
}

public sealed class CartItem
{
    public string Sku { get; set; } = "";
    public int Quantity { get; set; }
}
