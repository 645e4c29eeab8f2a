using System.Globalization;
using Marten;
using Npgsql;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;

namespace OcopMarket.Ordering.Orders;

/// <summary>
/// Tenant-scoped order listings, newest first, keyset-paged: a buyer sees their own purchase orders, a manager their
/// cooperative's sales orders, an admin everything. The scope comes from the viewer, never from the client.
/// </summary>
/// <summary>A buyer as a cooperative sees it: the business, and how much it has ordered from the cooperative.</summary>
internal sealed record Customer(Buyers.Buyer Buyer, int OrderCount, DateTimeOffset LastOrderAt);

internal sealed class OrderQueries(IQuerySession session, NpgsqlDataSource db, DatabaseSchema schema, IDocumentStore store, Viewer viewer)
{
    public async Task<Page<PurchaseOrder>> PurchaseOrdersAsync(int first, string? after, IReadOnlyList<CooperativeOrderStatus>? statuses,
        CancellationToken ct)
    {
        viewer.DemandRole(Role.Buyer, Role.Admin);
        var conditions = new List<string>();
        var parameters = new List<object>();
        if (!viewer.IsAdmin) conditions.Add($"d.buyer_id = {Add(parameters, viewer.BuyerId!.Value)}");
        if (statuses is { Count: > 0 })
            conditions.Add($"exists (select 1 from {schema.Table("mt_doc_cooperativeorder")} c where c.purchase_order_id = d.id " +
                           $"and c.status = any({Add(parameters, statuses.Select(s => s.ToString()).ToArray())}))");
        return await PageAsync<PurchaseOrder>("mt_doc_purchaseorder", conditions, parameters, first, after, ct);
    }

    public async Task<Page<CooperativeOrder>> SalesOrdersAsync(int first, string? after, IReadOnlyList<CooperativeOrderStatus>? statuses,
        Guid? cooperativeId, CancellationToken ct)
    {
        viewer.DemandRole(Role.CooperativeManager, Role.Admin);
        if (cooperativeId is { } requested) viewer.DemandCooperative(requested);
        var conditions = new List<string>();
        var parameters = new List<object>();
        var scope = viewer.IsAdmin ? cooperativeId : viewer.CooperativeId;
        if (scope is { } coop) conditions.Add($"d.cooperative_id = {Add(parameters, coop)}");
        if (statuses is { Count: > 0 }) conditions.Add($"d.status = any({Add(parameters, statuses.Select(s => s.ToString()).ToArray())})");
        return await PageAsync<CooperativeOrder>("mt_doc_cooperativeorder", conditions, parameters, first, after, ct);
    }

    /// <summary>
    /// The buyers a cooperative deals with (at least one order with it), the latest first, at most
    /// <see cref="MaxCustomers"/>: what a manager needs to find a buyer's id (to propose a supply agreement).
    /// </summary>
    public async Task<IReadOnlyList<Customer>> CustomersAsync(Guid? cooperativeId, CancellationToken ct)
    {
        viewer.DemandRole(Role.CooperativeManager, Role.Admin);
        if (cooperativeId is { } requested) viewer.DemandCooperative(requested);
        var scope = viewer.IsAdmin ? cooperativeId : viewer.CooperativeId;
        if (scope is not { } coop) throw new ClientError(ErrorCodes.BadUserInput, "Name the cooperative (cooperativeId).");
        await using var command = db.CreateCommand($"""
            select b.data, count(*), max(o.created_at)
            from {schema.Table("mt_doc_cooperativeorder")} o join {schema.Table("mt_doc_buyer")} b on b.id = o.buyer_id
            where o.cooperative_id = $1 group by b.id, b.data order by max(o.created_at) desc, b.id limit {MaxCustomers}
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = coop });
        var customers = new List<Customer>();
        var serializer = store.Options.Serializer();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            customers.Add(new Customer(serializer.FromJson<Buyers.Buyer>(reader, 0), reader.GetInt32(1), reader.GetFieldValue<DateTimeOffset>(2)));
        return customers;
    }

    public const int MaxCustomers = 500;

    /// <summary>The buyer who placed it, or an admin. Cooperatives see only their own part (cooperativeOrder).</summary>
    public async Task<PurchaseOrder?> PurchaseOrderAsync(Guid id, CancellationToken ct)
    {
        viewer.DemandRole(Role.Buyer, Role.Admin, Role.CooperativeManager);
        var order = await session.LoadAsync<PurchaseOrder>(id, ct);
        if (order == null) return null;
        viewer.DemandBuyer(order.BuyerId);
        return order;
    }

    public async Task<CooperativeOrder?> CooperativeOrderAsync(Guid id, CancellationToken ct)
    {
        viewer.DemandRole(Role.Buyer, Role.Admin, Role.CooperativeManager);
        var order = await session.LoadAsync<CooperativeOrder>(id, ct);
        if (order == null) return null;
        if (!viewer.CanActForBuyer(order.BuyerId) && !viewer.CanManageCooperative(order.CooperativeId))
            throw new ClientError(ErrorCodes.Forbidden, "This order belongs to another buyer or cooperative.");
        return order;
    }

    private async Task<Page<T>> PageAsync<T>(string table, List<string> conditions, List<object> parameters, int first, string? after,
        CancellationToken ct)
    {
        var count = DeferredCount.Of(db, $"from {schema.Table(table)} d where {(conditions.Count == 0 ? "true" : string.Join(" and ", conditions))}",
            parameters.Select(v => new NpgsqlParameter { Value = v }));
        if (after != null)
        {
            var (at, id) = DecodeCursor(after);
            conditions.Add($"(d.created_at, d.id) < ({Add(parameters, at)}, {Add(parameters, id)})");
        }
        var where = conditions.Count == 0 ? "true" : string.Join(" and ", conditions);
        await using var command = db.CreateCommand(
            $"select d.data, d.created_at, d.id from {schema.Table(table)} d where {where} order by d.created_at desc, d.id desc limit {first + 1}");
        foreach (var value in parameters) command.Parameters.Add(new NpgsqlParameter { Value = value });
        var edges = new List<(T, string)>();
        var serializer = store.Options.Serializer();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                edges.Add((serializer.FromJson<T>(reader, 0), EncodeCursor(reader.GetFieldValue<DateTimeOffset>(1), reader.GetGuid(2))));
        }
        return Page<T>.FromOverfetch(edges, first, after != null, count);
    }

    private static string Add(List<object> parameters, object value)
    {
        parameters.Add(value);
        return "$" + parameters.Count;
    }

    private static string EncodeCursor(DateTimeOffset at, Guid id) => OpaqueCursor.Encode("o1", at.UtcTicks.ToString(CultureInfo.InvariantCulture), id.ToString("N"));

    private static (DateTimeOffset, Guid) DecodeCursor(string cursor)
    {
        var parts = OpaqueCursor.Decode(cursor, "o1", 2);
        if (long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTimeOffset.MaxValue.UtcTicks
            && Guid.TryParseExact(parts[1], "N", out var id))
            return (new DateTimeOffset(ticks, TimeSpan.Zero), id);
        throw OpaqueCursor.Invalid();
    }
}
