using FluentValidation;
using Marten;
using OcopMarket.Identity.Model;

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
public sealed class UserAccounts(IDocumentSession session, Passwords passwords, LoginThrottle throttle, ClientSource source, TimeProvider clock)
{
    /// <summary>
    /// A CONFLICT error when the email already has an account (checked before the unique index would refuse it).
    /// Registrations call this last, after every other check, so a used tax code or slug answers the same whatever
    /// the e-mail. An e-mail in use counts as a failed guess of the source, like a wrong password: registration is no
    /// faster way than login to learn who has an account; a throttled source gets TOO_MANY_ATTEMPTS for any e-mail.
    /// </summary>
    public async Task<UserError?> CheckEmailFreeAsync(string email, string[] field, CancellationToken ct)
    {
        // Counted before the lookup (and taken back when the e-mail is free), so parallel probes get no more than the limit.
        if (await throttle.AdmitSourceAsync(source, ct) is { } wait) return LoginService.TooManyAttempts(wait);
        var normalized = User.NormalizeEmail(email);
        if (await session.Query<User>().AnyAsync(u => u.Email == normalized, ct))
            return UserError.Of(UserErrorCodes.Conflict,
                "This email cannot be used to register; if it is yours, log in.", field);
        await throttle.TakeBackSourceAsync(source, ct);
        return null;
    }

    /// <summary>Queues the new user in the session; the caller saves it together with the tenant it belongs to.</summary>
    public Account Queue(AccountInput input, Role role, Guid? cooperativeId = null, Guid? buyerId = null)
    {
        var user = new User
        {
            Id = Guid.NewGuid(), Email = User.NormalizeEmail(input.Email), DisplayName = input.DisplayName.Trim(), Role = role,
            CooperativeId = cooperativeId, BuyerId = buyerId, CreatedAt = clock.GetUtcNow()
        };
        user.PasswordHash = passwords.Hash(user, input.Password);
        session.Insert(user);
        return new Account(user);
    }
}
