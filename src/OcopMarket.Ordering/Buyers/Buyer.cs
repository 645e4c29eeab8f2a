namespace OcopMarket.Ordering.Buyers;

public enum BuyerStatus
{
    Registered,
    Verified,
    Suspended
}

/// <summary>A wholesale buyer business (shop, supermarket, restaurant, distributor): a tenant, with members as users.</summary>
internal sealed class Buyer
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Mã số thuế in its canonical form: 10 digits, or 10 + "-" + 3 for a branch (see <see cref="Buyers.TaxCode"/>).</summary>
    public string TaxCode { get; set; } = "";
    public List<BuyerAddress> Addresses { get; set; } = [];
    public BuyerStatus Status { get; set; } = BuyerStatus.Registered;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? VerifiedAt { get; set; }
    /// <summary>Why the alliance last verified or suspended it (see <see cref="StatusReasons"/>).</summary>
    public string? StatusReason { get; set; }
    public DateTimeOffset? StatusChangedAt { get; set; }
    public int Version { get; set; }

    /// <summary>Only a verified buyer may place orders.</summary>
    public bool CanOrder => Status == BuyerStatus.Verified;

    /// <summary>The address an order goes to when it names none.</summary>
    public BuyerAddress? DefaultAddress => Addresses.FirstOrDefault(a => a.IsDefault) ?? Addresses.FirstOrDefault();
}

public sealed class BuyerAddress
{
    public Guid Id { get; set; }
    public string Label { get; set; } = "";
    public string Recipient { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Line { get; set; } = "";
    public string Commune { get; set; } = "";
    /// <summary>Today's province code (2025).</summary>
    public string ProvinceCode { get; set; } = "";
    public bool IsDefault { get; set; }
}
