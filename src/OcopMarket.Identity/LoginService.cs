using JasperFx;
using Marten;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OcopMarket.Identity.Model;

namespace OcopMarket.Identity;

internal sealed record LoginResult(string? Token, DateTimeOffset? ExpiresAt, User? User, UserError? Error);

/// <summary>
/// Checks a password and issues a bearer token. Every failure does the same work (a user lookup, the throttle's count,
/// one run of the password hasher, against a fixed dummy hash when there is no account or the attempt is throttled)
/// and a wrong e-mail or password gets the same answer, so neither the answer nor its time tells which e-mails have
/// accounts. Guessing is throttled per (e-mail, source) and per source by <see cref="LoginThrottle"/>, never per
/// account alone, so nobody can lock another person out.
/// </summary>
public sealed class LoginService(IDocumentStore store, Passwords passwords, LoginThrottle throttle,
    IOptions<TokenOptions> tokens, TimeProvider clock)
{
    public const string TooManyAttemptsCode = "TOO_MANY_ATTEMPTS";

    public static readonly UserError BadCredentials =
        UserError.Of("INVALID_CREDENTIALS", "Wrong email or password.", "input");

    /// <summary>The same answer for every e-mail, with or without an account: the counts are kept per e-mail and source.</summary>
    public static UserError TooManyAttempts(TimeSpan retryAfter)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));
        return UserError.Of(TooManyAttemptsCode,
            $"Too many failed attempts from this network; try again in {minutes} min.",
            "input");
    }

    internal async Task<LoginResult> LoginAsync(string email, string password, ClientSource source, CancellationToken ct)
    {
        var normalized = User.NormalizeEmail(email);
        User? found;
        await using (var query = store.QuerySession())
            found = await query.Query<User>().FirstOrDefaultAsync(u => u.Email == normalized, ct);

        var (user, error) = await CheckPasswordAsync(found, normalized, password, source, BadCredentials, (u, verification) =>
        {
            u.LastLoginAt = clock.GetUtcNow();
            // Stored with older hashing parameters: upgrade while we hold the password.
            if (verification == PasswordVerificationResult.SuccessRehashNeeded) u.PasswordHash = passwords.Hash(u, password);
        }, ct);
        if (error != null) return new LoginResult(null, null, null, error);
        var (token, expiresAt) = await IssueTokenAsync(user!, ct);
        return new LoginResult(token, expiresAt, user, null);
    }

    /// <summary>
    /// One password attempt under the throttle: counted and committed before the password is checked, so parallel
    /// guesses across processes get at most the allowed number of checks. On success, onSuccess runs in one save of
    /// the user (with a revision check).
    /// </summary>
    private async Task<(User? User, UserError? Error)> CheckPasswordAsync(User? user, string email, string password, ClientSource source,
        UserError wrong, Action<User, PasswordVerificationResult> onSuccess, CancellationToken ct)
    {
        var refused = await throttle.AdmitAsync(email, source, ct);
        if (refused != null || user == null)
        {
            passwords.VerifyDummy(password);
            return (null, refused is { } wait ? TooManyAttempts(wait) : wrong);
        }

        var verification = passwords.Verify(user, password);
        if (verification == PasswordVerificationResult.Failed) return (null, wrong);
        await throttle.SucceededAsync(email, source, ct);
        user = await UpdateUserAsync(user.Id, u =>
        {
            onSuccess(u, verification);
            return true;
        }, ct);
        return (user, null);
    }

    /// <summary>Creates a bearer token for the user (login, registration). The text is returned once and never stored.</summary>
    public Task<(string Token, DateTimeOffset ExpiresAt)> IssueTokenAsync(Account account, CancellationToken ct) =>
        IssueTokenAsync(account.Id, ct);

    internal Task<(string Token, DateTimeOffset ExpiresAt)> IssueTokenAsync(User user, CancellationToken ct) => IssueTokenAsync(user.Id, ct);

    private async Task<(string Token, DateTimeOffset ExpiresAt)> IssueTokenAsync(Guid userId, CancellationToken ct)
    {
        var token = Secrets.New(Secrets.TokenPrefix);
        var now = clock.GetUtcNow();
        var access = new AccessToken
        {
            Id = Secrets.Hash(token), UserId = userId, CreatedAt = now, ExpiresAt = now.AddHours(tokens.Value.LifetimeHours)
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

    /// <summary>logoutEverywhere: revokes every token of the user, this request's too; returns how many were live.</summary>
    public async Task<int> RevokeAllAsync(Guid userId, CancellationToken ct) => await RevokeTokensAsync(userId, keepHash: "", ct);

    private async Task<int> RevokeTokensAsync(Guid userId, string keepHash, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var session = store.LightweightSession();
        var live = await session.Query<AccessToken>().Where(t => t.UserId == userId && t.RevokedAt == null && t.Id != keepHash).ToListAsync(ct);
        foreach (var token in live)
        {
            token.RevokedAt = now;
            session.Update(token);
        }
        await session.SaveChangesAsync(ct);
        return live.Count;
    }

    /// <summary>
    /// changePassword: the signed-in user proves the current password — counted like a login attempt, so it is no way
    /// around the throttle — and sets a new one. Every other token of the user is revoked, so a session someone else
    /// holds ends with the old password; the token of this request stays valid. Returns how many were revoked.
    /// </summary>
    public async Task<(int Revoked, UserError? Error)> ChangePasswordAsync(Guid userId, string? currentToken, string current, string next,
        ClientSource source, CancellationToken ct)
    {
        if (next.Length is < Passwords.MinLength or > 128)
            return (0, UserError.Of(UserErrorCodes.Validation, $"The new password must be {Passwords.MinLength} to 128 characters.", "input", "newPassword"));
        if (next == current)
            return (0, UserError.Of(UserErrorCodes.Validation, "The new password must differ from the current one.", "input", "newPassword"));

        var wrong = UserError.Of("INVALID_CREDENTIALS", "The current password is wrong.", "input", "currentPassword");
        User? user;
        await using (var query = store.QuerySession()) user = await query.LoadAsync<User>(userId, ct);
        var (_, error) = await CheckPasswordAsync(user, user?.Email ?? "", current, source, wrong, (u, _) => u.PasswordHash = passwords.Hash(u, next), ct);
        if (error != null) return (0, error);
        return (await RevokeTokensAsync(userId, currentToken == null ? "" : Secrets.Hash(currentToken), ct), null);
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
