using Marten;
using OcopMarket.Identity.Model;
using OcopMarket.Kernel.Jobs;

namespace OcopMarket.Identity;

/// <summary>
/// Deletes bearer tokens that expired or were revoked more than a day ago, once an hour. They can never be used
/// again (an unknown token gets the same 401 as an expired one), so keeping them only grows the table; and login
/// failure counts that have run out. Every API process runs it; deleting what another process already deleted is harmless.
/// </summary>
internal sealed class TokenPurge(IDocumentStore store, LoginThrottle throttle, TimeProvider clock, ILogger<TokenPurge> logger)
    : HourlyJob(logger)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);

    protected override string Work => "purge old access tokens";

    protected override Task RunOnceAsync(CancellationToken ct) => PurgeAsync(ct);

    public async Task PurgeAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow() - KeepFor;
        await using var session = store.LightweightSession();
        session.DeleteWhere<AccessToken>(t => t.ExpiresAt < cutoff || (t.RevokedAt != null && t.RevokedAt < cutoff));
        await session.SaveChangesAsync(ct);
        await throttle.PurgeAsync(ct);
    }
}
