using Npgsql;
using OcopMarket.Catalog.Stock;
using OcopMarket.Infrastructure.Persistence;

namespace OcopMarket.Ordering.Orders;

/// <summary>
/// Stock moves inside an order's database transaction. Each reservation is one conditional UPDATE
/// (available ≥ quantity); PostgreSQL row locks serialise competing orders on a SKU, and a blocked update re-checks
/// its condition against the committed row, so the sum reserved never exceeds what is on hand, across any number of
/// API processes. SKUs are locked in a fixed (sorted) order so two multi-line orders cannot deadlock.
/// </summary>
public sealed class StockReservations(DatabaseSchema schema)
{
    private string Table => schema.Table(StockTable.Name);

    /// <summary>Reserves every line or nothing; returns the SKUs that could not be met with what is still available.</summary>
    public async Task<IReadOnlyList<(string Sku, int Available)>> TryReserveAsync(NpgsqlTransaction tx,
        IReadOnlyCollection<(string Sku, int Quantity)> lines, CancellationToken ct)
    {
        var sorted = lines.OrderBy(l => l.Sku, StringComparer.Ordinal).ToList();
        await using var batch = new NpgsqlBatch(tx.Connection, tx);
        foreach (var (sku, quantity) in sorted)
        {
            var command = new NpgsqlBatchCommand(
                $"update {Table} set reserved = reserved + $2 where sku = $1 and on_hand - reserved >= $2");
            command.Parameters.Add(new NpgsqlParameter { Value = sku });
            command.Parameters.Add(new NpgsqlParameter { Value = quantity });
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync(ct);
        var failed = sorted.Where((_, i) => batch.BatchCommands[i].RecordsAffected == 0).Select(l => l.Sku).ToList();
        if (failed.Count == 0) return [];
        var available = await AvailableAsync(tx, failed, ct);
        return failed.Select(sku => (sku, available.GetValueOrDefault(sku))).ToList();
    }

    /// <summary>Gives reserved units back (reject, cancel) or takes them out of stock (ship).</summary>
    public async Task ApplyAsync(NpgsqlTransaction tx, StockEffect effect, IEnumerable<(string Sku, int Quantity)> lines, CancellationToken ct)
    {
        if (effect == StockEffect.None) return;
        var set = effect == StockEffect.Release
            ? "reserved = reserved - $2"
            : "reserved = reserved - $2, on_hand = on_hand - $2";
        await using var batch = new NpgsqlBatch(tx.Connection, tx);
        foreach (var (sku, quantity) in lines.OrderBy(l => l.Sku, StringComparer.Ordinal))
        {
            var command = new NpgsqlBatchCommand($"update {Table} set {set} where sku = $1 and reserved >= $2");
            command.Parameters.Add(new NpgsqlParameter { Value = sku });
            command.Parameters.Add(new NpgsqlParameter { Value = quantity });
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync(ct);
        if (batch.BatchCommands.Cast<NpgsqlBatchCommand>().Any(c => c.RecordsAffected != 1))
            throw new InvalidOperationException("Stock reservation is missing for an order line; the order and stock disagree.");
    }

    public async Task<Dictionary<string, int>> AvailableAsync(NpgsqlTransaction tx, IReadOnlyCollection<string> skus, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"select sku, on_hand - reserved from {Table} where sku = any($1)", tx.Connection, tx);
        command.Parameters.Add(new NpgsqlParameter { Value = skus.ToArray() });
        var result = new Dictionary<string, int>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) result[reader.GetString(0)] = reader.GetInt32(1);
        return result;
    }
}
