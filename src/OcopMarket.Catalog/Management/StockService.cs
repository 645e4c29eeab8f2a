using OcopMarket.Inventory;
using Marten;
using Npgsql;
using OcopMarket.Catalog.Model;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;

namespace OcopMarket.Catalog.Management;

/// <summary>A SKU's stock as setStockLevels reports it.</summary>
public sealed record StockCount(string Sku, int OnHand, int Reserved);

public sealed record StockCountsResult(IReadOnlyList<StockCount> Levels, IReadOnlyList<UserError> Errors);

internal sealed record StockResult(string? Sku, int? OnHand, int? Reserved, Product? Product, IReadOnlyList<UserError> Errors, bool Changed = false);

/// <summary>setStock: a cooperative counts its goods. On-hand may never go below what placed orders have reserved.</summary>
internal sealed class StockService(IDocumentSession session, IDocumentStore store, NpgsqlDataSource db, Stock inventory, TimeProvider clock)
{
    public async Task<StockResult> SetOnHandAsync(Viewer viewer, SetStockInput input, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.Admin, Role.CooperativeManager) is { } denied) return Fail(denied);
        if (input.OnHand is < 0 or > 100_000_000)
            return Fail(UserError.Of(UserErrorCodes.Validation, "On hand must be between 0 and 100,000,000.", "input", "onHand"));

        var owners = await inventory.OwnersAsync([input.Sku], ct);
        var product = owners.TryGetValue(input.Sku, out var productId) ? await session.LoadAsync<Product>(productId, ct) : null;
        if (product == null) return Fail(UserError.Of(UserErrorCodes.NotFound, "No variant with this SKU.", "input", "sku"));
        if (viewer.CheckCooperative(product.CooperativeId) is { } foreign) return Fail(foreign);

        // The count and its audit record commit together, or neither does.
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var previous = await inventory.TryCountAsync(tx, input.Sku, input.OnHand, ct);
        if (previous == null)
        {
            await tx.RollbackAsync(ct);
            var current = await inventory.LevelAsync(input.Sku, ct);
            return Fail(UserError.Of(UserErrorCodes.Conflict,
                $"{current?.Reserved} units are reserved by placed orders; on hand cannot go below that.", "input", "onHand"));
        }
        if (previous != input.OnHand)
        {
            await using var audit = store.LightweightSession(Marten.Services.SessionOptions.ForTransaction(tx));
            audit.Insert(new ListingChange
            {
                Id = Guid.NewGuid(), ProductId = product.Id, CooperativeId = product.CooperativeId, ProductSlug = product.Slug,
                Action = "stock_set", At = clock.GetUtcNow(), ActorUserId = viewer.UserId, ActorEmail = viewer.Email ?? "",
                Version = product.Version,
                Changes = [new FieldChange($"stock[{input.Sku}].onHand", previous.ToString(), input.OnHand.ToString())]
            });
            await audit.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        var stock = await inventory.LevelAsync(input.Sku, ct);
        return new StockResult(input.Sku, stock?.OnHand, stock?.Reserved, product, [], previous != input.OnHand);
    }

    /// <summary>Most counts in one setStockLevels call.</summary>
    public const int MaxBulkItems = 1000;

    /// <summary>
    /// setStockLevels: many counts, all or nothing. Every item is checked as setStock checks it (range, SKU known, the
    /// caller's own cooperative, never below reserved); any refusal names its item (input.levels.N.…) and nothing is
    /// written. The counts and their audit records commit in one transaction, SKUs locked in a fixed order.
    /// </summary>
    public async Task<StockCountsResult> SetManyAsync(Viewer viewer, IReadOnlyList<SetStockInput> levels, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.Admin, Role.CooperativeManager) is { } denied) return new([], [denied]);
        if (levels.Count is 0 or > MaxBulkItems)
            return new([], [UserError.Of(UserErrorCodes.Validation, $"Name 1 to {MaxBulkItems} stock counts.", "input", "levels")]);

        var owners = await inventory.OwnersAsync(levels.Select(l => l.Sku), ct);
        var products = (await session.LoadManyAsync<Product>(ct, owners.Values.Distinct())).ToDictionary(p => p.Id);
        var errors = new List<UserError>();
        var seen = new HashSet<string>();
        for (var i = 0; i < levels.Count; i++)
        {
            var at = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var level = levels[i];
            if (!seen.Add(level.Sku))
                errors.Add(UserError.Of(UserErrorCodes.Validation, "This SKU is named twice.", "input", "levels", at, "sku"));
            else if (level.OnHand is < 0 or > 100_000_000)
                errors.Add(UserError.Of(UserErrorCodes.Validation, "On hand must be between 0 and 100,000,000.", "input", "levels", at, "onHand"));
            else if (!owners.TryGetValue(level.Sku, out var productId) || !products.TryGetValue(productId, out var product))
                errors.Add(UserError.Of(UserErrorCodes.NotFound, "No variant with this SKU.", "input", "levels", at, "sku"));
            else if (viewer.CheckCooperative(product.CooperativeId) is { } foreign)
                errors.Add(foreign with { Field = ["input", "levels", at, "sku"] });
        }
        if (errors.Count > 0) return new([], errors);

        await using var connection = await db.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var previous = new Dictionary<string, int>();
        var belowReserved = new List<int>();
        foreach (var (level, i) in levels.Select((l, i) => (l, i)).OrderBy(x => x.l.Sku, StringComparer.Ordinal))
        {
            if (await inventory.TryCountAsync(tx, level.Sku, level.OnHand, ct) is { } before) previous[level.Sku] = before;
            else belowReserved.Add(i);
        }
        if (belowReserved.Count > 0)
        {
            await tx.RollbackAsync(ct);
            var current = await inventory.LevelsAsync(belowReserved.Select(i => levels[i].Sku), ct);
            return new([], belowReserved.Order().Select(i => UserError.Of(UserErrorCodes.Conflict,
                $"{current.GetValueOrDefault(levels[i].Sku).Reserved} units are reserved by placed orders; on hand cannot go below that.",
                "input", "levels", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "onHand")).ToList());
        }
        await using (var audit = store.LightweightSession(Marten.Services.SessionOptions.ForTransaction(tx)))
        {
            foreach (var level in levels.Where(l => previous[l.Sku] != l.OnHand))
            {
                var product = products[owners[level.Sku]];
                audit.Insert(new ListingChange
                {
                    Id = Guid.NewGuid(), ProductId = product.Id, CooperativeId = product.CooperativeId, ProductSlug = product.Slug,
                    Action = "stock_set", At = clock.GetUtcNow(), ActorUserId = viewer.UserId, ActorEmail = viewer.Email ?? "",
                    Version = product.Version,
                    Changes = [new FieldChange($"stock[{level.Sku}].onHand", previous[level.Sku].ToString(), level.OnHand.ToString())]
                });
            }
            await audit.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        var after = await inventory.LevelsAsync(levels.Select(l => l.Sku), ct);
        return new(levels.Select(l => new StockCount(l.Sku, after[l.Sku].OnHand, after[l.Sku].Reserved)).ToList(), []);
    }

    private static StockResult Fail(UserError error) => new(null, null, null, null, [error]);
}
