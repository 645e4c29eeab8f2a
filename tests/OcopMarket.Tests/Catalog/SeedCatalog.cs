using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OcopMarket.Tests.Support;

namespace OcopMarket.Tests.Catalog;

public sealed record SeedVariant(string Sku, long RetailPrice, int Stock, IReadOnlyList<(int MinQuantity, long UnitPrice)> Tiers);

public sealed record SeedCooperative(string Slug, string Name, string Status, string ProvinceCode, string? FormerProvinceCode,
    IReadOnlyList<string> FeaturedProductSlugs)
{
    public bool Verified => Status == "Verified";
}

public sealed record SeedProduct(
    string Slug, string Name, string Description, IReadOnlyList<string> Tags, string Group, string Status,
    DateTimeOffset? PublishedAt, int? Stars, DateOnly? IssuedOn, bool CertificateVerified, IReadOnlyList<SeedVariant> Variants,
    SeedCooperative Cooperative)
{
    public bool Listed => Status == "Published" && Cooperative.Verified;

    /// <summary>Verified certificate, issuedOn + 36 months still ahead in Vietnam: what issue 3 calls certified.</summary>
    public bool Certified => Stars != null && CertificateVerified && IssuedOn!.Value.AddMonths(36) > SeedCatalog.VietnamToday;

    /// <summary>Stars that count (valid certificate only), else 0.</summary>
    public int ValidStars => Certified ? Stars!.Value : 0;

    public long MinPrice => Variants.Min(v => v.RetailPrice);
    public bool InStock => Variants.Any(v => v.Stock > 0);
    public string GraphQLGroup => Group.ToUpperInvariant();
}

/// <summary>
/// The seed catalog read straight from seed/*.json, with the listing rules of issue 3 applied here, independently of the
/// application's code, so the tests compute what the API should return rather than hard-coding counts.
/// </summary>
public sealed class SeedCatalog
{
    public static DateOnly VietnamToday => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    public static SeedCatalog Instance { get; } = Load();

    public IReadOnlyList<SeedCooperative> Cooperatives { get; private init; } = [];
    public IReadOnlyList<SeedProduct> Products { get; private init; } = [];
    public JsonArray Provinces { get; private init; } = [];

    public IEnumerable<SeedProduct> Listed => Products.Where(p => p.Listed);

    public SeedProduct Product(string slug) => Products.Single(p => p.Slug == slug);

    private static SeedCatalog Load()
    {
        var dir = Path.Combine(RepoRoot.Path, "seed");
        JsonArray Read(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(dir, file)))!.AsArray();

        var cooperatives = Read("cooperatives.json").Select(c => new SeedCooperative(
            (string)c!["slug"]!, (string)c["name"]!, (string)c["status"]!, (string)c["provinceCode"]!, (string?)c["formerProvinceCode"],
            c["storefront"]?["featuredProductSlugs"]?.AsArray().Select(s => (string)s!).ToList() ?? [])).ToList();
        var bySlug = cooperatives.ToDictionary(c => c.Slug);

        var products = Read("products.json").Select(p =>
        {
            var certificate = p!["certificate"];
            return new SeedProduct(
                (string)p["slug"]!, (string)p["name"]!, (string?)p["description"] ?? "",
                p["tags"]?.AsArray().Select(t => (string)t!).ToList() ?? [],
                (string)p["group"]!, (string)p["status"]!,
                p["publishedAt"] is { } published ? DateTimeOffset.Parse((string)published!, CultureInfo.InvariantCulture) : null,
                (int?)certificate?["stars"],
                certificate?["issuedOn"] is { } issued ? DateOnly.Parse((string)issued!, CultureInfo.InvariantCulture) : null,
                (bool?)certificate?["verified"] == true,
                p["variants"]!.AsArray().Select(v => new SeedVariant((string)v!["sku"]!, (long)v["retailPrice"]!, (int?)v["stock"] ?? 0,
                    v["priceTiers"]?.AsArray().Select(t => ((int)t!["minQuantity"]!, (long)t["unitPrice"]!)).ToList() ?? [])).ToList(),
                bySlug[(string)p["cooperativeSlug"]!]);
        }).ToList();

        return new SeedCatalog { Cooperatives = cooperatives, Products = products, Provinces = Read("provinces.json") };
    }

    /// <summary>Lower-case, diacritics stripped, đ→d: how a reader who types without accents sees a name.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
