using FluentValidation;
using OcopMarket.Cooperatives.Provinces;
using OcopMarket.Identity;

namespace OcopMarket.Cooperatives.Management;

public sealed class ContactsInput
{
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
}

public sealed class RegisterCooperativeInput
{
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public string RegistrationCode { get; set; } = "";
    public string ProvinceCode { get; set; } = "";
    public string? FormerProvinceCode { get; set; }
    public string Commune { get; set; } = "";
    public string Address { get; set; } = "";
    public int? FoundedYear { get; set; }
    public int MemberCount { get; set; }
    public string Story { get; set; } = "";
    public ContactsInput? Contacts { get; set; }
    public AccountInput Manager { get; set; } = new();
}

/// <summary>Storefront and profile fields a manager edits; a null field keeps its value, an empty URL removes it.</summary>
public sealed class UpdateStorefrontInput
{
    public string CooperativeId { get; set; } = "";
    public int ExpectedVersion { get; set; }
    public string? Tagline { get; set; }
    public string? BannerUrl { get; set; }
    public List<string>? FeaturedProductSlugs { get; set; }
    public string? Story { get; set; }
    public string? StoryEn { get; set; }
    public string? LogoUrl { get; set; }
    public ContactsInput? Contacts { get; set; }
}

public static class Rules
{
    public const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public static bool IsHttpUrl(string? url) =>
        url == null || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps));
}

public sealed class ContactsInputValidator : AbstractValidator<ContactsInput>
{
    public ContactsInputValidator()
    {
        RuleFor(x => x.Phone).MaximumLength(30);
        RuleFor(x => x.Email).EmailAddress().MaximumLength(200).When(x => !string.IsNullOrEmpty(x.Email));
        RuleFor(x => x.Website).Must(Rules.IsHttpUrl).WithMessage("Website must be an http(s) URL.").MaximumLength(300);
    }
}

public sealed class RegisterCooperativeInputValidator : AbstractValidator<RegisterCooperativeInput>
{
    public RegisterCooperativeInputValidator(ProvinceDirectory provinces, TimeProvider clock)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Slug).NotEmpty().MaximumLength(80).Matches(Rules.SlugPattern)
            .WithMessage("Slug must be lower-case letters and digits separated by single hyphens, e.g. htx-gom-su-tan-thinh.");
        RuleFor(x => x.RegistrationCode).NotEmpty().MaximumLength(30);
        RuleFor(x => x.ProvinceCode).Must(provinces.Exists).WithMessage("Unknown province code (use the 2025 codes).");
        RuleFor(x => x.Commune).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Address).NotEmpty().MaximumLength(300);
        RuleFor(x => x.FoundedYear).Must(y => y is null || y >= 1945 && y <= VietnamClock.Today(clock).Year).WithMessage("Founded year must be between 1945 and this year.");
        RuleFor(x => x.MemberCount).InclusiveBetween(0, 1_000_000);
        RuleFor(x => x.Story).MaximumLength(5000);
        RuleFor(x => x.Contacts!).SetValidator(new ContactsInputValidator()).When(x => x.Contacts != null);
        RuleFor(x => x.Manager).SetValidator(new AccountInputValidator());
    }
}

public sealed class UpdateStorefrontInputValidator : AbstractValidator<UpdateStorefrontInput>
{
    public UpdateStorefrontInputValidator()
    {
        RuleFor(x => x.ExpectedVersion).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Tagline).MaximumLength(160);
        // An empty string removes the banner or logo.
        RuleFor(x => x.BannerUrl).Must(u => string.IsNullOrWhiteSpace(u) || Rules.IsHttpUrl(u.Trim())).WithMessage("Banner URL must be http(s).").MaximumLength(500);
        RuleFor(x => x.LogoUrl).Must(u => string.IsNullOrWhiteSpace(u) || Rules.IsHttpUrl(u.Trim())).WithMessage("Logo URL must be http(s).").MaximumLength(500);
        RuleFor(x => x.FeaturedProductSlugs).Must(s => s == null || s.Count <= 12).WithMessage("At most 12 featured products.");
        RuleForEach(x => x.FeaturedProductSlugs).Matches(Rules.SlugPattern).WithMessage("Not a product slug.");
        RuleFor(x => x.Story).MaximumLength(5000);
        RuleFor(x => x.StoryEn).MaximumLength(5000);
        RuleFor(x => x.Contacts!).SetValidator(new ContactsInputValidator()).When(x => x.Contacts != null);
    }
}
