using OcopMarket.Cooperatives;
using OcopMarket.Inventory;
using System.Text.Json;
using OcopMarket.Kernel.Events;
using FluentValidation;
using Marten;
using OcopMarket.Catalog.Model;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;

namespace OcopMarket.Catalog.Management;

internal sealed record ListingResult(Product? Product, IReadOnlyList<UserError> Errors)
{
    public static ListingResult Fail(params UserError[] errors) => new(null, errors);
}

public enum BulkListingAction
{
    Publish,
    Unpublish,
    Archive,
    VerifyCertificate
}

internal sealed record BulkListingResult(IReadOnlyList<Product> Products, IReadOnlyList<UserError> Errors)
{
    public static BulkListingResult Fail(params UserError[] errors) => new([], errors);
}

/// <summary>
/// A cooperative's listings: create and edit (with the version the editor saw), publish, unpublish, archive, OCOP
/// certificates. Every change goes through CatalogWriter (so the public catalog follows) and leaves a ListingChange
/// with its field-level diff, in the same transaction.
/// </summary>
internal sealed class ListingService(CatalogWriter writer, CooperativeDirectory cooperatives, Stock inventory, IValidator<Product> validator, TimeProvider clock,
    EventOutbox outbox)
{
    private IDocumentSession Session => writer.Session;

    /// <param name="save">False: checked and queued in the session, not saved (the CSV import saves a whole file at once).</param>
    /// <param name="also">More of the same edit (the CSV import's certificate and publishing); its error refuses the edit.</param>
    public async Task<ListingResult> CreateAsync(Viewer viewer, Guid cooperativeId, ProductFieldsInput input, CancellationToken ct, bool save = true,
        Func<Product, UserError?>? also = null)
    {
        if (viewer.CheckCooperative(cooperativeId) is { } denied) return ListingResult.Fail(denied);
        var cooperative = await cooperatives.AnyStatusByIdAsync(cooperativeId, ct);
        if (cooperative == null)
            return ListingResult.Fail(UserError.Of(UserErrorCodes.NotFound, "No cooperative with this id.", "input", "cooperativeId"));

        var product = new Product { Id = Guid.NewGuid(), CooperativeId = cooperativeId, Status = ProductStatus.Draft, CreatedAt = clock.GetUtcNow() };
        input.ApplyTo(product);
        if (also?.Invoke(product) is { } refused) return ListingResult.Fail(refused);
        if (await CheckAsync(product, null, ct) is { Count: > 0 } errors) return new ListingResult(null, errors);
        writer.Save(product, cooperative);
        foreach (var variant in product.Variants) inventory.QueueRegister(Session, variant.Sku, product.Id);
        Record(viewer, null, product, "created", 1);
        return save ? await SaveAsync(product.Id, ct) : new ListingResult(product, []);
    }

    public Task<ListingResult> UpdateAsync(Viewer viewer, Guid productId, int expectedVersion, ProductFieldsInput input, CancellationToken ct,
        bool save = true, Func<Product, UserError?>? also = null) =>
        EditAsync(viewer, productId, expectedVersion, "updated", p =>
        {
            input.ApplyTo(p);
            return also?.Invoke(p);
        }, ct, save: save);

    public Task<ListingResult> PublishAsync(Viewer viewer, Guid productId, int? expectedVersion, CancellationToken ct) =>
        EditAsync(viewer, productId, expectedVersion, "published", Publish, ct);

    public Task<ListingResult> UnpublishAsync(Viewer viewer, Guid productId, int? expectedVersion, CancellationToken ct) =>
        EditAsync(viewer, productId, expectedVersion, "unpublished", Unpublish, ct);

    public Task<ListingResult> ArchiveAsync(Viewer viewer, Guid productId, int? expectedVersion, CancellationToken ct) =>
        EditAsync(viewer, productId, expectedVersion, "archived", Archive, ct);

    private UserError? Publish(Product p)
    {
        if (p.Status == ProductStatus.Archived) return Transition("An archived product cannot be published again; create a new listing.");
        if (p.Status == ProductStatus.Published) return null;
        p.Status = ProductStatus.Published;
        p.PublishedAt = clock.GetUtcNow();
        return null;
    }

    private static UserError? Unpublish(Product p)
    {
        if (p.Status == ProductStatus.Archived) return Transition("The product is archived.");
        p.Status = ProductStatus.Draft;
        return null;
    }

    private static UserError? Archive(Product p)
    {
        p.Status = ProductStatus.Archived;
        return null;
    }

    private static UserError? VerifyCertificate(Product p)
    {
        if (p.Certificate == null) return UserError.Of(UserErrorCodes.NotFound, "The product has no certificate to verify.", "input", "productId");
        p.Certificate.Verified = true;
        return null;
    }

    /// <summary>The publish rule, applied to a product being edited (the CSV import publishes what it imports).</summary>
    internal UserError? Publishing(Product product) => Publish(product);

    /// <summary>The same decision (a certificate re-imported unchanged keeps its verification).</summary>
    public static bool SameCertificate(OcopCertificate? a, OcopCertificate b) =>
        a != null && a.Stars == b.Stars && a.Score == b.Score && a.DecisionNumber == b.DecisionNumber && a.Issuer == b.Issuer
        && a.Level == b.Level && a.IssuedOn == b.IssuedOn;

    /// <summary>The cooperative attaches a certificate; it counts only once an admin verifies it.</summary>
    public Task<ListingResult> AttachCertificateAsync(Viewer viewer, Guid productId, OcopCertificate certificate, CancellationToken ct) =>
        EditAsync(viewer, productId, null, "certificate_attached", p =>
        {
            certificate.SubmittedAt = clock.GetUtcNow();
            p.Certificate = certificate;
            return null;
        }, ct, certificate: true);

    public async Task<ListingResult> VerifyCertificateAsync(Viewer viewer, Guid productId, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.Admin) is { } denied) return ListingResult.Fail(denied);
        return await EditAsync(viewer, productId, null, "certificate_verified", VerifyCertificate, ct);
    }

    /// <summary>Most items in one bulk call (publishProducts, verifyCertificates…).</summary>
    public const int MaxBulkItems = 1000;

    /// <summary>
    /// One action on many listings, all or nothing: every item is checked as the single mutation checks it (same rules,
    /// version, audit trail); if any fails nothing is saved and each failure names its item (input.productIds.N);
    /// otherwise everything is saved in one transaction.
    /// </summary>
    public async Task<BulkListingResult> BulkAsync(Viewer viewer, BulkListingAction action, IReadOnlyList<Guid> productIds, CancellationToken ct)
    {
        if (viewer.CheckRole(action == BulkListingAction.VerifyCertificate ? [Role.Admin] : [Role.Admin, Role.CooperativeManager]) is { } denied)
            return BulkListingResult.Fail(denied);
        if (productIds.Count == 0) return BulkListingResult.Fail(UserError.Of(UserErrorCodes.Validation, "Name at least one product.", "input", "productIds"));
        if (productIds.Count > MaxBulkItems)
            return BulkListingResult.Fail(UserError.Of(UserErrorCodes.Validation, $"At most {MaxBulkItems} products per call.", "input", "productIds"));

        var (name, change) = action switch
        {
            BulkListingAction.Publish => ("published", (Func<Product, UserError?>)Publish),
            BulkListingAction.Unpublish => ("unpublished", Unpublish),
            BulkListingAction.Archive => ("archived", Archive),
            _ => ("certificate_verified", VerifyCertificate)
        };
        var loaded = (await Session.LoadManyAsync<Product>(ct, productIds.Distinct())).ToDictionary(p => p.Id);
        var errors = new List<UserError>();
        var seen = new HashSet<Guid>();
        for (var i = 0; i < productIds.Count; i++)
        {
            var at = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!seen.Add(productIds[i]))
            {
                errors.Add(UserError.Of(UserErrorCodes.Validation, "This product is named twice.", "input", "productIds", at));
                continue;
            }
            var result = await EditLoadedAsync(viewer, loaded.GetValueOrDefault(productIds[i]), null, name, change, ct, save: false);
            // The single mutation's field (input.productId, input.expectedVersion) becomes the item's.
            errors.AddRange(result.Errors.Select(e => e with { Field = ["input", "productIds", at] }));
        }
        if (errors.Count > 0)
        {
            Session.EjectAllPendingChanges();
            return new BulkListingResult([], errors);
        }
        if (await SaveConflicts.SaveAsync(Session, ct, "Another request changed one of these products just now; nothing was changed. Try again.", "input", "productIds") is { } conflict)
            return BulkListingResult.Fail(conflict);
        var saved = (await Session.LoadManyAsync<Product>(ct, productIds)).ToDictionary(p => p.Id);
        return new BulkListingResult(productIds.Select(id => saved[id]).ToList(), []);
    }

    /// <summary>
    /// Load, authorize, check the version, change, validate, save with the revision check, record the diff. A change
    /// that alters nothing writes nothing (so re-sending an edit, or re-importing a file, is harmless).
    /// </summary>
    private async Task<ListingResult> EditAsync(Viewer viewer, Guid productId, int? expectedVersion, string action,
        Func<Product, UserError?> change, CancellationToken ct, bool certificate = false, bool save = true) =>
        await EditLoadedAsync(viewer, await Session.LoadAsync<Product>(productId, ct), expectedVersion, action, change, ct, certificate, save);

    private async Task<ListingResult> EditLoadedAsync(Viewer viewer, Product? product, int? expectedVersion, string action,
        Func<Product, UserError?> change, CancellationToken ct, bool certificate = false, bool save = true)
    {
        if (product == null)
        {
            // Managers learn nothing about ids outside their cooperative.
            return ListingResult.Fail(viewer.CheckRole(Role.Admin, Role.CooperativeManager)
                ?? UserError.Of(UserErrorCodes.NotFound, "No product with this id.", "input", "productId"));
        }
        if (viewer.CheckCooperative(product.CooperativeId) is { } denied) return ListingResult.Fail(denied);
        var version = expectedVersion ?? product.Version;
        if (product.Version != version)
            return ListingResult.Fail(UserError.Of(UserErrorCodes.Conflict, SaveConflicts.StaleMessage, "input", "expectedVersion"));

        var before = Clone(product);
        if (change(product) is { } refused) return ListingResult.Fail(refused);
        var errors = certificate ? await CheckCertificateAsync(product, ct) : await CheckAsync(product, before, ct);
        if (errors.Count > 0) return new ListingResult(null, errors);
        if (ListingDiff.Between(before, product).Count == 0) return new ListingResult(product, []);

        var cooperative = await CooperativeAsync(product.CooperativeId, ct);
        writer.SaveRevision(product, cooperative!, version);
        if (!SameSkus(before, product))
        {
            var owned = await OwnersAsync(product.Variants.Select(v => v.Sku), ct);
            foreach (var variant in product.Variants.Where(v => !owned.ContainsKey(v.Sku))) inventory.QueueRegister(Session, variant.Sku, product.Id);
        }
        Record(viewer, before, product, action, version + 1);
        return save ? await SaveAsync(product.Id, ct) : new ListingResult(product, []);
    }

    /// <summary>The listing rules, then slug and SKU uniqueness (checked here for a clear error; the indexes have the last word).</summary>
    public async Task<List<UserError>> CheckAsync(Product product, Product? before, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(product, ct);
        if (!validation.IsValid) return UserError.FromValidation(validation).ToList();
        var errors = new List<UserError>();
        if (before?.Slug != product.Slug && await SlugTakenAsync(product, ct))
            errors.Add(UserError.Of(UserErrorCodes.Conflict, $"The slug '{product.Slug}' is taken.", "input", "slug"));
        if (before != null && SameSkus(before, product)) return errors; // its own SKUs: nothing to check (status changes, bulk work)
        var owners = await OwnersAsync(product.Variants.Select(v => v.Sku), ct);
        for (var i = 0; i < product.Variants.Count; i++)
        {
            if (owners.TryGetValue(product.Variants[i].Sku, out var owner) && owner != product.Id)
                errors.Add(UserError.Of(UserErrorCodes.Conflict, $"SKU '{product.Variants[i].Sku}' is already used by another product.",
                    "input", "variants", i.ToString(), "sku"));
        }
        return errors;
    }

    private async Task<List<UserError>> CheckCertificateAsync(Product product, CancellationToken ct)
    {
        var validation = await new CertificateValidator(clock).ValidateAsync(product.Certificate!, ct);
        return UserError.FromValidation(validation).ToList();
    }

    /// <summary>
    /// What a batch of edits (a CSV import) read beforehand in one round trip each: for each slug, the product holding it,
    /// and for each SKU, its owner (null: free). The checks then look these up instead of asking the database per
    /// product; a slug or SKU not prefetched is still asked, and the unique indexes have the last word at save.
    /// </summary>
    public void Prefetched(IReadOnlyDictionary<string, Guid?> productsBySlug, IReadOnlyDictionary<string, Guid?> skuOwners)
    {
        prefetchedSlugs = productsBySlug;
        prefetchedOwners = skuOwners;
    }

    private IReadOnlyDictionary<string, Guid?>? prefetchedSlugs, prefetchedOwners;

    private async Task<bool> SlugTakenAsync(Product product, CancellationToken ct) =>
        prefetchedSlugs != null && prefetchedSlugs.TryGetValue(product.Slug, out var holder)
            ? holder != null && holder != product.Id
            : await Session.Query<Product>().AnyAsync(p => p.Slug == product.Slug && p.Id != product.Id, ct);

    private async Task<IReadOnlyDictionary<string, Guid>> OwnersAsync(IEnumerable<string> skus, CancellationToken ct)
    {
        var wanted = skus.ToList();
        if (prefetchedOwners == null || !wanted.All(prefetchedOwners.ContainsKey)) return await inventory.OwnersAsync(wanted, ct);
        var owners = new Dictionary<string, Guid>();
        foreach (var sku in wanted)
        {
            if (prefetchedOwners[sku] is { } owner) owners[sku] = owner;
        }
        return owners;
    }

    private static bool SameSkus(Product? before, Product after) =>
        before != null && before.Variants.Select(v => v.Sku).SequenceEqual(after.Variants.Select(v => v.Sku));

    /// <summary>The cooperatives of this unit of work, read once each (a bulk call or an import touches one or a few).</summary>
    private readonly Dictionary<Guid, CooperativeSummary?> cooperativesRead = [];

    private async Task<CooperativeSummary?> CooperativeAsync(Guid id, CancellationToken ct)
    {
        if (!cooperativesRead.TryGetValue(id, out var cooperative)) cooperativesRead[id] = cooperative = await cooperatives.AnyStatusByIdAsync(id, ct);
        return cooperative;
    }

    private void Record(Viewer viewer, Product? before, Product after, string action, int version)
    {
        Session.Insert(new ListingChange
        {
            Id = Guid.NewGuid(), ProductId = after.Id, CooperativeId = after.CooperativeId, ProductSlug = after.Slug, Action = action,
            At = clock.GetUtcNow(), ActorUserId = viewer.UserId, ActorEmail = viewer.Email ?? "", Version = version,
            Changes = ListingDiff.Between(before, after)
        });
        if (ProductEvents.TypeOf(before, after) is { } type) ProductEvents.Record(outbox, Session, type, after, version);
    }

    private async Task<ListingResult> SaveAsync(Guid productId, CancellationToken ct)
    {
        if (await SaveConflicts.SaveAsync(Session, ct, "The slug or a SKU was taken by another request just now.", "input") is { } conflict)
            return ListingResult.Fail(conflict);
        return new ListingResult(await Session.LoadAsync<Product>(productId, ct), []);
    }

    private static UserError Transition(string message) => UserError.Of(UserErrorCodes.InvalidTransition, message, "input", "productId");

    private static Product Clone(Product product) => JsonSerializer.Deserialize<Product>(JsonSerializer.Serialize(product))!;
}
