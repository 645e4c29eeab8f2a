using FluentValidation;
using Marten;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;
using OcopMarket.Infrastructure.GraphQL;
using OcopMarket.Infrastructure.Persistence;

namespace OcopMarket.Ordering.Buyers;

public sealed record BuyerResult(Buyer? Buyer, IReadOnlyList<UserError> Errors, User? Member = null)
{
    public static BuyerResult Fail(params UserError[] errors) => new(null, errors);
}

/// <summary>Buyer businesses: open registration (the business and its first member), verification by an admin.</summary>
public sealed class BuyerService(IDocumentSession session, UserAccounts accounts, IValidator<RegisterBuyerInput> validator,
    TimeProvider clock)
{
    public async Task<BuyerResult> RegisterAsync(RegisterBuyerInput input, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return new BuyerResult(null, UserError.FromValidation(validation));
        if (await accounts.CheckEmailFreeAsync(input.Member.Email, "input", "member", "email") is { } taken) return BuyerResult.Fail(taken);

        var taxCode = TaxCode.Normalize(input.TaxCode);
        if (await session.Query<Buyer>().AnyAsync(b => b.TaxCode == taxCode, ct))
            return BuyerResult.Fail(UserError.Of(UserErrorCodes.Conflict, "A buyer with this tax code is already registered.", "input", "taxCode"));

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
    public async Task<BuyerResult> ChangeStatusAsync(Viewer viewer, Guid buyerId, BuyerStatus status, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.Admin) is { } denied) return BuyerResult.Fail(denied);
        var buyer = await session.LoadAsync<Buyer>(buyerId, ct);
        if (buyer == null) return BuyerResult.Fail(UserError.Of(UserErrorCodes.NotFound, "No buyer with this id.", "input", "buyerId"));
        if (buyer.Status == status) return new BuyerResult(buyer, []);
        buyer.Status = status;
        if (status == BuyerStatus.Verified) buyer.VerifiedAt = clock.GetUtcNow();
        session.UpdateRevision(buyer, buyer.Version + 1);
        if (await SaveConflicts.SaveAsync(session, ct, "") is { } conflict) return BuyerResult.Fail(conflict);
        return new BuyerResult(buyer, []);
    }

    /// <summary>For the buyer query: members see their own business, admins any; others get FORBIDDEN.</summary>
    public async Task<Buyer?> GetAsync(Viewer viewer, Guid buyerId, CancellationToken ct)
    {
        viewer.DemandBuyer(buyerId);
        return await session.LoadAsync<Buyer>(buyerId, ct);
    }
}
