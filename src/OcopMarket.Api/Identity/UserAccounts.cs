using FluentValidation;
using Marten;
using OcopMarket.Identity.Model;
using OcopMarket.Infrastructure.GraphQL;

namespace OcopMarket.Identity;

/// <summary>The account details a registration form carries (registerCooperative's manager, registerBuyer's member).</summary>
public sealed class AccountInput
{
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
    public string DisplayName { get; set; } = "";
}

public sealed class AccountInputValidator : AbstractValidator<AccountInput>
{
    public AccountInputValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(200).EmailAddress();
        RuleFor(x => x.Password).NotEmpty().MinimumLength(Passwords.MinLength).MaximumLength(128);
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(100);
    }
}

/// <summary>Creates user accounts; registrations of cooperatives and buyers call it in their own unit of work.</summary>
public sealed class UserAccounts(IDocumentSession session, Passwords passwords, TimeProvider clock)
{
    /// <summary>A CONFLICT error when the email already has an account (checked before the unique index would refuse it).</summary>
    public async Task<UserError?> CheckEmailFreeAsync(string email, params string[] field) =>
        await session.Query<User>().AnyAsync(u => u.Email == User.NormalizeEmail(email))
            ? UserError.Of(UserErrorCodes.Conflict, "An account with this email already exists.", field)
            : null;

    /// <summary>Queues the new user in the session; the caller saves it together with the tenant it belongs to.</summary>
    public User Queue(AccountInput input, Role role, Guid? cooperativeId = null, Guid? buyerId = null)
    {
        var user = new User
        {
            Id = Guid.NewGuid(), Email = User.NormalizeEmail(input.Email), DisplayName = input.DisplayName.Trim(), Role = role,
            CooperativeId = cooperativeId, BuyerId = buyerId, CreatedAt = clock.GetUtcNow()
        };
        user.PasswordHash = passwords.Hash(user, input.Password);
        session.Insert(user);
        return user;
    }
}
