using System.Globalization;
using System.Text;
using Marten;
using Npgsql;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;
using OcopMarket.Infrastructure.GraphQL;
using OcopMarket.Infrastructure.Persistence;

namespace OcopMarket.Ordering.Orders;

public sealed record OrderPage<T>(IReadOnlyList<(T Node, string Cursor)> Edges, bool HasNextPage, bool HasPreviousPage);

/// <summary>
/// Tenant-scoped order listings, newest first, keyset-paged: a buyer sees their own purchase orders, a manager their
/// cooperative's sales orders, an admin everything. The scope comes from the viewer, never from the client.
/// </summary>
public sealed class OrderQueries(IQuerySession session, NpgsqlDataSource db, DatabaseSchema schema, IDocumentStore store, Viewer viewer)
{
    public async Task<OrderPage<PurchaseOrder>> PurchaseOrdersAsync(int first, string? after, IReadOnlyList<CooperativeOrderStatus>? statuses,
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

    public async Task<OrderPage<CooperativeOrder>> SalesOrdersAsync(int first, string? after, IReadOnlyList<CooperativeOrderStatus>? statuses,
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

    private async Task<OrderPage<T>> PageAsync<T>(string table, List<string> conditions, List<object> parameters, int first, string? after,
        CancellationToken ct)
    {
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
        var more = edges.Count > first;
        if (more) edges.RemoveAt(first);
        return new OrderPage<T>(edges, more, after != null);
    }

    private static string Add(List<object> parameters, object value)
    {
        parameters.Add(value);
        return "$" + parameters.Count;
    }

    private static string EncodeCursor(DateTimeOffset at, Guid id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"o1|{at.UtcTicks}|{id:N}"));

    private static (DateTimeOffset, Guid) DecodeCursor(string cursor)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split('|');
            if (parts.Length == 3 && parts[0] == "o1" && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && Guid.TryParseExact(parts[2], "N", out var id) && ticks <= DateTimeOffset.MaxValue.UtcTicks)
                return (new DateTimeOffset(ticks, TimeSpan.Zero), id);
        }
        catch (FormatException)
        {
        }
        throw new ClientError(ErrorCodes.InvalidCursor, "The cursor is not valid; use a cursor returned by this connection.");
    }
}
