using Marten;
using OcopMarket.Catalog.Model;
using OcopMarket.Kernel.Events;

namespace OcopMarket.Catalog.Management;

/// <summary>
/// The listing events (docs/events.md), public like the catalog itself: product.published when a listing goes on sale,
/// product.changed when a listing on sale is edited (prices, names, variants, certificate), product.unlisted when it is
/// taken off sale (unpublished or archived). A draft's edits are nobody's business but its cooperative's: no event.
/// </summary>
internal static class ProductEvents
{
    public const string Published = "product.published", Changed = "product.changed", Unlisted = "product.unlisted";

    public static string? TypeOf(Product? before, Product after) =>
        (before?.Status == ProductStatus.Published, after.Status == ProductStatus.Published) switch
        {
            (false, true) => Published,
            (true, true) => Changed,
            (true, false) => Unlisted,
            _ => null
        };

    public static void Record(EventOutbox outbox, IDocumentSession session, string type, Product product, int version) =>
        outbox.Record(session, type, "product:" + product.Id, EventAudience.Everyone(product.CooperativeId), new ProductEventData(
            GlobalId.Encode(Catalog.GraphQL.ProductGraphNames.Product, product.Id), product.Slug, product.Name,
            GlobalId.Encode(Cooperatives.GraphQL.CooperativeGraphNames.Cooperative, product.CooperativeId),
            product.Status.ToString().ToUpperInvariant(), version));
}

/// <summary>The data of a product.* event; <see cref="Version"/> is the listing's version after the change.</summary>
public sealed record ProductEventData(string ProductId, string Slug, string Name, string CooperativeId, string Status, int Version);
