using System.Globalization;
using Marten;
using Npgsql;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;
using OcopMarket.Payments.Model;

namespace OcopMarket.Payments;

/// <summary>
/// The alliance's list of payments by status and method, the longest waiting first: bank transfers to confirm
/// (PENDING, BANK_TRANSFER), amounts that did not match, refunds. Admins only.
/// </summary>
internal sealed class PaymentQueue(NpgsqlDataSource db, DatabaseSchema schema, IDocumentStore store, Viewer viewer)
{
    public async Task<Page<Payment>> PageAsync(IReadOnlyList<PaymentStatus>? statuses, PaymentMethod? method, int first, string? after,
        CancellationToken ct)
    {
        viewer.DemandRole(Role.Admin);
        await using var command = db.CreateCommand();
        var conditions = new List<string> { "true" };
        if (statuses is { Count: > 0 })
        {
            conditions.Add("d.data ->> 'Status' = any(@statuses)");
            command.Parameters.AddWithValue("statuses", statuses.Select(s => s.ToString()).ToArray());
        }
        if (method is { } m)
        {
            conditions.Add("d.data ->> 'Method' = @method");
            command.Parameters.AddWithValue("method", m.ToString());
        }
        // When the payment was started, as Marten stores it (ISO 8601, UTC), which orders as text does.
        const string key = "(d.data ->> 'CreatedAt')";
        var count = DeferredCount.Of(db, $"from {schema.Table("mt_doc_payment")} d where {string.Join(" and ", conditions)}", command.Parameters);
        if (after != null)
        {
            var parts = OpaqueCursor.Decode(after, "y1", 2);
            if (!Guid.TryParse(parts[1], out var afterId)) throw OpaqueCursor.Invalid();
            conditions.Add($"({key}, d.id) > (@afterKey, @afterId)");
            command.Parameters.AddWithValue("afterKey", parts[0]);
            command.Parameters.AddWithValue("afterId", afterId);
        }
        command.CommandText = $"""
            select d.data, {key} from {schema.Table("mt_doc_payment")} d
            where {string.Join(" and ", conditions)} order by {key}, d.id limit {first + 1}
            """;
        var serializer = store.Options.Serializer();
        var edges = new List<(Payment, string)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var payment = serializer.FromJson<Payment>(reader, 0);
            edges.Add((payment, OpaqueCursor.Encode("y1", reader.GetString(1), payment.Id.ToString("N", CultureInfo.InvariantCulture))));
        }
        return Page<Payment>.FromOverfetch(edges, first, after != null, count);
    }
}
