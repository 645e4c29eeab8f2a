using OcopMarket.Identity.Model;

namespace OcopMarket.Identity;

/// <summary>
/// Limits password guessing per account: an attempt is counted (and committed) BEFORE the password is checked, so even
/// many parallel attempts across API processes get at most MaxFailures checks; then the account is locked for
/// LockMinutes, and a correct password while locked is refused too. A success resets the count. Bound from
/// "Identity:Lockout".
/// </summary>
public sealed class LockoutPolicy
{
    public int MaxFailures { get; set; } = 5;
    public int LockMinutes { get; set; } = 15;

    /// <summary>Counts one attempt on the user; false when the account is (or now becomes) locked.</summary>
    public bool Admit(User user, DateTimeOffset now)
    {
        if (user.LockedUntil is { } until)
        {
            if (until > now) return false;
            // The lock has run out: a fresh count.
            user.LockedUntil = null;
            user.FailedLogins = 0;
        }
        if (user.FailedLogins >= MaxFailures)
        {
            user.LockedUntil = now.AddMinutes(LockMinutes);
            return false;
        }
        user.FailedLogins++;
        return true;
    }

    /// <summary>After a wrong password: locks when the admitted attempts reached the maximum.</summary>
    public bool AfterFailure(User user, DateTimeOffset now)
    {
        if (user.FailedLogins < MaxFailures || user.LockedUntil > now) return false;
        user.LockedUntil = now.AddMinutes(LockMinutes);
        return true;
    }

    public void AfterSuccess(User user, DateTimeOffset now)
    {
        user.FailedLogins = 0;
        user.LockedUntil = null;
        user.LastLoginAt = now;
    }
}
