using Marten;
using Npgsql;
using OcopMarket.Catalog.Model;
using OcopMarket.Inventory;
using OcopMarket.Cooperatives.GraphQL;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;

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
/// importProducts, all or nothing per file: every row is read and every product checked through the same ListingService
/// as the mutations (same rules, audit trail, version checks) before anything is written. If any row fails, nothing is
/// written and every row comes back with its errors (or why it was not imported); otherwise the whole file is saved in
/// one transaction. Unchanged products and stock counts are not written at all, so importing the same file twice
/// changes nothing the second time.
/// </summary>
internal sealed class ProductImporter(IQuerySession query, ListingService listings, CatalogWriter writer, Stock inventory, TimeProvider clock,
    IConfiguration configuration)
{
    /// <summary>Most data rows per file (Import:MaxRows); a file that big goes up as an upload (GraphQL:MaxUploadBytes).</summary>
    public int MaxRows { get; } = configuration.GetValue("Import:MaxRows", 50_000);
    public const int MaxOnHand = 100_000_000;

    private sealed record StagedProduct(List<CsvRow> Rows, Product Product, bool Created, bool Changed);

    public async Task<ImportProductsPayload> ImportAsync(Viewer viewer, ImportProductsInput input, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.CooperativeManager, Role.Admin) is { } denied) return Fail(denied);
        Guid cooperativeId;
        if (input.CooperativeId != null)
        {
            if (!GlobalIdInput.TryRead(input.CooperativeId, CooperativeGraphNames.Cooperative, out cooperativeId, out var invalid, "input", "cooperativeId"))
                return Fail(invalid!);
        }
        else if (viewer.CooperativeId is { } own) cooperativeId = own;
        else return Fail(UserError.Of(UserErrorCodes.Validation, "Name the cooperative to import into.", "input", "cooperativeId"));
        if (viewer.CheckCooperative(cooperativeId) is { } foreign) return Fail(foreign);

        if ((input.Csv == null) == (input.File == null))
            return Fail(UserError.Of(UserErrorCodes.Validation, "Send the CSV either as csv or as file, not both or neither.", "input", "csv"));
        string csv;
        try
        {
            // Spreadsheet programs start a UTF-8 CSV with a byte-order mark; it is not part of the first header.
            csv = (input.Csv ?? Utf8.GetString(input.File!.Content)).TrimStart('\uFEFF');
        }
        catch (System.Text.DecoderFallbackException)
        {
            return Fail(UserError.Of(UserErrorCodes.Validation, "The file is not UTF-8 text; save the CSV as UTF-8.", "input", "file"));
        }

        var (rows, error) = ProductCsv.Parse(csv);
        if (error != null) return Fail(UserError.Of(UserErrorCodes.Validation, error, "input", "csv"));
        if (rows.Count > MaxRows) return Fail(UserError.Of(UserErrorCodes.Validation, $"At most {MaxRows} rows per import.", "input", "csv"));

        // 1. Check everything; ListingService queues each product's changes in the session without saving them. The
        // products the file names, and its SKUs' owners, are read once for the whole file, not per product.
        var groups = rows.GroupBy(r => r.Get(ProductCsv.Slug)).ToList();
        var slugs = groups.Select(g => g.Key).ToList();
        var existing = (await query.Query<Product>().Where(p => p.Slug.IsOneOf(slugs)).ToListAsync(ct)).ToDictionary(p => p.Slug);
        var skus = rows.Select(r => r.Get(ProductCsv.Sku)).Where(s => s.Length > 0).Distinct().ToList();
        var owners = await inventory.OwnersAsync(skus, ct);
        listings.Prefetched(slugs.ToDictionary(s => s, s => existing.TryGetValue(s, out var p) ? p.Id : (Guid?)null),
            skus.ToDictionary(s => s, s => owners.TryGetValue(s, out var o) ? o : (Guid?)null));
        var staged = new List<StagedProduct>();
        foreach (var group in groups)
        {
            if (await StageProductAsync(viewer, cooperativeId, group.ToList(), existing.GetValueOrDefault(group.Key), input.Publish, ct) is { } product)
                staged.Add(product);
        }
        CheckSkusAreUnique(rows);
        var stock = await StockChangesAsync(rows, ct);

        // 2. One bad row: nothing is written.
        var bad = rows.Where(r => r.Errors.Count > 0).Select(r => r.Line).ToList();
        if (bad.Count > 0)
        {
            writer.Session.EjectAllPendingChanges();
            var notImported = $"Not imported: the file has errors on line {string.Join(", ", bad)}, and an import is all or nothing.";
            return new ImportProductsPayload
            {
                Rows = rows.Select(r => Row(r, ImportRowStatus.Rejected, r.Errors.Count > 0 ? r.Errors : [notImported])).ToList(),
                UserErrors = [UserError.Of(UserErrorCodes.Validation,
                    $"{bad.Count} of {rows.Count} rows have errors (see rows); nothing was imported. Correct them and import the file again.", "input", "csv")]
            };
        }

        var stockChanged = stock.Select(s => s.Row.Line).ToHashSet();
        // A preview (dryRun): the same checks and report, and nothing saved. A slug or SKU taken by another request
        // before the real import is still caught then (step 3).
        if (input.DryRun)
        {
            writer.Session.EjectAllPendingChanges();
            return Report(staged, stockChanged);
        }

        // 3. Everything in one transaction.
        var products = staged.SelectMany(p => p.Rows.Select(r => (r.Line, p.Product))).ToDictionary(x => x.Line, x => x.Product);
        foreach (var (row, previous, onHand, reserved) in stock) QueueStock(viewer, products[row.Line], row.Get(ProductCsv.Sku), previous, onHand, reserved);
        var conflict = await SaveAsync(ct);
        if (conflict != null)
            return new ImportProductsPayload { Rows = rows.Select(r => Row(r, ImportRowStatus.Rejected, [conflict.Message])).ToList(), UserErrors = [conflict] };

        return Report(staged, stockChanged);
    }

    private static ImportProductsPayload Report(List<StagedProduct> staged, HashSet<int> stockChanged) => new()
    {
        Rows = staged.SelectMany(p => p.Rows.Select(r => Row(r,
                p.Created ? ImportRowStatus.Created : p.Changed || stockChanged.Contains(r.Line) ? ImportRowStatus.Updated : ImportRowStatus.Unchanged, [])))
            .OrderBy(r => r.Line).ToList()
    };

    /// <summary>Reads a product's rows and queues its creation or update; null (and the reasons on the rows) when it cannot be.</summary>
    private async Task<StagedProduct?> StageProductAsync(Viewer viewer, Guid cooperativeId, List<CsvRow> rows, Product? existing, bool publish,
        CancellationToken ct)
    {
        var variants = rows.Select(ProductCsv.ToVariant).ToList();
        var input = ProductCsv.ToProduct(rows[0], variants);
        var certificate = ProductCsv.CertificateOf(rows[0]);
        if (certificate != null)
        {
            rows[0].Errors.AddRange(new CertificateValidator(clock).Validate(certificate).Errors
                .Select(f => $"certificate.{char.ToLowerInvariant(f.PropertyName[0])}{f.PropertyName[1..]}: {f.ErrorMessage}"));
        }
        foreach (var row in rows) ProductCsv.StockOf(row); // an unreadable stock cell is an error of its row too
        var badLines = rows.Where(r => r.Errors.Count > 0).Select(r => r.Line).ToList();
        if (badLines.Count > 0)
        {
            foreach (var row in rows.Where(r => r.Errors.Count == 0))
                row.Errors.Add($"Another row of this product is invalid (line {string.Join(", ", badLines)}).");
            return null;
        }

        if (existing != null && existing.CooperativeId != cooperativeId)
        {
            foreach (var row in rows) row.Errors.Add($"The slug '{input.Slug}' belongs to another cooperative's product.");
            return null;
        }
        // The certificate and publishing are part of the same edit (one version, one audit record).
        UserError? Also(Product product)
        {
            if (certificate != null && !ListingService.SameCertificate(product.Certificate, certificate))
            {
                certificate.SubmittedAt = clock.GetUtcNow();
                product.Certificate = certificate;
            }
            return publish ? listings.Publishing(product) : null;
        }
        var result = existing == null
            ? await listings.CreateAsync(viewer, cooperativeId, input, ct, save: false, also: Also)
            : await listings.UpdateAsync(viewer, existing.Id, existing.Version, input, ct, save: false, also: Also);
        if (result.Product == null)
        {
            foreach (var row in rows) row.Errors.AddRange(result.Errors.Select(Describe));
            return null;
        }
        return new StagedProduct(rows, result.Product, existing == null, existing != null && ListingDiff.Between(existing, result.Product).Count > 0);
    }

    /// <summary>The registry only knows saved SKUs: two products of the same file must not bring the same one.</summary>
    private static void CheckSkusAreUnique(List<CsvRow> rows)
    {
        var first = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var sku = row.Get(ProductCsv.Sku);
            if (sku.Length == 0) continue;
            if (first.TryGetValue(sku, out var line)) row.Errors.Add($"SKU '{sku}' is already on line {line}.");
            else first[sku] = row.Line;
        }
    }

    /// <summary>The stock counts the file changes (checked against what placed orders have reserved); bad ones go on their rows.</summary>
    private async Task<List<(CsvRow Row, int Previous, int OnHand, int Reserved)>> StockChangesAsync(List<CsvRow> rows, CancellationToken ct)
    {
        var changes = new List<(CsvRow, int, int, int)>();
        var counted = rows.Where(r => r.Errors.Count == 0 && ProductCsv.StockOf(r) != null).ToList();
        var current = await inventory.LevelsAsync(counted.Select(r => r.Get(ProductCsv.Sku)), ct);
        foreach (var row in counted)
        {
            var onHand = ProductCsv.StockOf(row)!.Value;
            var (previous, reserved) = current.GetValueOrDefault(row.Get(ProductCsv.Sku)); // a new SKU: none yet
            if (onHand is < 0 or > MaxOnHand) row.Errors.Add($"stock: on hand must be between 0 and {MaxOnHand:N0}.");
            else if (onHand < reserved) row.Errors.Add($"stock: {reserved} units are reserved by placed orders; on hand cannot go below that.");
            else if (onHand != previous) changes.Add((row, previous, onHand, reserved));
        }
        return changes;
    }

    /// <summary>Queues a stock count and its audit record. The table's check (reserved ≤ on hand) refuses it if an order reserved meanwhile.</summary>
    private void QueueStock(Viewer viewer, Product product, string sku, int previous, int onHand, int reserved)
    {
        inventory.QueueCount(writer.Session, sku, product.Id, onHand, reserved);
        writer.Session.Insert(new ListingChange
        {
            Id = Guid.NewGuid(), ProductId = product.Id, CooperativeId = product.CooperativeId, ProductSlug = product.Slug,
            Action = "stock_set", At = clock.GetUtcNow(), ActorUserId = viewer.UserId, ActorEmail = viewer.Email ?? "", Version = product.Version,
            Changes = [new FieldChange($"stock[{sku}].onHand", previous.ToString(), onHand.ToString())]
        });
    }

    private async Task<UserError?> SaveAsync(CancellationToken ct)
    {
        try
        {
            return await SaveConflicts.SaveAsync(writer.Session, ct, "A slug or SKU of the file was taken by another request just now; nothing was imported.", "input", "csv");
        }
        catch (Exception ex) when (IsCheckViolation(ex))
        {
            writer.Session.EjectAllPendingChanges();
            return UserError.Of(UserErrorCodes.Conflict, "Orders reserved stock while the file was imported, below a new count; nothing was imported. Import it again.",
                "input", "csv");
        }
    }

    private static bool IsCheckViolation(Exception? ex) =>
        ex is PostgresException { SqlState: PostgresErrorCodes.CheckViolation }
        || (ex is AggregateException a && a.InnerExceptions.Any(IsCheckViolation)) || (ex?.InnerException is { } inner && IsCheckViolation(inner));

    private static ImportRowResult Row(CsvRow row, ImportRowStatus status, List<string> errors) =>
        new(row.Line, row.Get(ProductCsv.Sku), row.Get(ProductCsv.Slug), status, errors);

    // "input.variants.1.retailPrice: Price must be…" → "variants.1.retailPrice: Price must be…"
    private static string Describe(UserError e)
    {
        var path = string.Join('.', e.Field.Skip(1));
        return path.Length > 0 ? $"{path}: {e.Message}" : e.Message;
    }

    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static ImportProductsPayload Fail(UserError error) => new() { UserErrors = [error] };
}
