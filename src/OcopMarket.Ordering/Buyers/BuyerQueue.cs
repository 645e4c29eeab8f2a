using System.Globalization;
using Marten;
using Npgsql;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;

namespace OcopMarket.Ordering.Buyers;

/// <summary>
/// The alliance's list of buyer businesses by status, the longest waiting first: what it works through to verify
/// new buyers (REGISTERED) or to review suspended ones. Admins only.
/// </summary>
internal sealed class BuyerQueue(NpgsqlDataSource db, DatabaseSchema schema, IDocumentStore store, Viewer viewer)
{
    public async Task<Page<Buyer>> PageAsync(IReadOnlyList<BuyerStatus>? statuses, int first, string? after, CancellationToken ct)
    {
        viewer.DemandRole(Role.Admin);
        await using var command = db.CreateCommand();
        var conditions = new List<string> { "true" };
        if (statuses is { Count: > 0 })
        {
            conditions.Add("d.data ->> 'Status' = any(@statuses)");
            command.Parameters.AddWithValue("statuses", statuses.Select(s => s.ToString()).ToArray());
        }
        // The registration time as Marten stores it, ISO 8601 in UTC, orders as text does.
        const string key = "(d.data ->> 'CreatedAt')";
        var count = DeferredCount.Of(db, $"from {schema.Table("mt_doc_buyer")} d where {string.Join(" and ", conditions)}", command.Parameters);
        if (after != null)
        {
            var parts = OpaqueCursor.Decode(after, "b1", 2);
            if (!Guid.TryParse(parts[1], out var afterId)) throw OpaqueCursor.Invalid();
            conditions.Add($"({key}, d.id) > (@afterKey, @afterId)");
            command.Parameters.AddWithValue("afterKey", parts[0]);
            command.Parameters.AddWithValue("afterId", afterId);
        }
        command.CommandText = $"""
            select d.data, d.mt_version, {key} from {schema.Table("mt_doc_buyer")} d
            where {string.Join(" and ", conditions)} order by {key}, d.id limit {first + 1}
            """;
        var serializer = store.Options.Serializer();
        var edges = new List<(Buyer, string)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var buyer = serializer.FromJson<Buyer>(reader, 0);
            buyer.Version = reader.GetInt32(1);
            edges.Add((buyer, OpaqueCursor.Encode("b1", reader.GetString(2), buyer.Id.ToString("N", CultureInfo.InvariantCulture))));
        }
        return Page<Buyer>.FromOverfetch(edges, first, after != null, count);
    }
}
