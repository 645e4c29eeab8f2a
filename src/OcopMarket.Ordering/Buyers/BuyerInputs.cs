using FluentValidation;
using OcopMarket.Identity;

namespace OcopMarket.Ordering.Buyers;

public sealed class AddressInput
{
    private string label = "";

    /// <summary>Optional: an explicit null means no label, like leaving it out.</summary>
    public string Label { get => label; set => label = value ?? ""; }
    public string Recipient { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Line { get; set; } = "";
    public string Commune { get; set; } = "";
    public string ProvinceCode { get; set; } = "";
}

public sealed class RegisterBuyerInput
{
    public string Name { get; set; } = "";
    public string TaxCode { get; set; } = "";
    public List<AddressInput> Addresses { get; set; } = [];
    public AccountInput Member { get; set; } = new();
}

/// <summary>addBuyerAddress / updateBuyerAddress / removeBuyerAddress. BuyerId defaults to the member's own business.</summary>
public sealed class BuyerAddressChangeInput
{
    public string? BuyerId { get; set; }
    public string? AddressId { get; set; }
    public AddressInput? Address { get; set; }
    public bool? IsDefault { get; set; }
}

public sealed class AddressInputValidator : AbstractValidator<AddressInput>
{
    public AddressInputValidator(Cooperatives.Provinces.ProvinceDirectory provinces)
    {
        RuleFor(x => x.Label).MaximumLength(60);
        RuleFor(x => x.Recipient).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Phone).NotEmpty().Matches(@"^\+?[0-9 .-]{8,20}$").WithMessage("Phone must be 8–20 digits.");
        RuleFor(x => x.Line).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Commune).NotEmpty().MaximumLength(100);
        RuleFor(x => x.ProvinceCode).Must(provinces.Exists).WithMessage("Unknown province code (use the 2025 codes, e.g. 01 for Hà Nội).");
    }
}

public sealed class RegisterBuyerInputValidator : AbstractValidator<RegisterBuyerInput>
{
    public RegisterBuyerInputValidator(Cooperatives.Provinces.ProvinceDirectory provinces)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.TaxCode).Must(TaxCode.IsValid)
            .WithMessage("Mã số thuế must be 10 digits, or 10 digits, '-' and a 3-digit branch number (e.g. 0314409058-002), and its 10th digit must match the first nine: check for a typo.");
        RuleFor(x => x.Addresses).NotEmpty().WithMessage("Give at least one delivery address.")
            .Must(a => a.Count <= 20).WithMessage("At most 20 addresses.");
        RuleForEach(x => x.Addresses).SetValidator(new AddressInputValidator(provinces));
        RuleFor(x => x.Member).SetValidator(new AccountInputValidator());
    }
}
