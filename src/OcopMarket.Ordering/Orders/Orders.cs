namespace OcopMarket.Ordering.Orders;

public enum CooperativeOrderStatus
{
    Placed,
    Confirmed,
    Shipped,
    Delivered,
    Rejected,
    Cancelled
}

/// <summary>Where a line's unit price came from; the price itself is frozen on the line when the order is placed.</summary>
public enum PriceSource
{
    Retail,
    Tier,
    Agreement,
    Quote
}

/// <summary>
/// A buyer's wholesale order across cooperatives. It is split into one <see cref="CooperativeOrder"/> per seller,
/// each with its own lifecycle; this document holds the grand total and the request that created it.
/// </summary>
internal sealed class PurchaseOrder
{
    public Guid Id { get; set; }
    public string Number { get; set; } = "";
    public Guid BuyerId { get; set; }
    public string BuyerName { get; set; } = "";
    public Guid PlacedByUserId { get; set; }
    /// <summary>The buyer's key for this request: the same key returns this order instead of placing another.</summary>
    public string IdempotencyKey { get; set; } = "";
    /// <summary>Hash of the request body, to tell a retry from a different request reusing the key.</summary>
    public string RequestHash { get; set; } = "";
    public DeliveryAddress DeliveryAddress { get; set; } = new();
    public string? Note { get; set; }
    public long Total { get; set; }
    public List<Guid> CooperativeOrderIds { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The part of a purchase order one cooperative fulfils.</summary>
internal sealed class CooperativeOrder
{
    public Guid Id { get; set; }
    public Guid PurchaseOrderId { get; set; }
    public string PurchaseOrderNumber { get; set; } = "";
    public Guid BuyerId { get; set; }
    public string BuyerName { get; set; } = "";
    public Guid CooperativeId { get; set; }
    public CooperativeOrderStatus Status { get; set; } = CooperativeOrderStatus.Placed;
    /// <summary>Rejected by the cooperative or cancelled by the buyer: not charged, and refunded if it was paid.</summary>
    public bool IsWithdrawn => Status is CooperativeOrderStatus.Rejected or CooperativeOrderStatus.Cancelled;
    public List<OrderLine> Lines { get; set; } = [];
    public long Subtotal { get; set; }
    public DeliveryAddress DeliveryAddress { get; set; } = new();
    public List<StatusChange> History { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
}

public sealed class OrderLine
{
    public string Sku { get; set; } = "";
    public Guid ProductId { get; set; }
    public string ProductName { get; set; } = "";
    public string VariantName { get; set; } = "";
    public string Unit { get; set; } = "";
    public int Quantity { get; set; }
    public long UnitPrice { get; set; }
    public PriceSource PriceSource { get; set; }
    public long LineTotal { get; set; }
}

/// <summary>One transition of a cooperative order: who moved it, when, from what to what, and why.</summary>
public sealed record StatusChange(CooperativeOrderStatus? From, CooperativeOrderStatus To, DateTimeOffset At, Guid ByUserId,
    string ByRole, string? Reason);

/// <summary>A snapshot of where the goods go (copied from the buyer's address book when the order is placed).</summary>
public sealed class DeliveryAddress
{
    public string Recipient { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Line { get; set; } = "";
    private string commune = "";

    /// <summary>Optional in the input: null (sent, or stored by an older version) reads as "".</summary>
    public string Commune { get => commune; set => commune = value ?? ""; }
    public string ProvinceCode { get; set; } = "";
}
