using FluentValidation;

namespace OcopMarket.Ordering.Orders;

public sealed class PlaceOrderInput
{
    public string IdempotencyKey { get; set; } = "";
    /// <summary>The lines to order; null or empty when <see cref="FromCart"/>.</summary>
    public List<OrderLineInput>? Lines { get; set; }
    /// <summary>Order what the buyer's server cart holds (and empty it with the order).</summary>
    public bool? FromCart { get; set; }
    public DeliveryAddressInput? DeliveryAddress { get; set; }
    public string? Note { get; set; }
}

public sealed class OrderLineInput
{
    public string Sku { get; set; } = "";
    public int Quantity { get; set; }
}

public sealed class DeliveryAddressInput
{
    public string Recipient { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Line { get; set; } = "";
    public string Commune { get; set; } = "";
    public string ProvinceCode { get; set; } = "";
}

public sealed class PlaceOrderInputValidator : AbstractValidator<PlaceOrderInput>
{
    public const int MaxLines = 200;

    public PlaceOrderInputValidator(Cooperatives.Provinces.ProvinceDirectory provinces)
    {
        RuleFor(x => x.IdempotencyKey).NotEmpty().MaximumLength(100);
        When(x => x.FromCart == true, () =>
            RuleFor(x => x.Lines).Must(l => l == null || l.Count == 0)
                .WithMessage("Send either lines or fromCart: true, not both."));
        When(x => x.FromCart != true, () =>
        {
            RuleFor(x => x.Lines).NotEmpty().WithMessage("An order needs at least one line (or fromCart: true).")
                .Must(l => l == null || l.Count <= MaxLines).WithMessage($"An order has at most {MaxLines} lines.")
                .Must(l => l == null || l.Select(x => x.Sku.Trim().ToUpperInvariant()).Distinct().Count() == l.Count)
                .WithMessage("Each SKU may appear on one line only; add the quantities together.");
            RuleForEach(x => x.Lines).ChildRules(line =>
            {
                line.RuleFor(l => l.Sku).NotEmpty().MaximumLength(64);
                line.RuleFor(l => l.Quantity).GreaterThan(0).LessThanOrEqualTo(1_000_000);
            });
        });
        RuleFor(x => x.Note).MaximumLength(1000);
        When(x => x.DeliveryAddress != null, () =>
        {
            RuleFor(x => x.DeliveryAddress!.Recipient).NotEmpty().MaximumLength(200);
            RuleFor(x => x.DeliveryAddress!.Phone).NotEmpty().MaximumLength(30);
            RuleFor(x => x.DeliveryAddress!.Line).NotEmpty().MaximumLength(300);
            RuleFor(x => x.DeliveryAddress!.Commune).NotEmpty().MaximumLength(200);
            RuleFor(x => x.DeliveryAddress!.ProvinceCode).Must(provinces.Exists).WithMessage("Unknown province code.");
        });
    }
}
