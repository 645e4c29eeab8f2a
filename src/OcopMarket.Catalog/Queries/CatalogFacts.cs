using Marten;
using Npgsql;
using OcopMarket.Catalog.Model;
using OcopMarket.Catalog.Search;

namespace OcopMarket.Catalog.Queries;

/// <summary>What the catalog publishes about a cooperative's listings, for modules that must not read its tables (Trade).</summary>
public sealed class CatalogFacts(IQuerySession session, NpgsqlDataSource db, DatabaseSchema schema)
{
    /// <summary>Whether the SKU is a variant of one of the cooperative's products, in any status.</summary>
    public Task<bool> CooperativeOwnsSkuAsync(Guid cooperativeId, string sku, CancellationToken ct) =>
        session.Query<Product>().AnyAsync(p => p.CooperativeId == cooperativeId && p.Variants.Any(v => v.Sku == sku), ct);

    /// <summary>The OCOP groups of the cooperative's listed (published, publicly visible) products.</summary>
    public async Task<string[]> ListedGroupsAsync(Guid cooperativeId, CancellationToken ct)
    {
        await using var command = db.CreateCommand($"select distinct grp from {schema.Table(ListingTable.Name)} where cooperative_id = $1 and listed");
        command.Parameters.Add(new NpgsqlParameter { Value = cooperativeId });
        var groups = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) groups.Add(reader.GetString(0));
        return groups.ToArray();
    }

    /// <summary>
    /// The cooperatives with a listed product in the OCOP group (and in the province, when one is given): those a demand
    /// request for that group reaches.
    /// </summary>
    public async Task<Guid[]> CooperativesListingGroupAsync(string group, string? provinceCode, CancellationToken ct)
    {
        await using var command = db.CreateCommand(
            $"select distinct cooperative_id from {schema.Table(ListingTable.Name)} where grp = $1 and listed and ($2::text is null or province_code = $2)");
        command.Parameters.Add(new NpgsqlParameter { Value = group });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)provinceCode ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetGuid(0));
        return ids.ToArray();
    }
}
