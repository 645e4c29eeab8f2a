using FluentValidation;
using Marten;
using OcopMarket.Cooperatives.Model;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;

namespace OcopMarket.Cooperatives.Management;

internal sealed record CooperativeResult(Cooperative? Cooperative, IReadOnlyList<UserError> Errors, Account? Manager = null)
{
    public static CooperativeResult Fail(params UserError[] errors) => new(null, errors);
    public static CooperativeResult Fail(IReadOnlyList<UserError> errors) => new(null, errors);
}

/// <summary>Cooperatives as tenants: open registration (unverified, with its first manager), verification and suspension
/// by an admin, and the storefront its managers edit.</summary>
internal sealed class CooperativeService(IDocumentSession session, IEnumerable<ICooperativeChanges> observers, UserAccounts accounts, IValidator<RegisterCooperativeInput> registerValidator,
    IValidator<UpdateStorefrontInput> storefrontValidator, TimeProvider clock)
{
    private IDocumentSession Session => session;

    public async Task<CooperativeResult> RegisterAsync(RegisterCooperativeInput input, CancellationToken ct)
    {
        var validation = await registerValidator.ValidateAsync(input, ct);
        if (!validation.IsValid) return CooperativeResult.Fail(UserError.FromValidation(validation));
        if (await Session.Query<Cooperative>().AnyAsync(c => c.Slug == input.Slug, ct))
            return CooperativeResult.Fail(UserError.Of(UserErrorCodes.Conflict, "This slug is taken.", "input", "slug"));
        // Last: a taken slug must answer the same whether or not the e-mail has an account.
        if (await accounts.CheckEmailFreeAsync(input.Manager.Email, ["input", "manager", "email"], ct) is { } taken)
            return CooperativeResult.Fail(taken);

        var cooperative = new Cooperative
        {
            Id = Guid.NewGuid(), Slug = input.Slug, Name = input.Name.Trim(), RegistrationCode = input.RegistrationCode.Trim(),
            ProvinceCode = input.ProvinceCode, FormerProvinceCode = input.FormerProvinceCode, Commune = input.Commune.Trim(),
            Address = input.Address.Trim(), FoundedYear = input.FoundedYear, MemberCount = input.MemberCount, Story = input.Story,
            Contacts = ToContacts(input.Contacts, new CooperativeContacts()), Status = CooperativeStatus.Unverified,
            CreatedAt = clock.GetUtcNow()
        };
        Session.Insert(cooperative);
        var manager = accounts.Queue(input.Manager, Role.CooperativeManager, cooperativeId: cooperative.Id);
        if (await SaveConflicts.SaveAsync(Session, ct, "This slug or email is taken.", "input") is { } conflict)
            return CooperativeResult.Fail(conflict);
        return new CooperativeResult(cooperative, [], manager);
    }

    /// <summary>verifyCooperative / suspendCooperative (admins only). The products' catalog rows follow in the same
    /// transaction, so a suspended cooperative's products leave the public catalog at once.</summary>
    public async Task<CooperativeResult> ChangeStatusAsync(Viewer viewer, Guid id, CooperativeStatus status, CancellationToken ct, string? reason = null)
    {
        if (viewer.CheckRole(Role.Admin) is { } denied) return CooperativeResult.Fail(denied);
        var (why, refused) = StatusReasons.Check(reason, required: false);
        if (refused != null) return CooperativeResult.Fail(refused);
        var cooperative = await Session.LoadAsync<Cooperative>(id, ct);
        if (cooperative == null) return CooperativeResult.Fail(NotFound);
        if (cooperative.Status == status && (why == null || why == cooperative.StatusReason)) return new CooperativeResult(cooperative, []);
        cooperative.Status = status;
        cooperative.StatusReason = why;
        cooperative.StatusChangedAt = clock.GetUtcNow();
        Session.UpdateRevision(cooperative, cooperative.Version + 1);
        foreach (var observer in observers) await observer.ChangedAsync(CooperativeSummary.Of(cooperative), ct);
        if (await SaveConflicts.SaveAsync(Session, ct, "") is { } conflict) return CooperativeResult.Fail(conflict);
        return new CooperativeResult(await Session.LoadAsync<Cooperative>(id, ct), []);
    }

    public async Task<CooperativeResult> UpdateStorefrontAsync(Viewer viewer, Guid id, UpdateStorefrontInput input, CancellationToken ct)
    {
        if (viewer.CheckCooperative(id) is { } denied) return CooperativeResult.Fail(denied);
        var validation = await storefrontValidator.ValidateAsync(input, ct);
        if (!validation.IsValid) return CooperativeResult.Fail(UserError.FromValidation(validation));
        var cooperative = await Session.LoadAsync<Cooperative>(id, ct);
        if (cooperative == null) return CooperativeResult.Fail(NotFound);
        if (cooperative.Version != input.ExpectedVersion)
            return CooperativeResult.Fail(UserError.Of(UserErrorCodes.Conflict, SaveConflicts.StaleMessage, "input", "expectedVersion"));

        var storefront = cooperative.Storefront;
        storefront.Tagline = input.Tagline ?? storefront.Tagline;
        storefront.BannerUrl = ClearableUrl(input.BannerUrl, storefront.BannerUrl);
        storefront.FeaturedProductSlugs = input.FeaturedProductSlugs ?? storefront.FeaturedProductSlugs;
        cooperative.Story = input.Story ?? cooperative.Story;
        cooperative.StoryEn = input.StoryEn ?? cooperative.StoryEn;
        cooperative.LogoUrl = ClearableUrl(input.LogoUrl, cooperative.LogoUrl);
        cooperative.Contacts = ToContacts(input.Contacts, cooperative.Contacts);
        // The revision check in the database catches an edit that lands between our read and this write.
        Session.UpdateRevision(cooperative, input.ExpectedVersion + 1);
        if (await SaveConflicts.SaveAsync(Session, ct, "") is { } conflict) return CooperativeResult.Fail(conflict);
        return new CooperativeResult(await Session.LoadAsync<Cooperative>(id, ct), []);
    }

    /// <summary>Null keeps the URL; an empty (or blank) string removes it.</summary>
    private static string? ClearableUrl(string? input, string? current) =>
        input == null ? current : string.IsNullOrWhiteSpace(input) ? null : input.Trim();

    private static readonly UserError NotFound = UserError.Of(UserErrorCodes.NotFound, "No cooperative with this id.", "input", "cooperativeId");

    private static CooperativeContacts ToContacts(ContactsInput? input, CooperativeContacts current) => input == null ? current : new()
    {
        Phone = input.Phone ?? current.Phone, Email = input.Email ?? current.Email, Website = input.Website ?? current.Website
    };
}
