using OcopMarket.Catalog.Queries;
using Marten;
using OcopMarket.Catalog.Model;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;
using OcopMarket.Ordering.Buyers;
using OcopMarket.Ordering.Buyers.GraphQL;
using OcopMarket.Ordering.Orders;

namespace OcopMarket.Trade;

public sealed class ProposeAgreementInput
{
    public string BuyerId { get; set; } = "";
    public string Sku { get; set; } = "";
    public long UnitPrice { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidTo { get; set; }
}

internal sealed class SupplyAgreementPayload : Payload
{
    public SupplyAgreement? SupplyAgreement { get; init; }
}

/// <summary>
/// Standing prices between a buyer and a cooperative: the cooperative proposes, the buyer accepts, and from then on
/// the buyer's orders for that SKU within the period are priced at the agreed price (see <see cref="AgreedPrices"/>).
/// </summary>
internal sealed class SupplyAgreements(IDocumentSession session, BuyerService buyers, CatalogFacts catalog, Viewer viewer, TimeProvider time)
{
    public async Task<SupplyAgreementPayload> ProposeAsync(ProposeAgreementInput input, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.CooperativeManager) is { } denied) return Fail(denied);
        if (!Money.IsValidUnitPrice(input.UnitPrice)) return Fail(UserError.Of(UserErrorCodes.Validation, Money.UnitPriceMessage, "input", "unitPrice"));
        if (input.ValidTo < input.ValidFrom || input.ValidTo < VietnamClock.Today(time))
            return Fail(UserError.Of(UserErrorCodes.Validation, "validTo must be on or after validFrom, and not in the past.", "input", "validTo"));
        // validTo is not in the past here, so going back three years from it stays in the calendar (from validFrom it may not).
        if (input.ValidTo.AddYears(-3) > input.ValidFrom)
            return Fail(UserError.Of(UserErrorCodes.Validation, "An agreement runs for at most three years.", "input", "validTo"));
        if (!GlobalIdInput.TryRead(input.BuyerId, BuyerIds.TypeName, out var buyerId, out var badId, "input", "buyerId")) return Fail(badId!);
        var buyer = await buyers.FindAsync(buyerId, ct);
        if (buyer is not { CanOrder: true }) return Fail(UserError.Of(UserErrorCodes.NotFound, "No verified buyer has that id.", "input", "buyerId"));
        var sku = input.Sku.Trim();
        var cooperativeId = viewer.CooperativeId!.Value;
        if (!await catalog.CooperativeOwnsSkuAsync(cooperativeId, sku, ct))
            return Fail(UserError.Of(UserErrorCodes.NotFound, "Propose a price for one of your cooperative's own SKUs.", "input", "sku"));

        var agreement = new SupplyAgreement
        {
            Id = Guid.NewGuid(), BuyerId = buyer.Id, CooperativeId = cooperativeId, Sku = sku, UnitPrice = input.UnitPrice,
            ValidFrom = input.ValidFrom, ValidTo = input.ValidTo, CreatedAt = time.GetUtcNow()
        };
        session.Insert(agreement);
        await session.SaveChangesAsync(ct);
        return new SupplyAgreementPayload { SupplyAgreement = agreement };
    }

    public Task<SupplyAgreementPayload> AcceptAsync(string agreementId, CancellationToken ct) =>
        DecideAsync(agreementId, AgreementStatus.Active, ct);

    public Task<SupplyAgreementPayload> DeclineAsync(string agreementId, CancellationToken ct) =>
        DecideAsync(agreementId, AgreementStatus.Declined, ct);

    /// <summary>The buyer the agreement was offered to accepts or declines it, once.</summary>
    private async Task<SupplyAgreementPayload> DecideAsync(string agreementId, AgreementStatus decision, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.Buyer) is { } denied) return Fail(denied);
        var agreement = GlobalId.TryDecode(agreementId, out var type, out var id) && type == TradeNames.SupplyAgreement
            ? await session.LoadAsync<SupplyAgreement>(id, ct) : null;
        if (agreement == null) return Fail(UserError.Of(UserErrorCodes.NotFound, "No such agreement.", "id"));
        if (agreement.BuyerId != viewer.BuyerId) return Fail(UserError.Of(UserErrorCodes.Forbidden, "This agreement was offered to another buyer.", "id"));
        if (agreement.Status != AgreementStatus.Proposed)
            return Fail(UserError.Of(UserErrorCodes.Conflict, "Only a proposed agreement can be accepted or declined.", "id"));
        agreement.Status = decision;
        if (decision == AgreementStatus.Active) agreement.AcceptedAt = time.GetUtcNow();
        session.Update(agreement);
        await session.SaveChangesAsync(ct);
        return new SupplyAgreementPayload { SupplyAgreement = agreement };
    }

    /// <summary>Buyers see theirs, managers their cooperative's, admins all.</summary>
    public async Task<IReadOnlyList<SupplyAgreement>> ListAsync(CancellationToken ct)
    {
        viewer.DemandRole(Role.Buyer, Role.CooperativeManager, Role.Admin);
        var query = session.Query<SupplyAgreement>().AsQueryable();
        if (viewer.HasRole(Role.Buyer)) query = query.Where(a => a.BuyerId == viewer.BuyerId!.Value);
        if (viewer.HasRole(Role.CooperativeManager)) query = query.Where(a => a.CooperativeId == viewer.CooperativeId!.Value);
        return await query.OrderByDescending(a => a.CreatedAt).Take(200).ToListAsync(ct);
    }

    private static SupplyAgreementPayload Fail(UserError error) => new() { UserErrors = [error] };
}

/// <summary>Ordering's source of negotiated prices: the buyer's active agreements for the day (the lowest if several).</summary>
public sealed class AgreedPrices(IQuerySession session) : INegotiatedPrices
{
    public async Task<IReadOnlyDictionary<string, long>> ForBuyerAsync(Guid buyerId, IReadOnlyCollection<string> skus, DateOnly day,
        CancellationToken ct)
    {
        // Plain SQL: this runs on every order, and Marten's LINQ would compile a lambda for the SKU list each time.
        var agreements = await session.QueryAsync<SupplyAgreement>(
            "where buyer_id = ? and data ->> 'Status' = 'Active' and data ->> 'Sku' = any(?)", ct, buyerId, skus.ToArray());
        return agreements.Where(a => a.AppliesOn(day)).GroupBy(a => a.Sku).ToDictionary(g => g.Key, g => g.Min(a => a.UnitPrice));
    }
}
