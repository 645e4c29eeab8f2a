using Marten;
using OcopMarket.Catalog.Model;
using OcopMarket.Cooperatives.Provinces;
using OcopMarket.Catalog.Search;
using OcopMarket.Inventory;

using OcopMarket.Cooperatives;

namespace OcopMarket.Catalog;

/// <summary>A cooperative verified, suspended or renamed: its products' listing rows follow in the same unit of work.</summary>
internal sealed class CatalogListingsFollowCooperatives(CatalogWriter writer) : ICooperativeChanges
{
    public Task ChangedAsync(CooperativeSummary cooperative, CancellationToken ct) => writer.RefreshListingsAsync(cooperative, ct);
}

/// <summary>
/// The one write path for products: stores the document and its listing row in the same unit of work, so the
/// catalog's filters and search always agree with the product. Call session.SaveChangesAsync() afterwards.
/// </summary>
internal sealed class CatalogWriter(IDocumentSession session, ProvinceDirectory provinces, TimeProvider clock, Stock stock)
{
    public IDocumentSession Session => session;

    public void Save(Product product, CooperativeSummary cooperative)
    {
        product.UpdatedAt = clock.GetUtcNow();
        if (product.CreatedAt == default) product.CreatedAt = product.UpdatedAt;
        session.Store(product);
        ListingTable.QueueUpsert(session, product, cooperative, provinces);
    }

    /// <summary>
    /// Saves an edit of a product read at expectedVersion: Marten's numeric revision check makes SaveChangesAsync throw
    /// JasperFx.ConcurrencyException (and store nothing) when someone saved it since, so no edit is silently lost.
    /// </summary>
    public void SaveRevision(Product product, CooperativeSummary cooperative, int expectedVersion)
    {
        product.UpdatedAt = clock.GetUtcNow();
        session.UpdateRevision(product, expectedVersion + 1);
        ListingTable.QueueUpsert(session, product, cooperative, provinces);
    }

    /// <summary>After a cooperative changes (status, province, name), its products' listing rows follow.</summary>
    public async Task RefreshListingsAsync(CooperativeSummary cooperative, CancellationToken ct)
    {
        var products = await session.Query<Product>().Where(p => p.CooperativeId == cooperative.Id).ToListAsync(ct);
        foreach (var product in products) ListingTable.QueueUpsert(session, product, cooperative, provinces);
    }

    /// <summary>Creates the SKU's stock row, or sets its on-hand count (never below what is reserved).</summary>
    public void QueueSetOnHand(string sku, Guid productId, int onHand) => stock.QueueRegisterOrCount(session, sku, productId, onHand);
}
