using FluentValidation;
using Marten;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;

namespace OcopMarket.Ordering.Buyers;

/// <summary>What other modules may know of a buyer business (the document stays internal to Ordering).</summary>
public sealed record BuyerSummary(Guid Id, string Name, bool CanOrder);

internal sealed record BuyerResult(Buyer? Buyer, IReadOnlyList<UserError> Errors, Account? Member = null)
{
    public static BuyerResult Fail(params UserError[] errors) => new(null, errors);
}

/// <summary>Buyer businesses: open registration (the business and its first member), verification by an admin.</summary>
public sealed class BuyerService(IDocumentSession session, UserAccounts accounts, IValidator<RegisterBuyerInput> validator,
    Cooperatives.Provinces.ProvinceDirectory provinces, TimeProvider clock)
{
    private const int MaxAddresses = 20;
    internal async Task<BuyerResult> RegisterAsync(RegisterBuyerInput input, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return new BuyerResult(null, UserError.FromValidation(validation));
        var taxCode = TaxCode.Normalize(input.TaxCode);
        if (await session.Query<Buyer>().AnyAsync(b => b.TaxCode == taxCode, ct))
            return BuyerResult.Fail(UserError.Of(UserErrorCodes.Conflict, "A buyer with this tax code is already registered.", "input", "taxCode"));
        // Last: a used tax code must answer the same whether or not the e-mail has an account.
        if (await accounts.CheckEmailFreeAsync(input.Member.Email, ["input", "member", "email"], ct) is { } taken) return BuyerResult.Fail(taken);

        var buyer = new Buyer
        {
            Id = Guid.NewGuid(), Name = input.Name.Trim(), TaxCode = taxCode, CreatedAt = clock.GetUtcNow(),
            Addresses = input.Addresses.Select((a, i) => new BuyerAddress
            {
                Id = Guid.NewGuid(), Label = a.Label.Trim(), Recipient = a.Recipient.Trim(), Phone = a.Phone.Trim(), Line = a.Line.Trim(),
                Commune = a.Commune.Trim(), ProvinceCode = a.ProvinceCode, IsDefault = i == 0
            }).ToList()
        };
        session.Insert(buyer);
        var member = accounts.Queue(input.Member, Role.Buyer, buyerId: buyer.Id);
        // One transaction: a buyer is never left without its member, nor a member without its buyer.
        if (await SaveConflicts.SaveAsync(session, ct, "An account or buyer with these details already exists.") is { } conflict)
            return BuyerResult.Fail(conflict);
        return new BuyerResult(buyer, [], member);
    }

    /// <summary>verifyBuyer / suspendBuyer: admins only.</summary>
    internal async Task<BuyerResult> ChangeStatusAsync(Viewer viewer, Guid buyerId, BuyerStatus status, CancellationToken ct, string? reason = null)
    {
        if (viewer.CheckRole(Role.Admin) is { } denied) return BuyerResult.Fail(denied);
        var (why, refused) = StatusReasons.Check(reason, required: false);
        if (refused != null) return BuyerResult.Fail(refused);
        var buyer = await session.LoadAsync<Buyer>(buyerId, ct);
        if (buyer == null) return BuyerResult.Fail(UserError.Of(UserErrorCodes.NotFound, "No buyer with this id.", "input", "buyerId"));
        if (buyer.Status == status && (why == null || why == buyer.StatusReason)) return new BuyerResult(buyer, []);
        buyer.Status = status;
        buyer.StatusReason = why;
        buyer.StatusChangedAt = clock.GetUtcNow();
        if (status == BuyerStatus.Verified) buyer.VerifiedAt = clock.GetUtcNow();
        session.UpdateRevision(buyer, buyer.Version + 1);
        if (await SaveConflicts.SaveAsync(session, ct, "") is { } conflict) return BuyerResult.Fail(conflict);
        return new BuyerResult(buyer, []);
    }

    /// <summary>addBuyerAddress: a member (or an admin) adds a delivery address; the first, or one marked default, becomes the default.</summary>
    internal Task<BuyerResult> AddAddressAsync(Viewer viewer, BuyerAddressChangeInput input, CancellationToken ct) =>
        ChangeAddressesAsync(viewer, input, buyer =>
        {
            if (Invalid(input.Address) is { Count: > 0 } invalid) return invalid;
            if (buyer.Addresses.Count >= MaxAddresses)
                return [UserError.Of(UserErrorCodes.Validation, $"A buyer keeps at most {MaxAddresses} addresses; remove one first.", "input")];
            var address = new BuyerAddress { Id = Guid.NewGuid() };
            Apply(address, input.Address!);
            buyer.Addresses.Add(address);
            if (input.IsDefault == true || buyer.Addresses.Count == 1) MakeDefault(buyer, address.Id);
            return [];
        }, ct);

    /// <summary>updateBuyerAddress: replaces an address's fields; isDefault: true makes it the default.</summary>
    internal Task<BuyerResult> UpdateAddressAsync(Viewer viewer, BuyerAddressChangeInput input, CancellationToken ct) =>
        ChangeAddressesAsync(viewer, input, buyer =>
        {
            if (Find(buyer, input.AddressId) is not { } address) return [UnknownAddress];
            if (Invalid(input.Address) is { Count: > 0 } invalid) return invalid;
            Apply(address, input.Address!);
            if (input.IsDefault == true) MakeDefault(buyer, address.Id);
            return [];
        }, ct);

    /// <summary>removeBuyerAddress: never the last one; removing the default makes the first remaining the default.</summary>
    internal Task<BuyerResult> RemoveAddressAsync(Viewer viewer, BuyerAddressChangeInput input, CancellationToken ct) =>
        ChangeAddressesAsync(viewer, input, buyer =>
        {
            if (Find(buyer, input.AddressId) is not { } address) return [UnknownAddress];
            if (buyer.Addresses.Count == 1)
                return [UserError.Of(UserErrorCodes.Validation, "A buyer needs at least one delivery address: add another first.", "input", "addressId")];
            buyer.Addresses.Remove(address);
            if (address.IsDefault) MakeDefault(buyer, buyer.Addresses[0].Id);
            return [];
        }, ct);

    /// <summary>Loads the buyer the viewer may act for, applies the change and saves it with a revision check.</summary>
    private async Task<BuyerResult> ChangeAddressesAsync(Viewer viewer, BuyerAddressChangeInput input, Func<Buyer, IReadOnlyList<UserError>> change,
        CancellationToken ct)
    {
        if (viewer.CheckRole(Role.Admin, Role.Buyer) is { } denied) return BuyerResult.Fail(denied);
        Guid buyerId;
        if (input.BuyerId == null)
        {
            if (viewer.BuyerId is not { } own)
                return BuyerResult.Fail(UserError.Of(UserErrorCodes.Validation, "Name the buyer (buyerId).", "input", "buyerId"));
            buyerId = own;
        }
        else if (!GlobalIdInput.TryRead(input.BuyerId, GraphQL.BuyerType.TypeName, out buyerId, out var notAnId, "input", "buyerId"))
            return BuyerResult.Fail(notAnId!);
        if (viewer.CheckBuyer(buyerId) is { } forbidden) return BuyerResult.Fail(forbidden);

        var buyer = await session.LoadAsync<Buyer>(buyerId, ct);
        if (buyer == null) return BuyerResult.Fail(UserError.Of(UserErrorCodes.NotFound, "No buyer with this id.", "input", "buyerId"));
        if (change(buyer) is { Count: > 0 } refused) return new BuyerResult(null, refused);
        session.UpdateRevision(buyer, buyer.Version + 1);
        if (await SaveConflicts.SaveAsync(session, ct, "", "input") is { } conflict) return BuyerResult.Fail(conflict);
        return new BuyerResult(buyer, []);
    }

    private static readonly UserError UnknownAddress =
        UserError.Of(UserErrorCodes.NotFound, "This buyer has no address with this id.", "input", "addressId");

    private static BuyerAddress? Find(Buyer buyer, string? addressId) =>
        Guid.TryParse(addressId, out var id) ? buyer.Addresses.FirstOrDefault(a => a.Id == id) : null;

    /// <summary>The address's validation errors, with fields under input.address.</summary>
    private IReadOnlyList<UserError> Invalid(AddressInput? address)
    {
        if (address == null) return [UserError.Of(UserErrorCodes.Validation, "Give the address.", "input", "address")];
        var validation = new AddressInputValidator(provinces).Validate(address);
        return UserError.FromValidation(validation, "address").Select(e => e with { Field = ["input", .. e.Field] }).ToList();
    }

    private static void Apply(BuyerAddress address, AddressInput input)
    {
        address.Label = input.Label.Trim();
        address.Recipient = input.Recipient.Trim();
        address.Phone = input.Phone.Trim();
        address.Line = input.Line.Trim();
        address.Commune = input.Commune.Trim();
        address.ProvinceCode = input.ProvinceCode;
    }

    private static void MakeDefault(Buyer buyer, Guid addressId)
    {
        foreach (var a in buyer.Addresses) a.IsDefault = a.Id == addressId;
    }

    /// <summary>Buyer businesses by id, for other modules (Trade shows names); no access check.</summary>
    internal async Task<IReadOnlyDictionary<Guid, Buyer>> ManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        (await session.LoadManyAsync<Buyer>(ct, ids)).ToDictionary(b => b.Id);

    /// <summary>The buyer business by id, for other modules (Trade) to check it may order; no access check.</summary>
    public async Task<BuyerSummary?> FindAsync(Guid buyerId, CancellationToken ct) =>
        await session.LoadAsync<Buyer>(buyerId, ct) is { } buyer ? new BuyerSummary(buyer.Id, buyer.Name, buyer.CanOrder) : null;

    /// <summary>For the buyer query: members see their own business, admins any; others get FORBIDDEN.</summary>
    internal async Task<Buyer?> GetAsync(Viewer viewer, Guid buyerId, CancellationToken ct)
    {
        viewer.DemandBuyer(buyerId);
        return await session.LoadAsync<Buyer>(buyerId, ct);
    }
}

/// <summary>Per-request batching of buyer names, published for other modules' types (a supply agreement's buyer).</summary>
public sealed class BuyerNames(BuyerService buyers)
{
    public BatchLoader<Guid, string> Names { get; } = new(async (ids, ct) =>
        (await buyers.ManyAsync(ids, ct)).ToDictionary(p => p.Key, p => p.Value.Name));
}
