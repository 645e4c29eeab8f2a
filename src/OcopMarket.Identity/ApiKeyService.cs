using Marten;
using OcopMarket.Identity.Model;

namespace OcopMarket.Identity;

/// <summary>Admin-only management of third-party shops' API keys.</summary>
internal sealed class ApiKeyService(IDocumentSession session, TimeProvider clock, IHostEnvironment environment)
{
    public async Task<(ApiKey? Key, string? Secret, UserError? Error)> CreateAsync(Viewer viewer, string name, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.Admin) is { } denied) return (null, null, denied);
        name = name.Trim();
        if (name.Length is < 1 or > 100)
            return (null, null, UserError.Of(UserErrorCodes.Validation, "Name must be 1–100 characters.", "input", "name"));
        var prefix = Secrets.ApiKeyPrefix(environment);
        var secret = Secrets.New(prefix);
        var key = new ApiKey
        {
            Id = Guid.NewGuid(), Name = name, Hash = Secrets.Hash(secret), Prefix = secret[..(prefix.Length + 6)],
            CreatedBy = viewer.UserId!.Value, CreatedAt = clock.GetUtcNow()
        };
        session.Insert(key);
        await session.SaveChangesAsync(ct);
        return (key, secret, null);
    }

    public async Task<(ApiKey? Key, UserError? Error)> RevokeAsync(Viewer viewer, Guid id, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.Admin) is { } denied) return (null, denied);
        var key = await session.LoadAsync<ApiKey>(id, ct);
        if (key == null) return (null, UserError.Of(UserErrorCodes.NotFound, "No API key with this id.", "input", "id"));
        if (key.RevokedAt != null) return (key, null); // revoking twice is harmless
        key.RevokedAt = clock.GetUtcNow();
        session.Update(key);
        await session.SaveChangesAsync(ct);
        return (key, null);
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(Viewer viewer, CancellationToken ct)
    {
        viewer.DemandRole(Role.Admin);
        return await session.Query<ApiKey>().OrderByDescending(k => k.CreatedAt).ToListAsync(ct);
    }
}
