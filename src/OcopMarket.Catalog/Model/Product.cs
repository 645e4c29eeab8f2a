namespace OcopMarket.Catalog.Model;

/// <summary>Decision 148/QĐ-TTg's six OCOP product groups.</summary>
public enum OcopGroup
{
    Food,        // I Thực phẩm
    Drinks,      // II Đồ uống
    Herbal,      // III Dược liệu
    Handicrafts, // IV Thủ công mỹ nghệ
    Ornamental,  // V Sinh vật cảnh
    Tourism      // VI Dịch vụ du lịch cộng đồng
}

public enum ProductStatus
{
    Draft,
    Published,
    Archived
}

/// <summary>A cooperative's product listing (a Marten document). Variants are embedded; stock lives in its own table.</summary>
internal sealed class Product
{
    public Guid Id { get; set; }
    public string Slug { get; set; } = "";
    public Guid CooperativeId { get; set; }
    public string Name { get; set; } = "";
    public string? NameEn { get; set; }
    public string Description { get; set; } = "";
    public string? DescriptionEn { get; set; }
    public OcopGroup Group { get; set; }
    public string Subgroup { get; set; } = "";
    public OcopCertificate? Certificate { get; set; }
    public string Origin { get; set; } = "";
    public List<string> ImageUrls { get; set; } = [];
    public List<string> Tags { get; set; } = [];
    public ProductStatus Status { get; set; } = ProductStatus.Draft;
    public List<ProductVariant> Variants { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>Optimistic concurrency: the revision an editor saw (Marten numeric revisions).</summary>
    public int Version { get; set; }
}

internal sealed class ProductVariant
{
    public string Sku { get; set; } = "";
    public string Name { get; set; } = "";
    public string? NameEn { get; set; }
    public string Unit { get; set; } = "";
    public int WeightGrams { get; set; }
    public long RetailPrice { get; set; }
    public List<PriceTier> Tiers { get; set; } = [];
    public int MinOrderQuantity { get; set; } = 1;
    public int OrderIncrement { get; set; } = 1;
}

/// <summary>From MinQuantity units on, each unit costs UnitPrice.</summary>
internal sealed record PriceTier(int MinQuantity, long UnitPrice);

/// <summary>An OCOP recognition decision. Level and issuer are data: the rules for who certifies changed in 2025.</summary>
internal sealed class OcopCertificate
{
    public int Stars { get; set; }
    public int? Score { get; set; }
    public string DecisionNumber { get; set; } = "";
    public string Issuer { get; set; } = "";
    /// <summary>District, Province or Central (ministry).</summary>
    public string Level { get; set; } = "";
    public DateOnly IssuedOn { get; set; }
    /// <summary>Verified by a platform admin against the decision.</summary>
    public bool Verified { get; set; }
    /// <summary>When the cooperative attached (or last changed) it: the alliance's queue serves the longest waiting first.</summary>
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>A certificate is valid for 36 months from signing.</summary>
    public const int ValidityMonths = 36;

    // A date in the last 36 months of the calendar (only ever a typo, refused by the rules) has no expiry to compute.
    public DateOnly ExpiresOn => IssuedOn > DateOnly.MaxValue.AddMonths(-ValidityMonths) ? DateOnly.MaxValue : IssuedOn.AddMonths(ValidityMonths);

    public bool IsValidOn(DateOnly day) => Verified && day < ExpiresOn && Stars is >= 3 and <= 5;
}
