using Marten;
using OcopMarket.Identity.Model;
using OcopMarket.Kernel.Seeding;

namespace OcopMarket.Identity;

/// <summary>
/// Development demo accounts (see README). Identity seeds admin@ocop.local; the modules that own cooperatives and buyer
/// businesses add their members' accounts through <see cref="DemoAccounts"/>. Runs only in Development (the password is
/// public), and adds only what is missing.
/// </summary>
public sealed class IdentitySeeder(DemoAccounts accounts, IDocumentSession session) : ISeeder
{
    public int Order => 20;

    public async Task SeedAsync(SeedFiles files, CancellationToken ct)
    {
        if (!accounts.Enabled) return;
        await accounts.AddAsync("admin@ocop.local", "Quản trị viên liên minh HTX", Role.Admin, ct: ct);
        await session.SaveChangesAsync(ct);
    }
}

/// <summary>Creates a demo account (password <see cref="Password"/>) in the caller's session, unless the e-mail has one.</summary>
public sealed class DemoAccounts(IDocumentSession session, Passwords passwords, IHostEnvironment environment, TimeProvider clock)
{
    // Public on purpose: demo accounts of a local Development database, listed in the README.
    public const string Password = "ocop-demo";

    /// <summary>Only in Development: nowhere else may an account with a published password exist.</summary>
    public bool Enabled => environment.IsDevelopment();

    public async Task AddAsync(string email, string name, Role role, Guid? cooperativeId = null, Guid? buyerId = null,
        CancellationToken ct = default)
    {
        if (!Enabled) return;
        var id = StableIds.From("user", email);
        if (await session.LoadAsync<User>(id, ct) != null || await session.Query<User>().AnyAsync(u => u.Email == email, ct)) return;
        var user = new User
        {
            Id = id, Email = email, DisplayName = name, Role = role,
            CooperativeId = cooperativeId, BuyerId = buyerId, CreatedAt = clock.GetUtcNow()
        };
        user.PasswordHash = passwords.Hash(user, Password);
        session.Insert(user);
    }
}
