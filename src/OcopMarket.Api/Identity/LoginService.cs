using JasperFx;
using Marten;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OcopMarket.Identity.Model;
using OcopMarket.Infrastructure.GraphQL;

namespace OcopMarket.Identity;

public sealed record LoginResult(string? Token, DateTimeOffset? ExpiresAt, User? User, UserError? Error);

/// <summary>
/// Checks a password and issues a bearer token. Wrong email and wrong password give the same error (and take the same
/// time), so the API does not tell which emails have accounts. Lockout counts are written with a revision check in
/// their own short sessions, so parallel attempts never lose a count.
/// </summary>
public sealed class LoginService(IDocumentStore store, Passwords passwords, IOptions<LockoutPolicy> lockout,
    IOptions<TokenOptions> tokens, TimeProvider clock)
{
    public static readonly UserError BadCredentials =
        UserError.Of("INVALID_CREDENTIALS", "Email hoặc mật khẩu không đúng. (Wrong email or password.)", "input");

    public static readonly UserError Locked =
        UserError.Of("ACCOUNT_LOCKED", "Tài khoản tạm khoá do đăng nhập sai nhiều lần; hãy thử lại sau. (Too many failed logins; try again later.)", "input");

    public async Task<LoginResult> LoginAsync(string email, string password, CancellationToken ct)
    {
        var normalized = User.NormalizeEmail(email);
        Guid id;
        await using (var query = store.QuerySession())
        {
            var found = await query.Query<User>().FirstOrDefaultAsync(u => u.Email == normalized, ct);
            if (found == null)
            {
                passwords.VerifyDummy(password);
                return new LoginResult(null, null, null, BadCredentials);
            }
            id = found.Id;
        }

        // Stored with older hashing parameters: upgrade while we hold the password.
        var (user, error) = await CheckPasswordAsync(id, password, BadCredentials,
            (u, verification) => { if (verification == PasswordVerificationResult.SuccessRehashNeeded) u.PasswordHash = passwords.Hash(u, password); }, ct);
        if (error != null) return new LoginResult(null, null, null, error);
        var (token, expiresAt) = await IssueTokenAsync(user!, ct);
        return new LoginResult(token, expiresAt, user, null);
    }

    /// <summary>
    /// One password attempt under the lockout policy: counted and committed before the password is checked, so
    /// parallel guesses across processes get at most the allowed number of checks. On success, onSuccess runs in the
    /// same save that resets the failure count.
    /// </summary>
    private async Task<(User? User, UserError? Error)> CheckPasswordAsync(Guid id, string password, UserError wrong,
        Action<User, PasswordVerificationResult> onSuccess, CancellationToken ct)
    {
        var policy = lockout.Value;
        var now = clock.GetUtcNow();
        var admitted = false;
        var user = await UpdateUserAsync(id, u =>
        {
            if (u.LockedUntil > now) return admitted = false;
            admitted = policy.Admit(u, now);
            return true;
        }, ct);
        if (!admitted) return (null, Locked);

        var verification = passwords.Verify(user, password);
        if (verification == PasswordVerificationResult.Failed)
        {
            await UpdateUserAsync(id, u => policy.AfterFailure(u, now), ct);
            return (null, wrong);
        }
        user = await UpdateUserAsync(id, u =>
        {
            policy.AfterSuccess(u, now);
            onSuccess(u, verification);
            return true;
        }, ct);
        return (user, null);
    }

    /// <summary>Creates a bearer token for the user (login, registration). The text is returned once and never stored.</summary>
    public async Task<(string Token, DateTimeOffset ExpiresAt)> IssueTokenAsync(User user, CancellationToken ct)
    {
        var token = Secrets.New(Secrets.TokenPrefix);
        var now = clock.GetUtcNow();
        var access = new AccessToken
        {
            Id = Secrets.Hash(token), UserId = user.Id, CreatedAt = now, ExpiresAt = now.AddHours(tokens.Value.LifetimeHours)
        };
        await using var session = store.LightweightSession();
        session.Insert(access);
        await session.SaveChangesAsync(ct);
        return (token, access.ExpiresAt);
    }

    /// <summary>Revokes the token sent with this request (logout).</summary>
    public async Task<bool> RevokeAsync(string token, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var access = await session.LoadAsync<AccessToken>(Secrets.Hash(token), ct);
        if (access == null || access.RevokedAt != null) return false;
        access.RevokedAt = clock.GetUtcNow();
        session.Update(access);
        await session.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// changePassword: the signed-in user proves the current password — counted like a login attempt, so it is no way
    /// around the lockout — and sets a new one. Every other token of the user is revoked, so a session someone else
    /// holds ends with the old password; the token of this request stays valid. Returns how many were revoked.
    /// </summary>
    public async Task<(int Revoked, UserError? Error)> ChangePasswordAsync(Guid userId, string? currentToken, string current, string next,
        CancellationToken ct)
    {
        if (next.Length is < Passwords.MinLength or > 128)
            return (0, UserError.Of(UserErrorCodes.Validation, $"The new password must be {Passwords.MinLength} to 128 characters.", "input", "newPassword"));
        if (next == current)
            return (0, UserError.Of(UserErrorCodes.Validation, "The new password must differ from the current one.", "input", "newPassword"));

        var wrong = UserError.Of("INVALID_CREDENTIALS", "Mật khẩu hiện tại không đúng. (The current password is wrong.)", "input", "currentPassword");
        var (_, error) = await CheckPasswordAsync(userId, current, wrong, (u, _) => u.PasswordHash = passwords.Hash(u, next), ct);
        if (error != null) return (0, error);
        var now = clock.GetUtcNow();

        var keep = currentToken == null ? "" : Secrets.Hash(currentToken);
        await using var session = store.LightweightSession();
        var others = await session.Query<AccessToken>().Where(t => t.UserId == userId && t.RevokedAt == null && t.Id != keep).ToListAsync(ct);
        foreach (var token in others)
        {
            token.RevokedAt = now;
            session.Update(token);
        }
        await session.SaveChangesAsync(ct);
        return (others.Count, null);
    }

    /// <summary>Load, change, save with the revision it was loaded at; on a concurrent change, reload and apply again.</summary>
    private async Task<User> UpdateUserAsync(Guid id, Func<User, bool> change, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var session = store.LightweightSession();
            var user = await session.LoadAsync<User>(id, ct) ?? throw new InvalidOperationException($"User {id} vanished.");
            if (!change(user)) return user;
            session.UpdateRevision(user, user.Version + 1);
            try
            {
                await session.SaveChangesAsync(ct);
                return user;
            }
            catch (ConcurrencyException) when (attempt < 50)
            {
            }
        }
    }
}
