using OcopMarket.Catalog;
using OcopMarket.Catalog.Management;
using OcopMarket.Catalog.Model;
using OcopMarket.Cooperatives.Provinces;
using OcopMarket.Catalog.Search;
using OcopMarket.Cooperatives.Model;

namespace OcopMarket.Bench.Generation;

/// <summary>A generated catalog: the cooperatives and the products (as seeds, the shape seed/products.json uses).</summary>
internal sealed record SyntheticCatalog(int Size, List<Cooperative> Cooperatives, List<ProductSeed> Products)
{
    /// <summary>Slugs of the products the public catalog lists (published, verified cooperative).</summary>
    public IReadOnlyList<string> ListedSlugs { get; } = ListedOf(Cooperatives, Products);

    public int VariantCount => Products.Sum(p => p.Variants.Count);

    private static List<string> ListedOf(List<Cooperative> cooperatives, List<ProductSeed> products)
    {
        var active = cooperatives.Where(c => c.IsActive).Select(c => c.Slug).ToHashSet();
        return products.Where(p => p.Status == ProductStatus.Published && active.Contains(p.CooperativeSlug)).Select(p => p.Slug).ToList();
    }
}

/// <summary>
/// Deterministic synthetic catalog of any size: the same size and seed always give the same data (ids, slugs, prices,
/// dates), so runs are comparable and a loaded schema can be reused. About N/40 cooperatives across all 34 provinces
/// (some in a former province), products over the six OCOP groups and 3–5 stars (some uncertified, some expired),
/// 2–3 variants each with price tiers and stock.
/// </summary>
internal static class CatalogGenerator
{
    public const int Version = 1; // bump when the generated data changes, so loaded schemas are rebuilt
    public static readonly DateTimeOffset Anchor = new(2026, 10, 1, 8, 0, 0, TimeSpan.FromHours(7));

    public static SyntheticCatalog Generate(int size, ProvinceDirectory provinces, int seed = 20251)
    {
        var random = new Random(seed);
        var cooperatives = Enumerable.Range(0, Math.Max(1, size / 40)).Select(i => NewCooperative(random, i, provinces)).ToList();
        var products = new List<ProductSeed>(size);
        for (var i = 0; i < size; i++) products.Add(NewProduct(random, i, cooperatives[random.Next(cooperatives.Count)], provinces));
        return new SyntheticCatalog(size, cooperatives, products);
    }

    private static Cooperative NewCooperative(Random random, int i, ProvinceDirectory provinces)
    {
        var province = provinces.All[random.Next(provinces.All.Count)];
        var former = province.FormerProvinces.Count > 0 && random.Next(2) == 0
            ? province.FormerProvinces[random.Next(province.FormerProvinces.Count)] : null;
        var place = Pick(random, WordLists.Places);
        var trade = Pick(random, WordLists.CooperativeTrades);
        var name = $"Hợp tác xã {trade} {place}";
        var slug = $"{Slug(name)}-{i + 1}";
        var commune = $"Xã {Pick(random, WordLists.Places)}";
        var regionName = former?.Name ?? province.Name;
        return new Cooperative
        {
            Id = StableIds.From("cooperative", slug),
            Slug = slug,
            Name = name,
            RegistrationCode = random.NextInt64(1_000_000_000, 9_999_999_999).ToString(),
            ProvinceCode = province.Code,
            FormerProvinceCode = former?.Code,
            Commune = commune,
            Address = $"Thôn {Pick(random, WordLists.Places)}, {commune.ToLowerInvariant()}, {province.Name}",
            FoundedYear = 1995 + random.Next(30),
            MemberCount = 7 + random.Next(200),
            Story = $"{name} được thành lập bởi các hộ sản xuất lâu năm ở {regionName}, làm ra sản phẩm {Pick(random, WordLists.Adjectives)} "
                    + $"theo cách {Pick(random, WordLists.Adjectives)} của quê hương.",
            Contacts = new CooperativeContacts { Phone = $"0900 {random.Next(1000):000} {random.Next(1000):000}", Email = $"lienhe@{slug}.example" },
            LogoUrl = $"https://img.ocop.example/coops/{slug}/logo.png",
            // One in fifty is not verified yet: its products exist but are not listed.
            Status = random.Next(50) == 0 ? CooperativeStatus.Unverified : CooperativeStatus.Verified,
            Storefront = new Storefront { Tagline = $"{trade} {place} – {Pick(random, WordLists.Adjectives)}" },
            CreatedAt = Anchor.AddDays(-random.Next(2000)),
        };
    }

