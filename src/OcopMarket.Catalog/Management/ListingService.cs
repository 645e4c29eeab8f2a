using OcopMarket.Cooperatives;
using OcopMarket.Inventory;
using System.Text.Json;
using FluentValidation;
using Marten;
using OcopMarket.Catalog.Model;
using OcopMarket.Cooperatives.Model;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;

namespace OcopMarket.Catalog.Management;

public sealed record ListingResult(Product? Product, IReadOnlyList<UserError> Errors)
{
    public static ListingResult Fail(params UserError[] errors) => new(null, errors);
}

/// <summary>
/// A cooperative's listings: create and edit (with the version the editor saw), publish, unpublish, archive, OCOP
/// certificates. Every change goes through CatalogWriter (so the public catalog follows) and leaves a ListingChange
/// with its field-level diff, in the same transaction.
/// </summary>
public sealed class ListingService(CatalogWriter writer, CooperativeDirectory cooperatives, Stock inventory, IValidator<Product> validator, TimeProvider clock)
{
    private IDocumentSession Session => writer.Session;

    /// <param name="save">False: checked and queued in the session, not saved (the CSV import saves a whole file at once).</param>
    public async Task<ListingResult> CreateAsync(Viewer viewer, Guid cooperativeId, ProductFieldsInput input, CancellationToken ct, bool save = true)
    {
        if (viewer.CheckCooperative(cooperativeId) is { } denied) return ListingResult.Fail(denied);
        var cooperative = await cooperatives.AnyStatusByIdAsync(cooperativeId, ct);
        if (cooperative == null)
            return ListingResult.Fail(UserError.Of(UserErrorCodes.NotFound, "No cooperative with this id.", "input", "cooperativeId"));

        var product = new Product { Id = Guid.NewGuid(), CooperativeId = cooperativeId, Status = ProductStatus.Draft, CreatedAt = clock.GetUtcNow() };
        input.ApplyTo(product);
        if (await CheckAsync(product, null, ct) is { Count: > 0 } errors) return new ListingResult(null, errors);
        writer.Save(product, cooperative);
        foreach (var variant in product.Variants) inventory.QueueRegister(Session, variant.Sku, product.Id);
        Record(viewer, null, product, "created", 1);
        return save ? await SaveAsync(product.Id, ct) : new ListingResult(product, []);
    }

    public Task<ListingResult> UpdateAsync(Viewer viewer, Guid productId, int expectedVersion, ProductFieldsInput input, CancellationToken ct,
        bool save = true) =>
        EditAsync(viewer, productId, expectedVersion, "updated", p =>
        {
            input.ApplyTo(p);
            return null;
        }, ct, save: save);

    public Task<ListingResult> PublishAsync(Viewer viewer, Guid productId, int? expectedVersion, CancellationToken ct) =>
        EditAsync(viewer, productId, expectedVersion, "published", p =>
        {
            if (p.Status == ProductStatus.Archived) return Transition("An archived product cannot be published again; create a new listing.");
            if (p.Status == ProductStatus.Published) return null;
            p.Status = ProductStatus.Published;
            p.PublishedAt = clock.GetUtcNow();
            return null;
        }, ct);

    public Task<ListingResult> UnpublishAsync(Viewer viewer, Guid productId, int? expectedVersion, CancellationToken ct) =>
        EditAsync(viewer, productId, expectedVersion, "unpublished", p =>
        {
            if (p.Status == ProductStatus.Archived) return Transition("The product is archived.");
            p.Status = ProductStatus.Draft;
            return null;
        }, ct);

    public Task<ListingResult> ArchiveAsync(Viewer viewer, Guid productId, int? expectedVersion, CancellationToken ct) =>
        EditAsync(viewer, productId, expectedVersion, "archived", p =>
        {
            p.Status = ProductStatus.Archived;
            return null;
        }, ct);

    /// <summary>The cooperative attaches a certificate; it counts only once an admin verifies it.</summary>
    public Task<ListingResult> AttachCertificateAsync(Viewer viewer, Guid productId, OcopCertificate certificate, CancellationToken ct) =>
        EditAsync(viewer, productId, null, "certificate_attached", p =>
        {
            p.Certificate = certificate;
            return null;
        }, ct, certificate: true);

    public async Task<ListingResult> VerifyCertificateAsync(Viewer viewer, Guid productId, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.Admin) is { } denied) return ListingResult.Fail(denied);
        return await EditAsync(viewer, productId, null, "certificate_verified", p =>
        {
            if (p.Certificate == null) return UserError.Of(UserErrorCodes.NotFound, "The product has no certificate to verify.", "input", "productId");
            p.Certificate.Verified = true;
            return null;
        }, ct);
    }

    /// <summary>
    /// Load, authorize, check the version, change, validate, save with the revision check, record the diff. A change
    /// that alters nothing writes nothing (so re-sending an edit, or re-importing a file, is harmless).
    /// </summary>
    private async Task<ListingResult> EditAsync(Viewer viewer, Guid productId, int? expectedVersion, string action,
        Func<Product, UserError?> change, CancellationToken ct, bool certificate = false, bool save = true)
    {
        var product = await Session.LoadAsync<Product>(productId, ct);
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

        var cooperative = await cooperatives.AnyStatusByIdAsync(product.CooperativeId, ct);
        writer.SaveRevision(product, cooperative!, version);
        var owned = await inventory.OwnersAsync(product.Variants.Select(v => v.Sku), ct);
        foreach (var variant in product.Variants.Where(v => !owned.ContainsKey(v.Sku))) inventory.QueueRegister(Session, variant.Sku, product.Id);
        Record(viewer, before, product, action, version + 1);
        return save ? await SaveAsync(product.Id, ct) : new ListingResult(product, []);
    }

    /// <summary>The listing rules, then slug and SKU uniqueness (checked here for a clear error; the indexes have the last word).</summary>
    public async Task<List<UserError>> CheckAsync(Product product, Product? before, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(product, ct);
        if (!validation.IsValid) return UserError.FromValidation(validation).ToList();
        var errors = new List<UserError>();
        if (before?.Slug != product.Slug && await Session.Query<Product>().AnyAsync(p => p.Slug == product.Slug && p.Id != product.Id, ct))
            errors.Add(UserError.Of(UserErrorCodes.Conflict, $"The slug '{product.Slug}' is taken.", "input", "slug"));
        var owners = await inventory.OwnersAsync(product.Variants.Select(v => v.Sku), ct);
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

    private void Record(Viewer viewer, Product? before, Product after, string action, int version) =>
        Session.Insert(new ListingChange
        {
            Id = Guid.NewGuid(), ProductId = after.Id, CooperativeId = after.CooperativeId, ProductSlug = after.Slug, Action = action,
            At = clock.GetUtcNow(), ActorUserId = viewer.UserId, ActorEmail = viewer.Email ?? "", Version = version,
            Changes = ListingDiff.Between(before, after)
        });

    private async Task<ListingResult> SaveAsync(Guid productId, CancellationToken ct)
    {
        if (await SaveConflicts.SaveAsync(Session, ct, "The slug or a SKU was taken by another request just now.", "input") is { } conflict)
            return ListingResult.Fail(conflict);
        return new ListingResult(await Session.LoadAsync<Product>(productId, ct), []);
    }

    private static UserError Transition(string message) => UserError.Of(UserErrorCodes.InvalidTransition, message, "input", "productId");

    private static Product Clone(Product product) => JsonSerializer.Deserialize<Product>(JsonSerializer.Serialize(product))!;
}
