using OcopMarket.Inventory;
using Marten;
using Npgsql;
using OcopMarket.Catalog.Model;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;

namespace OcopMarket.Catalog.Management;

public sealed record StockResult(string? Sku, int? OnHand, int? Reserved, Product? Product, IReadOnlyList<UserError> Errors, bool Changed = false);

/// <summary>setStock: a cooperative counts its goods. On-hand may never go below what placed orders have reserved.</summary>
public sealed class StockService(IDocumentSession session, IDocumentStore store, NpgsqlDataSource db, Stock inventory, TimeProvider clock)
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

    private static StockResult Fail(UserError error) => new(null, null, null, null, [error]);
}
