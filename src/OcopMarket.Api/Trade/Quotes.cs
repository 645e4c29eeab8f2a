using FluentValidation;
using Marten;
using OcopMarket.Catalog.Model;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;
using OcopMarket.Infrastructure.GraphQL;
using OcopMarket.Ordering.Orders;

namespace OcopMarket.Trade;

public sealed class QuoteInput
{
    public string RequestId { get; set; } = "";
    public string Sku { get; set; } = "";
    public long UnitPrice { get; set; }
    public int Quantity { get; set; }
    public DateOnly DeliveryDate { get; set; }
    public DateTimeOffset ValidUntil { get; set; }
    public string? Note { get; set; }
}

public sealed class QuoteInputValidator : AbstractValidator<QuoteInput>
{
    public QuoteInputValidator(TimeProvider time)
    {
        RuleFor(x => x.Sku).NotEmpty().MaximumLength(64);
        RuleFor(x => x.UnitPrice).GreaterThan(0).LessThanOrEqualTo(10_000_000_000);
        RuleFor(x => x.Quantity).GreaterThan(0).LessThanOrEqualTo(10_000_000);
        RuleFor(x => x.DeliveryDate).Must(d => d >= VietnamClock.Today(time)).WithMessage("The delivery date is in the past.");
        RuleFor(x => x.ValidUntil).Must(v => v > time.GetUtcNow()).WithMessage("The quote must be valid until a future time.");
        RuleFor(x => x.Note).MaximumLength(1000);
    }
}

public sealed class AcceptQuotesInput
{
    public string RequestId { get; set; } = "";
    public List<string> QuoteIds { get; set; } = [];
    public DeliveryAddressInput? DeliveryAddress { get; set; }
}

public sealed class QuotePayload : Payload
{
    public Quote? Quote { get; init; }
}

