using Marten;
using OcopMarket.Cooperatives.Model;
using OcopMarket.Identity;
using OcopMarket.Kernel.Seeding;

namespace OcopMarket.Cooperatives;

/// <summary>
/// Loads seed/cooperatives.json (adds only what is missing, by slug) and, in Development, a demo manager account
/// &lt;cooperative-slug&gt;@ocop.local for each cooperative in the database.
/// </summary>
public sealed class CooperativeSeeder(IDocumentSession session, DemoAccounts accounts, TimeProvider clock) : ISeeder
{
    public int Order => 5;

    public async Task SeedAsync(SeedFiles files, CancellationToken ct)
    {
        var seeds = await files.ReadAsync<List<Cooperative>>("cooperatives.json", ct);
        var existing = (await session.Query<Cooperative>().ToListAsync(ct)).ToDictionary(c => c.Slug);
        foreach (var cooperative in seeds.Where(c => !existing.ContainsKey(c.Slug)))
        {
            cooperative.Id = StableIds.From("cooperative", cooperative.Slug);
            cooperative.CreatedAt = clock.GetUtcNow();
            session.Insert(cooperative);
            existing[cooperative.Slug] = cooperative;
        }
        foreach (var cooperative in existing.Values)
            await accounts.AddAsync($"{cooperative.Slug}@ocop.local", $"Quản lý {cooperative.Name}", Role.CooperativeManager,
                cooperativeId: cooperative.Id, ct: ct);
        await session.SaveChangesAsync(ct);
    }
}
