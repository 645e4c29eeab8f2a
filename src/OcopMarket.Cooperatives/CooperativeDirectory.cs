using Marten;
using Npgsql;
using OcopMarket.Cooperatives.Model;

namespace OcopMarket.Cooperatives;

/// <summary>The public directory of verified cooperatives, in slug order, keyset-paged.</summary>
public sealed class CooperativeDirectory(NpgsqlDataSource db, DatabaseSchema schema, IDocumentStore store, IQuerySession session)
{
    /// <summary>Verified cooperatives unless <paramref name="statuses"/> names others (the caller checks who may ask).</summary>
    public async Task<Page<Cooperative>> PageAsync(int first, string? after, IReadOnlyList<string>? provinceCodes, CancellationToken ct,
        IReadOnlyList<CooperativeStatus>? statuses = null)
    {
        var afterSlug = after == null ? null : DecodeCursor(after);
        await using var command = db.CreateCommand();
        var conditions = new List<string> { "data ->> 'Status' = any(@statuses)" };
        command.Parameters.AddWithValue("statuses", (statuses ?? [CooperativeStatus.Verified]).Select(s => s.ToString()).ToArray());
        if (provinceCodes is { Count: > 0 })
        {
            conditions.Add("(data ->> 'ProvinceCode' = any(@codes) or data ->> 'FormerProvinceCode' = any(@codes))");
            command.Parameters.AddWithValue("codes", provinceCodes.ToArray());
        }
        var count = DeferredCount.Of(db, $"from {schema.Table("mt_doc_cooperative")} where {string.Join(" and ", conditions)}",
            command.Parameters);
        if (afterSlug != null)
        {
            conditions.Add("data ->> 'Slug' > @after");
            command.Parameters.AddWithValue("after", afterSlug);
        }
        command.CommandText = $"""
            select data, mt_version from {schema.Table("mt_doc_cooperative")}
            where {string.Join(" and ", conditions)} order by data ->> 'Slug' limit {first + 1}
            """;
        var items = new List<(Cooperative, string)>();
        var serializer = store.Options.Serializer();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var cooperative = serializer.FromJson<Cooperative>(reader, 0);
            cooperative.Version = reader.GetInt32(1);
            items.Add((cooperative, OpaqueCursor.Encode("c1", cooperative.Slug)));
        }
        return Page<Cooperative>.FromOverfetch(items, first, afterSlug != null, count);
    }

    public async Task<Cooperative?> BySlugAsync(string slug, CancellationToken ct)
    {
        var cooperative = await session.Query<Cooperative>().FirstOrDefaultAsync(c => c.Slug == slug, ct);
        return cooperative is { Status: not CooperativeStatus.Suspended } ? cooperative : null;
    }

    public async Task<Cooperative?> ByIdAsync(Guid id, CancellationToken ct)
    {
        var cooperative = await session.LoadAsync<Cooperative>(id, ct);
        return cooperative is { Status: not CooperativeStatus.Suspended } ? cooperative : null;
    }

    /// <summary>A cooperative whatever its status (a suspended one's managers still see their listings).</summary>
    public Task<Cooperative?> AnyStatusByIdAsync(Guid id, CancellationToken ct) => session.LoadAsync<Cooperative>(id, ct);

    /// <summary>Several cooperatives by id, whatever their status, for batching loaders.</summary>
    public async Task<IReadOnlyDictionary<Guid, Cooperative>> ManyByIdAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        (await session.LoadManyAsync<Cooperative>(ct, ids)).ToDictionary(c => c.Id);

    /// <summary>Every cooperative whatever its status, by slug: for seeding the catalog.</summary>
    public async Task<IReadOnlyDictionary<string, Cooperative>> AllBySlugAsync(CancellationToken ct) =>
        (await session.Query<Cooperative>().ToListAsync(ct)).ToDictionary(c => c.Slug);

    private static string DecodeCursor(string cursor) => OpaqueCursor.Decode(cursor, "c1", 1)[0];
}
