using FluentValidation.Results;

namespace OcopMarket.Kernel;

/// <summary>An expected failure of a mutation, returned in its payload's userErrors (never thrown).</summary>
/// <param name="Code">VALIDATION, NOT_FOUND, FORBIDDEN, CONFLICT, OUT_OF_STOCK…</param>
/// <param name="Field">Path to the input field at fault, e.g. ["input", "lines", "2", "quantity"]; empty when none.</param>
public sealed record UserError(string Code, string Message, IReadOnlyList<string> Field)
{
    public static UserError Of(string code, string message, params string[] field) => new(code, message, field);

    /// <summary>FluentValidation failures as VALIDATION errors, with the property path split into the field path.</summary>
    public static IReadOnlyList<UserError> FromValidation(ValidationResult result, string root = "input") =>
        result.Errors.Select(e => new UserError(UserErrorCodes.Validation, e.ErrorMessage,
            [root, .. e.PropertyName.Replace("[", ".").Replace("]", "").Split('.', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Length > 0 ? char.ToLowerInvariant(p[0]) + p[1..] : p)])).ToList();
}

public static class UserErrorCodes
{
    public const string Validation = "VALIDATION";
    public const string NotFound = "NOT_FOUND";
    public const string Forbidden = "FORBIDDEN";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Conflict = "CONFLICT";
    public const string OutOfStock = "OUT_OF_STOCK";
    public const string InvalidTransition = "INVALID_TRANSITION";
}

/// <summary>Base of every mutation payload: the result fields plus userErrors.</summary>
public abstract class Payload
{
    public IReadOnlyList<UserError> UserErrors { get; init; } = [];
}
