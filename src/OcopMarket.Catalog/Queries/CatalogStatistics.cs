using Npgsql;
using OcopMarket.Catalog.Search;

namespace OcopMarket.Catalog.Queries;

/// <summary>The catalog's figures for the alliance's report, per today's province code.</summary>
/// <param name="ActiveCooperatives">Cooperatives with at least one listed (published, verified) product.</param>
/// <param name="ListedProducts">Listed products.</param>
/// <param name="CertifiedByStars">Listed products with a verified, unexpired certificate: (province, stars, count), stars descending.</param>
public sealed record CatalogFigures(Dictionary<string, int> ActiveCooperatives, Dictionary<string, int> ListedProducts,
    List<(string Province, int Stars, int Count)> CertifiedByStars);

public sealed class CatalogStatistics(NpgsqlDataSource db, DatabaseSchema schema)
{
    /// <summary>One round trip: three GROUP BY statements over the listing table.</summary>
    public async Task<CatalogFigures> ByProvinceAsync(string[] provinceCodes, CancellationToken ct)
    {
        var listing = schema.Table(ListingTable.Name);
        await using var batch = db.CreateBatch();
        foreach (var sql in new[]
                 {
                     $"select province_code, count(distinct cooperative_id) from {listing} where listed and province_code = any($1) group by 1",
                     $"select province_code, count(*) from {listing} where listed and province_code = any($1) group by 1",
                     $"""
                     select province_code, stars, count(*) from {listing}
                     where listed and stars > 0 and certified_until > (now() at time zone 'Asia/Ho_Chi_Minh')::date and province_code = any($1)
                     group by 1, 2 order by 1, 2 desc
                     """,
                 })
            batch.BatchCommands.Add(new NpgsqlBatchCommand(sql) { Parameters = { new NpgsqlParameter { Value = provinceCodes } } });
        var figures = new CatalogFigures([], [], []);
        await using var reader = await batch.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) figures.ActiveCooperatives[reader.GetString(0)] = (int)reader.GetInt64(1);
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct)) figures.ListedProducts[reader.GetString(0)] = (int)reader.GetInt64(1);
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct)) figures.CertifiedByStars.Add((reader.GetString(0), reader.GetInt32(1), (int)reader.GetInt64(2)));
        return figures;
    }
}
