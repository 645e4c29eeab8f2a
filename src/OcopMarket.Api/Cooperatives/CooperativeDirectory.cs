using Marten;
using Npgsql;
using OcopMarket.Cooperatives.Model;
using OcopMarket.Infrastructure.GraphQL;
using OcopMarket.Infrastructure.Persistence;

namespace OcopMarket.Cooperatives;

public sealed record CooperativePage(IReadOnlyList<Cooperative> Items, bool HasNextPage, bool HasPreviousPage);

/// <summary>The public directory of verified cooperatives, in slug order, keyset-paged.</summary>
public sealed class CooperativeDirectory(NpgsqlDataSource db, DatabaseSchema schema, IDocumentStore store, IQuerySession session)
{
    public async Task<CooperativePage> PageAsync(int first, string? after, IReadOnlyList<string>? provinceCodes, CancellationToken ct)
    {
        var afterSlug = after == null ? null : DecodeCursor(after);
        await using var command = db.CreateCommand();
        var conditions = new List<string> { "data ->> 'Status' = 'Verified'" };
        if (afterSlug != null)
        {
            conditions.Add("data ->> 'Slug' > @after");
            command.Parameters.AddWithValue("after", afterSlug);
        }
        if (provinceCodes is { Count: > 0 })
        {
            conditions.Add("(data ->> 'ProvinceCode' = any(@codes) or data ->> 'FormerProvinceCode' = any(@codes))");
            command.Parameters.AddWithValue("codes", provinceCodes.ToArray());
        }
        command.CommandText = $"""
            select data, mt_version from {schema.Table("mt_doc_cooperative")}
            where {string.Join(" and ", conditions)} order by data ->> 'Slug' limit {first + 1}
            """;
        var items = new List<Cooperative>();
        var serializer = store.Options.Serializer();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var cooperative = serializer.FromJson<Cooperative>(reader, 0);
            cooperative.Version = reader.GetInt32(1);
            items.Add(cooperative);
        }
        var more = items.Count > first;
        if (more) items.RemoveAt(first);
        return new CooperativePage(items, more, afterSlug != null);
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

    public static string Cursor(Cooperative cooperative) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("c1|" + cooperative.Slug));

    private static string DecodeCursor(string cursor)
    {
        try
        {
            var text = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("c1|")) return text[3..];
        }
        catch (FormatException)
        {
        }
        throw new ClientError(ErrorCodes.InvalidCursor, "The cursor is not valid; use a cursor returned by this connection.");
    }
}
