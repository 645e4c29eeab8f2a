using OcopMarket.Catalog.Model;

namespace OcopMarket.Catalog.Management;

public sealed class PriceTierInput
{
    public int MinQuantity { get; set; }
    public long UnitPrice { get; set; }
}

public class VariantInput
{
    public string Sku { get; set; } = "";
    public string Name { get; set; } = "";
    public string? NameEn { get; set; }
    public string Unit { get; set; } = "";
    public int WeightGrams { get; set; }
    public long RetailPrice { get; set; }
    public List<PriceTierInput> PriceTiers { get; set; } = [];
    public int MinOrderQuantity { get; set; } = 1;
    public int OrderIncrement { get; set; } = 1;

    internal ProductVariant ToVariant() => new()
    {
        Sku = Sku.Trim(), Name = Name.Trim(), NameEn = NameEn?.Trim(), Unit = Unit.Trim(), WeightGrams = WeightGrams,
        RetailPrice = RetailPrice, Tiers = (PriceTiers ?? []).Select(t => new PriceTier(t.MinQuantity, t.UnitPrice)).ToList(),
        MinOrderQuantity = MinOrderQuantity, OrderIncrement = OrderIncrement
    };
}

/// <summary>
/// The editable fields of a listing. createProduct needs the required ones; updateProduct replaces only the fields it is
/// given (null keeps the value; variants, when given, replace the whole list).
/// </summary>
public class ProductFieldsInput
{
    public string? Slug { get; set; }
    public string? Name { get; set; }
    public string? NameEn { get; set; }
    public string? Description { get; set; }
    public string? DescriptionEn { get; set; }
    public OcopGroup? Group { get; set; }
    public string? Subgroup { get; set; }
    public string? Origin { get; set; }
    public List<string>? ImageUrls { get; set; }
    public List<string>? Tags { get; set; }
    public List<VariantInput>? Variants { get; set; }

    /// <summary>Copies the given fields onto the product.</summary>
    internal void ApplyTo(Product product)
    {
        if (Slug != null) product.Slug = Slug.Trim();
        if (Name != null) product.Name = Name.Trim();
        if (NameEn != null) product.NameEn = NameEn.Trim();
        if (Description != null) product.Description = Description.Trim();
        if (DescriptionEn != null) product.DescriptionEn = DescriptionEn.Trim();
        if (Group != null) product.Group = Group.Value;
        if (Subgroup != null) product.Subgroup = Subgroup.Trim();
        if (Origin != null) product.Origin = Origin.Trim();
        // A null in the list is kept as "" so that the rules report it at its index (input.imageUrls.N).
        if (ImageUrls != null) product.ImageUrls = ImageUrls.Select(u => u?.Trim() ?? "").ToList();
        if (Tags != null) product.Tags = Tags.Select(t => t?.Trim() ?? "").Where(t => t.Length > 0).Distinct().ToList();
        if (Variants != null) product.Variants = Variants.Select(v => v.ToVariant()).ToList();
    }
}

public sealed class CreateProductInput : ProductFieldsInput
{
    /// <summary>Global id; a manager may leave it out (their own cooperative), an admin must give it.</summary>
    public string? CooperativeId { get; set; }
}

public sealed class UpdateProductInput : ProductFieldsInput
{
    public string ProductId { get; set; } = "";
    public int ExpectedVersion { get; set; }
}

public sealed class CertificateInput
{
    public string ProductId { get; set; } = "";
    public int Stars { get; set; }
    public int? Score { get; set; }
    public string DecisionNumber { get; set; } = "";
    public string Issuer { get; set; } = "";
    public string Level { get; set; } = "";
    public DateOnly IssuedOn { get; set; }

    internal OcopCertificate ToCertificate() => new()
    {
        Stars = Stars, Score = Score, DecisionNumber = DecisionNumber.Trim(), Issuer = Issuer.Trim(), Level = Level.Trim(),
        IssuedOn = IssuedOn, Verified = false
    };
}

public sealed class SetStockInput
{
    public string Sku { get; set; } = "";
    public int OnHand { get; set; }
}
