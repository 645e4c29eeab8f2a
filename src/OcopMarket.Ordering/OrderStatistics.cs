using Npgsql;
using OcopMarket.Cooperatives;

namespace OcopMarket.Ordering;

/// <summary>Ordering's figures for the alliance's report, per today's province code.</summary>
/// <param name="Buyers">Verified buyer businesses by the province of their default address (else their first).</param>
/// <param name="Orders">Cooperative orders placed in the period by the seller's province: (province, status, count, value).</param>
public sealed record OrderFigures(Dictionary<string, int> Buyers, List<(string Province, string Status, int Count, decimal Value)> Orders);

public sealed class OrderStatistics(NpgsqlDataSource db, DatabaseSchema schema)
{
    /// <summary>One round trip; the period is a half-open UTC range.</summary>
    public async Task<OrderFigures> ByProvinceAsync(string[] provinceCodes, DateTimeOffset start, DateTimeOffset end, CancellationToken ct)
    {
        await using var batch = db.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"""
            select p, count(*) from (
              select coalesce((select a ->> 'ProvinceCode' from jsonb_array_elements(b.data -> 'Addresses') a
                               where (a ->> 'IsDefault')::boolean limit 1), b.data -> 'Addresses' -> 0 ->> 'ProvinceCode') as p
              from {schema.Table("mt_doc_buyer")} b where b.data ->> 'Status' = 'Verified') x
            where p = any($1) group by 1
            """) { Parameters = { new NpgsqlParameter { Value = provinceCodes } } });
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"""
            select c.province_code, o.status, count(*), coalesce(sum((o.data ->> 'Subtotal')::numeric), 0)
            from {schema.Table("mt_doc_cooperativeorder")} o join {CooperativeRows.Provinces(schema)} c on c.id = o.cooperative_id
            where o.created_at >= $2 and o.created_at < $3 and c.province_code = any($1) group by 1, 2 order by 1, 2
            """)
        {
            Parameters = { new NpgsqlParameter { Value = provinceCodes }, new NpgsqlParameter { Value = start }, new NpgsqlParameter { Value = end } }
        });
        var figures = new OrderFigures([], []);
        await using var reader = await batch.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) figures.Buyers[reader.GetString(0)] = (int)reader.GetInt64(1);
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct)) figures.Orders.Add((reader.GetString(0), reader.GetString(1), (int)reader.GetInt64(2), reader.GetDecimal(3)));
        return figures;
    }
}
