using System.Text;
using Marten;
using OcopMarket.Catalog.Management.GraphQL;
using OcopMarket.Catalog.Model;
using OcopMarket.Identity;

namespace OcopMarket.Catalog.Management;

/// <summary>A listing's audit trail, newest first: for the cooperative's managers and admins only.</summary>
internal sealed class ListingHistory(IQuerySession session)
{
    public async Task<ListingChangePage> PageAsync(Viewer viewer, string productSlug, int first, string? after, CancellationToken ct)
    {
        var product = await session.Query<Product>().FirstOrDefaultAsync(p => p.Slug == productSlug, ct);
        if (product == null)
        {
            viewer.DemandRole(Kernel.Role.Admin, Kernel.Role.CooperativeManager);
            throw new ClientError(ErrorCodes.NotFound, "No product with this slug.");
        }
        viewer.DemandCooperative(product.CooperativeId);
        var offset = after == null ? 0 : ReadCursor(after) + 1;
        var total = await session.Query<ListingChange>().CountAsync(c => c.ProductId == product.Id, ct);
        // Offset paging is enough here: a listing's history is short and append-only, read by its own editors.
        var items = await session.Query<ListingChange>().Where(c => c.ProductId == product.Id)
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Version).Skip(offset).Take(first).ToListAsync(ct);
        return new ListingChangePage(items, offset, offset + items.Count < total, total);
    }

    public static string Cursor(int index) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"history:{index}"));

    private static int ReadCursor(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("history:") && int.TryParse(text[8..], out var index) && index >= 0) return index;
        }
        catch (FormatException)
        {
        }
        throw new ClientError(ErrorCodes.InvalidCursor, "The 'after' cursor is not one this field returned.");
    }
}
