using Marten;
using Npgsql;
using OcopMarket.Cooperatives.Model;

namespace OcopMarket.Cooperatives;

/// <summary>
/// The public directory of verified cooperatives, in slug order, keyset-paged; for admins, the same with other statuses.
/// A list without VERIFIED is a queue (UNVERIFIED: the verification queue) and comes the longest waiting first, by
/// registration time.
/// </summary>
public sealed class CooperativeDirectory(NpgsqlDataSource db, DatabaseSchema schema, IDocumentStore store, IQuerySession session)
{
    /// <summary>
    /// Verified cooperatives unless <paramref name="statuses"/> names others (the caller checks who may ask): the page
    /// as the CooperativeConnection GraphQL type resolves it.
    /// </summary>
    public async Task<object> PageAsync(int first, string? after, IReadOnlyList<string>? provinceCodes, CancellationToken ct,
        IReadOnlyList<CooperativeStatus>? statuses = null)
    {
        statuses ??= [CooperativeStatus.Verified];
        var queue = !statuses.Contains(CooperativeStatus.Verified);
        await using var command = db.CreateCommand();
        var conditions = new List<string> { "data ->> 'Status' = any(@statuses)" };
        command.Parameters.AddWithValue("statuses", statuses.Select(s => s.ToString()).ToArray());
        if (provinceCodes is { Count: > 0 })
        {
            conditions.Add("(data ->> 'ProvinceCode' = any(@codes) or data ->> 'FormerProvinceCode' = any(@codes))");
            command.Parameters.AddWithValue("codes", provinceCodes.ToArray());
        }
        var count = DeferredCount.Of(db, $"from {schema.Table("mt_doc_cooperative")} where {string.Join(" and ", conditions)}",
            command.Parameters);
        // The queue's key: when the cooperative registered, then its id (registrations in one instant stay in one order).
        const string registered = "(data ->> 'CreatedAt')::timestamptz";
        if (after != null)
        {
            if (queue)
            {
                // The key as PostgreSQL read it (microseconds), in UTC ticks: what the next page compares against is exact.
                var parts = OpaqueCursor.Decode(after, "c2", 2);
                if (!long.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ticks)
                    || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks || !Guid.TryParse(parts[1], out var afterId))
                    throw OpaqueCursor.Invalid();
                conditions.Add($"({registered}, id) > (@afterAt, @afterId)");
                command.Parameters.AddWithValue("afterAt", new DateTimeOffset(ticks, TimeSpan.Zero));
                command.Parameters.AddWithValue("afterId", afterId);
            }
            else
            {
                conditions.Add("data ->> 'Slug' > @after");
                command.Parameters.AddWithValue("after", DecodeCursor(after));
            }
        }
        command.CommandText = $"""
            select data, mt_version, {registered} from {schema.Table("mt_doc_cooperative")}
            where {string.Join(" and ", conditions)} order by {(queue ? $"{registered}, id" : "data ->> 'Slug'")} limit {first + 1}
            """;
        var items = new List<(Cooperative, string)>();
        var serializer = store.Options.Serializer();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var cooperative = serializer.FromJson<Cooperative>(reader, 0);
            cooperative.Version = reader.GetInt32(1);
            items.Add((cooperative, queue
                ? OpaqueCursor.Encode("c2", reader.GetFieldValue<DateTimeOffset>(2).UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    cooperative.Id.ToString("N", System.Globalization.CultureInfo.InvariantCulture))
                : OpaqueCursor.Encode("c1", cooperative.Slug)));
        }
        return Page<Cooperative>.FromOverfetch(items, first, after != null, count);
    }

    public async Task<CooperativeSummary?> BySlugAsync(string slug, CancellationToken ct)
    {
        var cooperative = await session.Query<Cooperative>().FirstOrDefaultAsync(c => c.Slug == slug, ct);
        return cooperative is { Status: not CooperativeStatus.Suspended } ? CooperativeSummary.Of(cooperative) : null;
    }

    public async Task<CooperativeSummary?> ByIdAsync(Guid id, CancellationToken ct)
    {
        var cooperative = await session.LoadAsync<Cooperative>(id, ct);
        return cooperative is { Status: not CooperativeStatus.Suspended } ? CooperativeSummary.Of(cooperative) : null;
    }

    /// <summary>A cooperative whatever its status (a suspended one's managers still see their listings).</summary>
    public async Task<CooperativeSummary?> AnyStatusByIdAsync(Guid id, CancellationToken ct) =>
        await session.LoadAsync<Cooperative>(id, ct) is { } cooperative ? CooperativeSummary.Of(cooperative) : null;

    /// <summary>Several cooperatives by id, whatever their status, for batching loaders.</summary>
    public async Task<IReadOnlyDictionary<Guid, CooperativeSummary>> ManyByIdAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        (await session.LoadManyAsync<Cooperative>(ct, ids)).ToDictionary(c => c.Id, CooperativeSummary.Of);

    /// <summary>Every cooperative whatever its status, by slug: for seeding the catalog.</summary>
    public async Task<IReadOnlyDictionary<string, CooperativeSummary>> AllBySlugAsync(CancellationToken ct) =>
        (await session.Query<Cooperative>().ToListAsync(ct)).ToDictionary(c => c.Slug, CooperativeSummary.Of);

    private static string DecodeCursor(string cursor) => OpaqueCursor.Decode(cursor, "c1", 1)[0];
}
