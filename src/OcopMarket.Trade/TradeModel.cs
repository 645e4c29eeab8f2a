using OcopMarket.Catalog.Model;

namespace OcopMarket.Trade;

public enum DemandRequestStatus
{
    /// <summary>Open for quotes until it expires or the buyer decides.</summary>
    Open,
    /// <summary>The buyer accepted one or more quotes; the rest were declined.</summary>
    Accepted,
    /// <summary>The buyer withdrew it.</summary>
    Withdrawn
}

/// <summary>What a buyer needs: cooperatives that make this kind of product see it and may quote.</summary>
internal sealed class DemandRequest
{
    public Guid Id { get; set; }
    public Guid BuyerId { get; set; }
    public string BuyerName { get; set; } = "";
    public Guid CreatedByUserId { get; set; }
    public string Description { get; set; } = "";
    public OcopGroup Group { get; set; }
    /// <summary>A specific product the buyer has in mind, if any.</summary>
    public Guid? ProductId { get; set; }
    public int Quantity { get; set; }
    public string Unit { get; set; } = "";
    public long? TargetUnitPrice { get; set; }
    public string DeliveryProvinceCode { get; set; } = "";
    /// <summary>Only cooperatives in the delivery province are matched.</summary>
    public bool SameProvinceOnly { get; set; }
    public DateOnly NeededBy { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DemandRequestStatus Status { get; set; } = DemandRequestStatus.Open;
    public Guid? PurchaseOrderId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public bool IsOpenAt(DateTimeOffset now) => Status == DemandRequestStatus.Open && now < ExpiresAt;
}

public enum QuoteStatus
{
    Active,
    Accepted,
    Declined
}

/// <summary>A cooperative's answer to a demand request: a price for one of its own SKUs.</summary>
internal sealed class Quote
{
    public Guid Id { get; set; }
    public Guid RequestId { get; set; }
    public Guid BuyerId { get; set; }
    public Guid CooperativeId { get; set; }
    public string Sku { get; set; } = "";
    public long UnitPrice { get; set; }
    public int Quantity { get; set; }
    public DateOnly DeliveryDate { get; set; }
    public DateTimeOffset ValidUntil { get; set; }
    public string? Note { get; set; }
    public QuoteStatus Status { get; set; } = QuoteStatus.Active;
    /// <summary>1 for the first offer, +1 for each revision.</summary>
    public int Revision { get; set; } = 1;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsValidAt(DateTimeOffset now) => Status == QuoteStatus.Active && now < ValidUntil;
}

public enum AgreementStatus
{
    Proposed,
    Active,
    Declined
}

/// <summary>
/// A standing price agreed between a buyer and a cooperative for one SKU over a period: the buyer's orders for it in
/// that period use this price instead of the public tiers. Proposed by the cooperative, accepted by the buyer.
/// </summary>
internal sealed class SupplyAgreement
{
    public Guid Id { get; set; }
    public Guid BuyerId { get; set; }
    public Guid CooperativeId { get; set; }
    public string Sku { get; set; } = "";
    public long UnitPrice { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidTo { get; set; }
    public AgreementStatus Status { get; set; } = AgreementStatus.Proposed;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }

    public bool AppliesOn(DateOnly day) => Status == AgreementStatus.Active && day >= ValidFrom && day <= ValidTo;
}