    private static ProductSeed NewProduct(Random random, int i, Cooperative cooperative, ProvinceDirectory provinces)
    {
        var group = PickGroup(random);
        var kinds = WordLists.Kinds.Where(k => k.Group == group).ToArray();
        var kind = Pick(random, kinds);
        var brand = Pick(random, WordLists.Places);
        var name = $"{kind.Base} {Pick(random, kind.Qualifiers)} {brand}";
        var slug = $"{Slug(name)}-{i + 1}";
        var province = provinces.Find(cooperative.ProvinceCode)!;
        var origin = $"{cooperative.Commune}, {province.Name}";
        var adjective = Pick(random, WordLists.Adjectives);

        var roll = random.Next(100);
        var status = roll < 2 ? ProductStatus.Draft : roll < 4 ? ProductStatus.Archived : ProductStatus.Published;
        return new ProductSeed
        {
            Slug = slug,
            CooperativeSlug = cooperative.Slug,
            Name = name,
            NameEn = random.Next(3) == 0 ? null : $"{brand} {kind.Subgroup.Replace('_', ' ')}",
            Description = $"{name} do {cooperative.Name} sản xuất tại {origin}, hương vị {adjective}, "
                          + $"đóng gói {kind.Pack.UnitName.ToLowerInvariant()} tiện lợi, được kiểm soát chất lượng theo tiêu chuẩn OCOP.",
            Group = group,
            Subgroup = kind.Subgroup,
            Certificate = Certificate(random, province.Name),
            Origin = origin,
            ImageUrls = [$"https://img.ocop.example/products/{slug}/1.jpg"],
            Tags = [kind.Base.ToLowerInvariant(), Pick(random, WordLists.Tags), Pick(random, WordLists.Tags)],
            Status = status,
            PublishedAt = status == ProductStatus.Draft ? null : Anchor.AddSeconds(-random.Next(3 * 365 * 24 * 3600)),
            Variants = Variants(random, i, kind),
        };
    }

    private static OcopCertificate? Certificate(Random random, string provinceName)
    {
        if (random.Next(100) < 15) return null; // 15% not certified
        var starsRoll = random.Next(100);
        var stars = starsRoll < 50 ? 3 : starsRoll < 85 ? 4 : 5;
        // Nine in ten issued in the last 34 months (valid); the rest 37–48 months ago (expired).
        var monthsAgo = random.Next(10) == 0 ? 37 + random.Next(12) : random.Next(34);
        var issued = DateOnly.FromDateTime(Anchor.Date).AddMonths(-monthsAgo).AddDays(-random.Next(28));
        var central = stars == 5;
        return new OcopCertificate
        {
            Stars = stars,
            Score = stars switch { 3 => 50 + random.Next(20), 4 => 70 + random.Next(20), _ => 90 + random.Next(11) },
            DecisionNumber = central ? $"Quyết định số {100 + random.Next(4000)}/QĐ-BNNMT" : $"Quyết định số {100 + random.Next(4000)}/QĐ-UBND",
            Issuer = central ? "Bộ Nông nghiệp và Môi trường" : $"Ủy ban nhân dân {provinceName}",
            Level = central ? "Central" : "Province",
            IssuedOn = issued,
            Verified = random.Next(20) != 0,
        };
    }

    private static List<VariantSeed> Variants(Random random, int i, ProductKind kind)
    {
        var price = RoundPrice(kind.MinPrice + (long)(random.NextDouble() * (kind.MaxPrice - kind.MinPrice)));
        var outOfStock = random.Next(25) == 0; // 4% of products sold out
        var pack = kind.Pack;
        var variants = new List<VariantSeed>
        {
            Variant(random, $"B-{i + 1:D6}-1", pack.UnitName, pack.Unit, pack.WeightGrams, price, 1, 1, outOfStock),
            Variant(random, $"B-{i + 1:D6}-2", pack.CaseName, pack.Unit, pack.WeightGrams * pack.CaseSize,
                RoundPrice(price * pack.CaseSize * 92 / 100), 1, 1, outOfStock),
        };
        if (random.Next(2) == 0)
        {
            // A wholesale-only variant: minimum ten cases, ordered in steps of five.
            variants.Add(Variant(random, $"B-{i + 1:D6}-3", $"Sỉ {pack.CaseName.ToLowerInvariant()}", pack.Unit,
                pack.WeightGrams * pack.CaseSize, RoundPrice(price * pack.CaseSize * 88 / 100), 10, 5, outOfStock));
        }
        return variants;
    }

    private static VariantSeed Variant(Random random, string sku, string name, string unit, int weight, long price, int min, int step,
        bool outOfStock) => new()
    {
        Sku = sku,
        Name = name,
        Unit = unit,
        WeightGrams = weight,
        RetailPrice = price,
        PriceTiers =
        [
            new PriceTierInput { MinQuantity = min * 10, UnitPrice = RoundPrice(price * 95 / 100) },
            new PriceTierInput { MinQuantity = min * 50, UnitPrice = RoundPrice(price * 90 / 100) }
        ],
        MinOrderQuantity = min,
        OrderIncrement = step,
        Stock = outOfStock ? 0 : random.Next(1, 500),
    };

    private static OcopGroup PickGroup(Random random)
    {
        var roll = random.Next(WordLists.GroupWeights.Sum(g => g.Weight));
        foreach (var (group, weight) in WordLists.GroupWeights)
        {
            if (roll < weight) return group;
            roll -= weight;
        }
        return OcopGroup.Food;
    }

    private static long RoundPrice(long price) => Math.Max(1_000, price / 1_000 * 1_000);

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Slug(string name) => VietnameseText.Fold(name).Replace(' ', '-');
}
