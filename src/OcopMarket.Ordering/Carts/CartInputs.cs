using FluentValidation;
using OcopMarket.Ordering.Orders;

namespace OcopMarket.Ordering.Carts;

/// <summary>MERGE sets the quantities of the lines sent and keeps the others; REPLACE makes the cart exactly the lines sent.</summary>
public enum CartLinesMode
{
    Merge,
    Replace
}

public sealed class SetCartLinesInput
{
    public List<OrderLineInput> Lines { get; set; } = [];
    public CartLinesMode Mode { get; set; } = CartLinesMode.Merge;
    /// <summary>The cart's version as the client last read it; a cart changed since is a CONFLICT. Null: no check.</summary>
    public int? ExpectedVersion { get; set; }
}

public sealed class SetCartLinesInputValidator : AbstractValidator<SetCartLinesInput>
{
    public SetCartLinesInputValidator()
    {
        RuleFor(x => x.Lines).Must(l => l.Count <= CartService.MaxLines)
            .WithMessage($"A cart has at most {CartService.MaxLines} lines.")
            .Must(l => l.Select(x => x.Sku.Trim().ToUpperInvariant()).Distinct().Count() == l.Count)
            .WithMessage("Each SKU may appear on one line only; add the quantities together.");
        RuleForEach(x => x.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Sku).Must(s => s.Trim().Length > 0).WithMessage("Give the SKU.").MaximumLength(64);
            line.RuleFor(l => l.Quantity).GreaterThanOrEqualTo(0).LessThanOrEqualTo(1_000_000)
                .WithMessage("Quantity is 0 (removes the line) to 1,000,000.");
        });
        RuleFor(x => x.ExpectedVersion).GreaterThanOrEqualTo(0);
    }
}
