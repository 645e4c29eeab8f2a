using Marten;
using OcopMarket.Catalog.Model;
using OcopMarket.Cooperatives.GraphQL;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;
using OcopMarket.Infrastructure.GraphQL;

namespace OcopMarket.Catalog.Management.Import;

public enum ImportRowStatus
{
    Created,
    Updated,
    Unchanged,
    Rejected
}

public sealed record ImportRowResult(int Line, string Sku, string Slug, ImportRowStatus Status, IReadOnlyList<string> Errors);

/// <summary>
/// importProducts: each product (the rows of one slug) is created, updated or left alone on its own, through the same
/// ListingService as the mutations (same rules, audit trail, version checks). Unchanged products and stock counts are
/// not written at all, so importing the same file twice changes nothing the second time.
/// </summary>
public sealed class ProductImporter(IQuerySession query, ListingService listings, StockService stock)
{
    public const int MaxRows = 2000;

    public async Task<ImportProductsPayload> ImportAsync(Viewer viewer, ImportProductsInput input, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.CooperativeManager, Role.Admin) is { } denied) return Fail(denied);
        Guid cooperativeId;
        if (input.CooperativeId != null)
        {
            if (!GlobalIdInput.TryRead(input.CooperativeId, CooperativeType.TypeName, out cooperativeId, out var invalid, "input", "cooperativeId"))
                return Fail(invalid!);
        }
        else if (viewer.CooperativeId is { } own) cooperativeId = own;
        else return Fail(UserError.Of(UserErrorCodes.Validation, "Name the cooperative to import into.", "input", "cooperativeId"));
        if (viewer.CheckCooperative(cooperativeId) is { } foreign) return Fail(foreign);

        var (rows, error) = ProductCsv.Parse(input.Csv);
        if (error != null) return Fail(UserError.Of(UserErrorCodes.Validation, error, "input", "csv"));
        if (rows.Count > MaxRows) return Fail(UserError.Of(UserErrorCodes.Validation, $"At most {MaxRows} rows per import.", "input", "csv"));

        var results = new List<ImportRowResult>();
        foreach (var group in rows.GroupBy(r => r.Get(ProductCsv.Slug)))
            results.AddRange(await ImportProductAsync(viewer, cooperativeId, group.ToList(), ct));
        return new ImportProductsPayload { Rows = results.OrderBy(r => r.Line).ToList() };
    }

    private async Task<IEnumerable<ImportRowResult>> ImportProductAsync(Viewer viewer, Guid cooperativeId, List<CsvRow> rows, CancellationToken ct)
    {
        var variants = rows.Select(ProductCsv.ToVariant).ToList();
        var input = ProductCsv.ToProduct(rows[0], variants);
        if (rows.Any(r => r.Errors.Count > 0)) return Rejected(rows, null);

        var existing = await query.Query<Product>().FirstOrDefaultAsync(p => p.Slug == input.Slug, ct);
        if (existing != null && existing.CooperativeId != cooperativeId)
            return Rejected(rows, [$"The slug '{input.Slug}' belongs to another cooperative's product."]);

        var result = existing == null
            ? await listings.CreateAsync(viewer, cooperativeId, input, ct)
            : await listings.UpdateAsync(viewer, existing.Id, existing.Version, input, ct);
        if (result.Product == null) return Rejected(rows, result.Errors.Select(Describe).ToList());

        var changed = existing == null || result.Product.Version != existing.Version;
        var statuses = new List<ImportRowResult>();
        foreach (var row in rows)
        {
            var rowChanged = changed;
            if (ProductCsv.StockOf(row) is { } onHand)
            {
                var set = await stock.SetOnHandAsync(viewer, new SetStockInput { Sku = row.Get(ProductCsv.Sku), OnHand = onHand }, ct);
                if (set.Errors.Count > 0)
                {
                    statuses.Add(Row(row, ImportRowStatus.Rejected, set.Errors.Select(e => "stock: " + e.Message).ToList()));
                    continue;
                }
                rowChanged |= set.Changed;
            }
            statuses.Add(Row(row, existing == null ? ImportRowStatus.Created : rowChanged ? ImportRowStatus.Updated : ImportRowStatus.Unchanged, []));
        }
        return statuses;
    }

    /// <summary>Every row of a product that cannot be imported is rejected, each with its own reasons first.</summary>
    private static IEnumerable<ImportRowResult> Rejected(List<CsvRow> rows, List<string>? productErrors)
    {
        var badLines = rows.Where(r => r.Errors.Count > 0).Select(r => r.Line).ToList();
        return rows.Select(r => Row(r, ImportRowStatus.Rejected,
            [.. r.Errors, .. productErrors ?? [],
             .. r.Errors.Count == 0 && badLines.Count > 0 ? [$"Another row of this product is invalid (line {string.Join(", ", badLines)})."] : Array.Empty<string>()]));
    }

    private static ImportRowResult Row(CsvRow row, ImportRowStatus status, List<string> errors) =>
        new(row.Line, row.Get(ProductCsv.Sku), row.Get(ProductCsv.Slug), status, errors);

    // "input.variants.1.retailPrice: Price must be…" → "variants[1].retailPrice: Price must be…"
    private static string Describe(UserError e)
    {
        var path = string.Join('.', e.Field.Skip(1));
        return path.Length > 0 ? $"{path}: {e.Message}" : e.Message;
    }

    private static ImportProductsPayload Fail(UserError error) => new() { UserErrors = [error] };
}
