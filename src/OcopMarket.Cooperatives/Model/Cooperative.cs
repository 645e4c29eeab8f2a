namespace OcopMarket.Cooperatives.Model;

public enum CooperativeStatus
{
    Unverified,
    Verified,
    Suspended
}

/// <summary>An agricultural cooperative (hợp tác xã, HTX): the seller, and a tenant of the platform.</summary>
internal sealed class Cooperative
{
    public Guid Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>Business registration code of the cooperative.</summary>
    public string RegistrationCode { get; set; } = "";
    /// <summary>Today's province (2025 codes).</summary>
    public string ProvinceCode { get; set; } = "";
    /// <summary>The province before the 2025 merger, where it changed (labels and buyers still use it).</summary>
    public string? FormerProvinceCode { get; set; }
    public string Commune { get; set; } = "";
    public string Address { get; set; } = "";
    public int? FoundedYear { get; set; }
    public int MemberCount { get; set; }
    public string Story { get; set; } = "";
    public string? StoryEn { get; set; }
    public CooperativeContacts Contacts { get; set; } = new();
    public string? LogoUrl { get; set; }
    public CooperativeStatus Status { get; set; } = CooperativeStatus.Unverified;
    /// <summary>Why the alliance last verified or suspended it (see <see cref="StatusReasons"/>).</summary>
    public string? StatusReason { get; set; }
    public DateTimeOffset? StatusChangedAt { get; set; }
    public Storefront Storefront { get; set; } = new();
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }

    /// <summary>
    /// Only a verified cooperative sells in the public catalog: an unverified one has not been checked by the alliance
    /// yet, and a suspended one's products disappear.
    /// </summary>
    public bool IsActive => Status == CooperativeStatus.Verified;
}

internal sealed class CooperativeContacts
{
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
}

internal sealed class Storefront
{
    public string? Tagline { get; set; }
    public string? BannerUrl { get; set; }
    public List<string> FeaturedProductSlugs { get; set; } = [];
}