/// <summary>
/// Cooperatives quote on requests that match them and may revise their own quote until the buyer decides; the buyer
/// accepts one or several quotes, which places an order through the ordering path at the quoted prices.
/// </summary>
public sealed class Quotes(IDocumentSession session, DemandRequests requests, OrderPlacement placement, IValidator<QuoteInput> validator,
    Viewer viewer, TimeProvider time)
{
    public async Task<QuotePayload> SubmitAsync(QuoteInput input, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.CooperativeManager) is { } denied) return Fail(denied);
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return new QuotePayload { UserErrors = UserError.FromValidation(validation) };
        var request = await LoadRequestAsync(input.RequestId, ct);
        var cooperativeId = viewer.CooperativeId!.Value;
        if (request == null || !await requests.MatchesAsync(request, cooperativeId, ct))
            return Fail(UserError.Of(UserErrorCodes.NotFound, "No open request matching your cooperative has that id.", "input", "requestId"));
        if (!request.IsOpenAt(time.GetUtcNow()))
            return Fail(UserError.Of(TradeErrors.Closed, "This request is no longer open for quotes.", "input", "requestId"));
        if (await SkuErrorAsync(input.Sku, cooperativeId, ct) is { } skuError) return Fail(skuError);
        if (await session.Query<Quote>().AnyAsync(q => q.RequestId == request.Id && q.CooperativeId == cooperativeId, ct))
            return Fail(UserError.Of(UserErrorCodes.Conflict, "Your cooperative already quoted on this request; revise that quote instead.", "input", "requestId"));

        var now = time.GetUtcNow();
        var quote = new Quote
        {
            Id = Guid.NewGuid(), RequestId = request.Id, BuyerId = request.BuyerId, CooperativeId = cooperativeId, Sku = input.Sku.Trim(),
            UnitPrice = input.UnitPrice, Quantity = input.Quantity, DeliveryDate = input.DeliveryDate, ValidUntil = input.ValidUntil.ToUniversalTime(),
            Note = input.Note, CreatedAt = now, UpdatedAt = now
        };
        session.Insert(quote);
        await session.SaveChangesAsync(ct);
        return new QuotePayload { Quote = quote };
    }

    public async Task<QuotePayload> ReviseAsync(string quoteId, QuoteInput input, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.CooperativeManager) is { } denied) return Fail(denied);
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return new QuotePayload { UserErrors = UserError.FromValidation(validation) };
        var quote = GlobalId.TryDecode(quoteId, out var type, out var id) && type == TradeNames.Quote ? await session.LoadAsync<Quote>(id, ct) : null;
        if (quote == null) return Fail(UserError.Of(UserErrorCodes.NotFound, "No such quote.", "id"));
        if (quote.CooperativeId != viewer.CooperativeId)
            return Fail(UserError.Of(UserErrorCodes.Forbidden, "You may revise only your own cooperative's quotes.", "id"));
        var request = await session.LoadAsync<DemandRequest>(quote.RequestId, ct);
        if (request == null || !request.IsOpenAt(time.GetUtcNow()) || quote.Status != QuoteStatus.Active)
            return Fail(UserError.Of(TradeErrors.Closed, "The buyer has decided or the request has closed; the quote can no longer change.", "id"));
        if (await SkuErrorAsync(input.Sku, quote.CooperativeId, ct) is { } skuError) return Fail(skuError);

        quote.Sku = input.Sku.Trim();
        quote.UnitPrice = input.UnitPrice;
        quote.Quantity = input.Quantity;
        quote.DeliveryDate = input.DeliveryDate;
        quote.ValidUntil = input.ValidUntil.ToUniversalTime();
        quote.Note = input.Note;
        quote.Revision++;
        quote.UpdatedAt = time.GetUtcNow();
        session.Update(quote);
        await session.SaveChangesAsync(ct);
        return new QuotePayload { Quote = quote };
    }

    public async Task<DemandRequestPayload> AcceptAsync(AcceptQuotesInput input, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.Buyer) is { } denied) return Reject(denied);
        var request = await LoadRequestAsync(input.RequestId, ct);
        if (request == null) return Reject(UserError.Of(UserErrorCodes.NotFound, "No such request.", "input", "requestId"));
        if (request.BuyerId != viewer.BuyerId) return Reject(UserError.Of(UserErrorCodes.Forbidden, "This request belongs to another buyer.", "input", "requestId"));
        var now = time.GetUtcNow();
        if (!request.IsOpenAt(now)) return Reject(UserError.Of(TradeErrors.Closed, "This request has expired or was already decided.", "input", "requestId"));

        var all = await session.Query<Quote>().Where(q => q.RequestId == request.Id).ToListAsync(ct);
        var chosen = new List<Quote>();
        for (var i = 0; i < input.QuoteIds.Count; i++)
        {
            var quote = GlobalId.TryDecode(input.QuoteIds[i], out var type, out var id) && type == TradeNames.Quote ? all.FirstOrDefault(q => q.Id == id) : null;
            if (quote == null) return Reject(UserError.Of(UserErrorCodes.NotFound, "No quote with that id on this request.", "input", "quoteIds", i.ToString()));
            if (!quote.IsValidAt(now)) return Reject(UserError.Of(TradeErrors.Expired, "This quote has expired.", "input", "quoteIds", i.ToString()));
            chosen.Add(quote);
        }
        if (chosen.Count == 0) return Reject(UserError.Of(UserErrorCodes.Validation, "Choose at least one quote.", "input", "quoteIds"));

        // The key is derived from the request and the chosen quotes: if marking the quotes fails after the order was
        // placed, accepting again returns that same order instead of placing a second one.
        var key = $"quotes:{request.Id:N}:{string.Join(',', chosen.Select(q => $"{q.Id:N}@{q.Revision}").Order())}";
        var placed = await placement.PlaceAsync(new PlacementRequest(request.BuyerId, viewer.UserId!.Value, key,
            chosen.Select(q => new PlacementLine(q.Sku, q.Quantity, q.UnitPrice)).ToList(), input.DeliveryAddress,
            $"Theo yêu cầu / per request {request.Id:N}"), ct);
        if (placed.PurchaseOrder == null) return new DemandRequestPayload { UserErrors = placed.UserErrors };

        foreach (var quote in all.Where(q => q.Status == QuoteStatus.Active))
        {
            quote.Status = chosen.Contains(quote) ? QuoteStatus.Accepted : QuoteStatus.Declined;
            quote.UpdatedAt = now;
            session.Update(quote);
        }
        request.Status = DemandRequestStatus.Accepted;
        request.PurchaseOrderId = placed.PurchaseOrder.Id;
        session.Update(request);
        await session.SaveChangesAsync(ct);
        return new DemandRequestPayload { DemandRequest = request, PurchaseOrder = placed.PurchaseOrder };
    }

    /// <summary>The buyer withdraws an open request: it leaves the cooperatives' lists and its quotes are declined.</summary>
    public async Task<DemandRequestPayload> WithdrawAsync(string requestId, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.Buyer) is { } denied) return Reject(denied);
        var request = await LoadRequestAsync(requestId, ct);
        if (request == null) return Reject(UserError.Of(UserErrorCodes.NotFound, "No such request.", "id"));
        if (request.BuyerId != viewer.BuyerId) return Reject(UserError.Of(UserErrorCodes.Forbidden, "This request belongs to another buyer.", "id"));
        if (request.Status != DemandRequestStatus.Open)
            return Reject(UserError.Of(TradeErrors.Closed, "Only an open request can be withdrawn.", "id"));
        var now = time.GetUtcNow();
        foreach (var quote in await session.Query<Quote>().Where(q => q.RequestId == request.Id && q.Status == QuoteStatus.Active).ToListAsync(ct))
        {
            quote.Status = QuoteStatus.Declined;
            quote.UpdatedAt = now;
            session.Update(quote);
        }
        request.Status = DemandRequestStatus.Withdrawn;
        session.Update(request);
        await session.SaveChangesAsync(ct);
        return new DemandRequestPayload { DemandRequest = request };
    }

    /// <summary>The SKU must be one of the quoting cooperative's own products.</summary>
    private async Task<UserError?> SkuErrorAsync(string sku, Guid cooperativeId, CancellationToken ct)
    {
        var trimmed = sku.Trim();
        var owned = await session.Query<Product>().AnyAsync(p => p.CooperativeId == cooperativeId && p.Variants.Any(v => v.Sku == trimmed), ct);
        return owned ? null : UserError.Of(UserErrorCodes.NotFound, "Quote one of your cooperative's own SKUs.", "input", "sku");
    }

    private async Task<DemandRequest?> LoadRequestAsync(string globalId, CancellationToken ct) =>
        GlobalId.TryDecode(globalId, out var type, out var id) && type == TradeNames.DemandRequest ? await session.LoadAsync<DemandRequest>(id, ct) : null;

    private static QuotePayload Fail(UserError error) => new() { UserErrors = [error] };
    private static DemandRequestPayload Reject(UserError error) => new() { UserErrors = [error] };
}

public static class TradeErrors
{
    public const string Closed = "REQUEST_CLOSED";
    public const string Expired = "EXPIRED";
}

public static class TradeNames
{
    public const string DemandRequest = "DemandRequest";
    public const string Quote = "Quote";
    public const string SupplyAgreement = "SupplyAgreement";
}
