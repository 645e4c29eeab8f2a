using Npgsql;

namespace OcopMarket.Cooperatives;

/// <summary>Cooperatives' figures for the alliance's report, per today's province code.</summary>
public sealed class CooperativeStatistics(NpgsqlDataSource db, DatabaseSchema schema)
{
    public async Task<Dictionary<string, int>> VerifiedByProvinceAsync(string[] provinceCodes, CancellationToken ct)
    {
        await using var command = db.CreateCommand($"""
            select data ->> 'ProvinceCode', count(*) from {schema.Table("mt_doc_cooperative")}
            where data ->> 'Status' = 'Verified' and data ->> 'ProvinceCode' = any($1) group by 1
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = provinceCodes });
        var result = new Dictionary<string, int>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) result[reader.GetString(0)] = (int)reader.GetInt64(1);
        return result;
    }
}
