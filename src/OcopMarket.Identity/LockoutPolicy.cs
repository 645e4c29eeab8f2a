namespace OcopMarket.Identity;

/// <summary>The failure count of one throttle key (an e-mail from one source, or a source): a row of ocop_login_failures.</summary>
public sealed record FailureCount(int Failures, DateTimeOffset? LockedUntil, DateTimeOffset? LastFailure)
{
    public static readonly FailureCount None = new(0, null, null);
}

/// <summary>
/// How password guessing is throttled, bound from "Identity:Lockout". Failures are counted per (e-mail, source) and
/// per source, never per account alone: a guesser locks only itself out, and the owner signing in from anywhere else
/// is never refused. Each key allows its maximum of attempts; the attempt that reaches it starts a lock of LockMinutes,
/// and every further admitted failure (one per expired lock) doubles it, up to MaxLockMinutes. An attempt is counted
/// before the password is checked, so parallel guesses across API processes get no more checks than the limit; a
/// success takes back its own count (and clears the e-mail's count from that source). Counts are forgotten ForgetHours
/// after the last failure.
/// </summary>
public sealed class LockoutPolicy
{
    /// <summary>Attempts per (e-mail, source) before a lock.</summary>
    public int MaxFailures { get; set; } = 5;
    /// <summary>Failed attempts per source, over all e-mails (and registrations with an e-mail in use), before a lock.</summary>
    public int SourceMaxFailures { get; set; } = 30;
    public int LockMinutes { get; set; } = 15;
    public int MaxLockMinutes { get; set; } = 24 * 60;
    public int ForgetHours { get; set; } = 24;

    /// <summary>
    /// One attempt on a key with this maximum: the time to wait when refused (the count unchanged), or null and the
    /// count with this attempt added (and locked from now on when it reached the maximum).
    /// </summary>
    public (TimeSpan? RetryAfter, FailureCount Next) Admit(FailureCount count, int max, DateTimeOffset now)
    {
        if (count.LastFailure < now.AddHours(-ForgetHours)) count = FailureCount.None;
        if (count.LockedUntil > now) return (count.LockedUntil.Value - now, count);
        var failures = count.Failures + 1;
        DateTimeOffset? lockedUntil = null;
        if (failures >= max)
        {
            // 1, 2, 4 … times LockMinutes; the exponent is bounded so the shift cannot overflow.
            var minutes = Math.Min((long)LockMinutes << Math.Min(failures - max, 20), MaxLockMinutes);
            lockedUntil = now.AddMinutes(minutes);
        }
        return (null, new FailureCount(failures, lockedUntil, now));
    }

    /// <summary>
    /// After the right password: the attempt's count is taken back and the lock it may have started is lifted, which
    /// is the state before it (it was admitted, so the key was not locked). A guesser gains nothing by signing in to an
    /// account of its own between guesses: the next guess counts again.
    /// </summary>
    public static FailureCount TakeBack(FailureCount count) =>
        count with { Failures = Math.Max(0, count.Failures - 1), LockedUntil = null };
}
