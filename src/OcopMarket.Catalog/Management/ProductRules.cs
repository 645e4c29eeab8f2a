using FluentValidation;
using OcopMarket.Catalog.Model;
using OcopMarket.Cooperatives.Management;

namespace OcopMarket.Catalog.Management;

/// <summary>Wholesale price breaks must read as a staircase: more units, same or lower unit price.</summary>
internal static class TierRules
{
    /// <summary>Null when the tiers are in strictly increasing quantity and non-increasing price; else why not.</summary>
    public static string? Check(IReadOnlyList<PriceTier> tiers)
    {
        for (var i = 1; i < tiers.Count; i++)
        {
            if (tiers[i].MinQuantity <= tiers[i - 1].MinQuantity)
                return $"Tier {i + 1}: minQuantity must be greater than the tier before ({tiers[i - 1].MinQuantity}).";
            if (tiers[i].UnitPrice > tiers[i - 1].UnitPrice)
                return $"Tier {i + 1}: unitPrice must not be higher than the tier before ({tiers[i - 1].UnitPrice}).";
        }
        return null;
    }
}

/// <summary>
/// The rules of a listing, checked on the product as it would be stored, so createProduct, updateProduct and the CSV
/// import share them. Property paths match the input's field names (variants[0].priceTiers[1].unitPrice).
/// </summary>
internal sealed class ProductValidator : AbstractValidator<Product>
{
    public const string SkuPattern = "^[A-Za-z0-9][A-Za-z0-9._-]*$";

    public ProductValidator()
    {
        RuleFor(x => x.Slug).NotEmpty().MaximumLength(80).Matches(Rules.SlugPattern)
            .WithMessage("Slug must be lower-case letters and digits separated by single hyphens, e.g. nuoc-mam-cat-hai.");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.NameEn).MaximumLength(200);
        RuleFor(x => x.Description).MaximumLength(5000);
        RuleFor(x => x.DescriptionEn).MaximumLength(5000);
        RuleFor(x => x.Group).IsInEnum();
        RuleFor(x => x.Subgroup).MaximumLength(80);
        RuleFor(x => x.Origin).MaximumLength(200);
        RuleFor(x => x.ImageUrls).Must(u => u.Count <= 10).WithMessage("At most 10 images.");
        RuleForEach(x => x.ImageUrls).NotEmpty().WithMessage("An image URL must not be empty or null.").MaximumLength(500).Must(u => Rules.IsHttpUrl(u))
            .WithMessage("Image URLs must be absolute http:// or https:// URLs.");
        RuleFor(x => x.Tags).Must(t => t.Count <= 20).WithMessage("At most 20 tags.");
        RuleForEach(x => x.Tags).MaximumLength(40);
        RuleFor(x => x.Variants).NotEmpty().WithMessage("A product needs at least one variant.")
            .Must(v => v.Count <= 50).WithMessage("At most 50 variants.")
            .Must(v => v.Select(x => x.Sku).Distinct(StringComparer.OrdinalIgnoreCase).Count() == v.Count)
            .WithMessage("Each variant needs its own SKU.");
        RuleForEach(x => x.Variants).SetValidator(new VariantValidator());
    }
}

internal sealed class VariantValidator : AbstractValidator<ProductVariant>
{
    public VariantValidator()
    {
        RuleFor(x => x.Sku).NotEmpty().MaximumLength(64).Matches(ProductValidator.SkuPattern)
            .WithMessage("SKU must be letters, digits, '.', '_' or '-', starting with a letter or digit.");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.NameEn).MaximumLength(100);
        RuleFor(x => x.Unit).NotEmpty().MaximumLength(30);
        RuleFor(x => x.WeightGrams).InclusiveBetween(0, 1_000_000);
        RuleFor(x => x.RetailPrice).Must(Money.IsValidUnitPrice).WithMessage(Money.UnitPriceMessage);
        RuleFor(x => x.MinOrderQuantity).GreaterThanOrEqualTo(1).WithMessage("Minimum order quantity must be at least 1.");
        RuleFor(x => x.OrderIncrement).GreaterThanOrEqualTo(1).WithMessage("Order increment (case pack) must be at least 1.");
        RuleFor(x => x.Tiers).Must(t => t.Count <= 10).WithMessage("At most 10 price tiers.")
            .Must(t => TierRules.Check(t) == null).WithMessage((_, t) => TierRules.Check(t)!)
            .OverridePropertyName("priceTiers");
        RuleForEach(x => x.Tiers).ChildRules(tier =>
        {
            tier.RuleFor(t => t.MinQuantity).GreaterThanOrEqualTo(1);
            tier.RuleFor(t => t.UnitPrice).Must(Money.IsValidUnitPrice).WithMessage(Money.UnitPriceMessage);
        }).OverridePropertyName("priceTiers");
    }
}

internal sealed class CertificateValidator : AbstractValidator<OcopCertificate>
{
    public static readonly string[] Levels = ["District", "Province", "Central"];

    public CertificateValidator(TimeProvider clock)
    {
        RuleFor(x => x.Stars).InclusiveBetween(3, 5).WithMessage("Only 3 to 5 stars are OCOP-certified.");
        RuleFor(x => x.Score).InclusiveBetween(0, 100);
        RuleFor(x => x.DecisionNumber).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Issuer).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Level).Must(l => Levels.Contains(l)).WithMessage("Level must be District, Province or Central.");
        RuleFor(x => x.IssuedOn).Must(d => d <= VietnamClock.Today(clock)).WithMessage("The decision cannot be signed in the future.")
            .Must(d => d.Year >= 2018).WithMessage("OCOP decisions date from 2018 on.");
        // The expiry is computed (issuedOn + 36 months), so it always follows the issue date; the rule states the contract.
        RuleFor(x => x.ExpiresOn).GreaterThan(x => x.IssuedOn).WithMessage("Expiry must be after the issue date.");
    }
}
