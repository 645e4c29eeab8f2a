using Marten;
using OcopMarket.Catalog.Management;
using OcopMarket.Catalog.Model;
using OcopMarket.Cooperatives;
using OcopMarket.Kernel.Seeding;

namespace OcopMarket.Catalog;

/// <summary>Loads seed/products.json for the seeded cooperatives; adds only what is missing (by slug), so reruns add nothing.</summary>
internal sealed class CatalogSeeder(CatalogWriter writer, CooperativeDirectory cooperatives, TimeProvider clock) : ISeeder
{
    public int Order => 10;

    public async Task SeedAsync(SeedFiles files, CancellationToken ct)
    {
        var session = writer.Session;
        var products = await files.ReadAsync<List<ProductSeed>>("products.json", ct);
        // The cooperatives' seeder ran first (Order 5) in this unit of work's scope.
        var existingCooperatives = await cooperatives.AllBySlugAsync(ct);

        var existingProducts = (await session.Query<Product>().Select(p => p.Slug).ToListAsync(ct)).ToHashSet();
        foreach (var seed in products.Where(p => !existingProducts.Contains(p.Slug)))
        {
            var cooperative = existingCooperatives[seed.CooperativeSlug];
            var product = seed.ToProduct(cooperative.Id, clock.GetUtcNow());
            writer.Save(product, cooperative);
            foreach (var variant in seed.Variants) writer.QueueSetOnHand(variant.Sku, product.Id, variant.Stock);
        }
        await session.SaveChangesAsync(ct);
    }
}

/// <summary>A product as written in seed/products.json (and by the synthetic catalog generator).</summary>
internal sealed class ProductSeed
{
    public string Slug { get; set; } = "";
    public string CooperativeSlug { get; set; } = "";
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
    public ProductStatus Status { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public List<VariantSeed> Variants { get; set; } = [];

    public Product ToProduct(Guid cooperativeId, DateTimeOffset now) => new()
    {
        Id = StableIds.From("product", Slug),
        Slug = Slug,
        CooperativeId = cooperativeId,
        Name = Name,
        NameEn = NameEn,
        Description = Description,
        DescriptionEn = DescriptionEn,
        Group = Group,
        Subgroup = Subgroup,
        Certificate = Certificate,
        Origin = Origin,
        ImageUrls = ImageUrls,
        Tags = Tags,
        Status = Status,
        PublishedAt = PublishedAt,
        CreatedAt = PublishedAt ?? now,
        Variants = Variants.Select(v => v.ToVariant()).ToList()
    };
}

/// <summary>A variant as written in seed/products.json: the createProduct input's shape, plus the stock on hand.</summary>
public sealed class VariantSeed : VariantInput
{
    public int Stock { get; set; }
}
