using OcopMarket.Kernel.Events;
using OcopMarket.Ordering.Buyers;
using OcopMarket.Catalog.Queries;
using FluentValidation;
using Marten;
using Npgsql;
using OcopMarket.Catalog.Model;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;
using OcopMarket.Ordering.Orders;

namespace OcopMarket.Trade;

public sealed class QuoteInput
{
    public string? RequestId { get; set; }
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
        RuleFor(x => x.UnitPrice).Must(Money.IsValidUnitPrice).WithMessage(Money.UnitPriceMessage);
        RuleFor(x => x.Quantity).GreaterThan(0).LessThanOrEqualTo(10_000_000);
        // Accepting the quote orders all of it: it must fit in one order.
        RuleFor(x => x.Quantity).Must((x, q) => Money.LineTotal(x.UnitPrice, q) != null).WithMessage(Money.OrderTotalMessage)
            .When(x => Money.IsValidUnitPrice(x.UnitPrice) && x.Quantity > 0);
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

internal sealed class QuotePayload : Payload
{
    public Quote? Quote { get; init; }
}

/// <summary>
/// Cooperatives quote on requests that match them and may revise their own quote until the buyer decides; the buyer
/// accepts one or several quotes, which places an order through the ordering path at the quoted prices.
/// Every change to a request or its quotes runs in a transaction that first locks the request's row and re-reads it:
/// acceptances, revisions, new quotes and withdrawal of one request queue there (across API processes), so none acts
/// on a state another has just changed, and a request is accepted once.
/// </summary>
internal sealed class Quotes(IDocumentSession session, CatalogFacts catalog, IDocumentStore store, NpgsqlDataSource db, DatabaseSchema schema,
    DemandRequests requests, OrderPlacement placement, IValidator<QuoteInput> validator, Viewer viewer, TimeProvider time, EventOutbox outbox)
{
    public async Task<QuotePayload> SubmitAsync(QuoteInput input, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.CooperativeManager) is { } denied) return Fail(denied);
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return new QuotePayload { UserErrors = UserError.FromValidation(validation) };
        if (string.IsNullOrEmpty(input.RequestId))
            return Fail(UserError.Of(UserErrorCodes.Validation, "Name the demand request the quote is for.", "input", "requestId"));
        var request = await LoadRequestAsync(input.RequestId, ct);
        var cooperativeId = viewer.CooperativeId!.Value;
        if (!await requests.IsVerifiedAsync(cooperativeId, ct)) return Fail(UserError.Of(UserErrorCodes.Forbidden, DemandRequests.NotVerifiedMessage));
        if (request == null || !await requests.MatchesAsync(request, cooperativeId, ct))
            return Fail(UserError.Of(UserErrorCodes.NotFound, "No open request matching your cooperative has that id.", "input", "requestId"));
        var closed = UserError.Of(TradeErrors.Closed, "This request is no longer open for quotes.", "input", "requestId");
        if (!request.IsOpenAt(time.GetUtcNow())) return Fail(closed);
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
        var refused = await UnderRequestLockAsync(request.Id, closed, (locked, current) =>
        {
            if (!current.IsOpenAt(time.GetUtcNow())) return Task.FromResult<UserError?>(closed);
            locked.Insert(quote);
            TradeEvents.Quote(outbox, locked, TradeEvents.QuoteSubmitted, quote);
            return Task.FromResult<UserError?>(null);
        }, ct);
        return refused != null ? Fail(refused) : new QuotePayload { Quote = quote };
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
        if (!string.IsNullOrEmpty(input.RequestId) && !(GlobalId.TryDecode(input.RequestId, out var requestType, out var requestId)
                && requestType == TradeNames.DemandRequest && requestId == quote.RequestId))
            return Fail(UserError.Of(UserErrorCodes.Validation, "This quote is on another request; leave requestId out, or name the quote's own.", "input", "requestId"));
        if (!await requests.IsVerifiedAsync(quote.CooperativeId, ct)) return Fail(UserError.Of(UserErrorCodes.Forbidden, DemandRequests.NotVerifiedMessage, "id"));
        if (await SkuErrorAsync(input.Sku, quote.CooperativeId, ct) is { } skuError) return Fail(skuError);

        var closed = UserError.Of(TradeErrors.Closed, "The buyer has decided or the request has closed; the quote can no longer change.", "id");
        Quote? revised = null;
        var refused = await UnderRequestLockAsync(quote.RequestId, closed, async (locked, request) =>
        {
            // Re-read under the lock: the buyer may have accepted or declined it a moment ago.
            revised = await locked.LoadAsync<Quote>(quote.Id, ct);
            if (revised == null || !request.IsOpenAt(time.GetUtcNow()) || revised.Status != QuoteStatus.Active) return closed;
            revised.Sku = input.Sku.Trim();
            revised.UnitPrice = input.UnitPrice;
            revised.Quantity = input.Quantity;
            revised.DeliveryDate = input.DeliveryDate;
            revised.ValidUntil = input.ValidUntil.ToUniversalTime();
            revised.Note = input.Note;
            revised.Revision++;
            revised.UpdatedAt = time.GetUtcNow();
            locked.Update(revised);
            TradeEvents.Quote(outbox, locked, TradeEvents.QuoteRevised, revised);
            return null;
        }, ct);
        return refused != null ? Fail(refused) : new QuotePayload { Quote = revised };
    }

    public async Task<DemandRequestPayload> AcceptAsync(AcceptQuotesInput input, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.Buyer) is { } denied) return Reject(denied);
        var request = await LoadRequestAsync(input.RequestId, ct);
        if (request == null) return Reject(UserError.Of(UserErrorCodes.NotFound, "No such request.", "input", "requestId"));
        if (request.BuyerId != viewer.BuyerId) return Reject(UserError.Of(UserErrorCodes.Forbidden, "This request belongs to another buyer.", "input", "requestId"));
        var now = time.GetUtcNow();
        if (!request.IsOpenAt(now)) return Reject(ClosedForAcceptance);

        var all = await session.Query<Quote>().Where(q => q.RequestId == request.Id).ToListAsync(ct);
        if (ChooseQuotes(input.QuoteIds, all, now, out var chosen) is { } invalid) return Reject(invalid);

        // The key is derived from the request and the chosen quotes, so the order index also refuses a second order for them.
        var key = $"quotes:{request.Id:N}:{string.Join(',', chosen.Select(q => $"{q.Id:N}@{q.Revision}").Order())}";
        DemandRequest? accepted = null;
        var placed = await placement.PlaceAsync(new PlacementRequest(request.BuyerId, viewer.UserId!.Value, key,
            chosen.Select(q => new PlacementLine(q.Sku, q.Quantity, q.UnitPrice)).ToList(), input.DeliveryAddress,
            $"Theo yêu cầu / per request {request.Id:N}",
            async (locked, tx, order, c) => (accepted = await MarkAcceptedAsync(locked, tx, request.Id, chosen, order, c)) == null
                ? [ClosedForAcceptance] : []), ct);
        if (placed.PlacedOrder == null) return new DemandRequestPayload { UserErrors = placed.UserErrors.Select(OnQuote).ToList() };
        // Placement answered with the order of an identical acceptance that won the race (same key): this one accepted
        // nothing, and says so, as it would had it come a moment later.
        if (accepted == null) return Reject(ClosedForAcceptance);
        return new DemandRequestPayload { DemandRequest = accepted, PurchaseOrder = placed.PlacedOrder };
    }

    /// <summary>Placement names order lines (input.lines.N…); here line N is the N-th quote of input.quoteIds.</summary>
    private static UserError OnQuote(UserError error) => error.Field is ["input", "lines", var n, ..] ? error with { Field = ["input", "quoteIds", n] } : error;

    private static readonly UserError ClosedForAcceptance =
        UserError.Of(TradeErrors.Closed, "This request has expired, was already decided, or a quote changed meanwhile: reload it.", "input", "requestId");

    /// <summary>The quotes named, each once, each on this request and still valid; null when all are, else the first fault.</summary>
    private static UserError? ChooseQuotes(IReadOnlyList<string> ids, IReadOnlyList<Quote> onRequest, DateTimeOffset now, out List<Quote> chosen)
    {
        chosen = [];
        for (var i = 0; i < ids.Count; i++)
        {
            var quote = GlobalId.TryDecode(ids[i], out var type, out var id) && type == TradeNames.Quote ? onRequest.FirstOrDefault(q => q.Id == id) : null;
            if (quote == null) return UserError.Of(UserErrorCodes.NotFound, "No quote with that id on this request.", "input", "quoteIds", i.ToString());
            // A quote is an offer of its own quantity: naming it twice must not multiply it.
            if (chosen.Contains(quote))
                return UserError.Of(TradeErrors.DuplicateQuote, "This quote is already in the list; each quote is accepted once, for its own quantity.",
                    "input", "quoteIds", i.ToString());
            if (quote.Status != QuoteStatus.Active)
                return UserError.Of(TradeErrors.Closed, "This quote was already accepted or declined.", "input", "quoteIds", i.ToString());
            if (!quote.IsValidAt(now)) return UserError.Of(TradeErrors.Expired, "This quote has expired.", "input", "quoteIds", i.ToString());
            chosen.Add(quote);
        }
        return chosen.Count == 0 ? UserError.Of(UserErrorCodes.Validation, "Choose at least one quote.", "input", "quoteIds") : null;
    }

    /// <summary>
    /// In the order's transaction, under the request's row lock: the request must still be open and the chosen quotes
    /// unchanged (same revision, still active); then they are accepted, the others declined, and the request closed.
    /// Null (and nothing changed) when another acceptance, a withdrawal or a revision came first.
    /// </summary>
    private async Task<DemandRequest?> MarkAcceptedAsync(IDocumentSession locked, NpgsqlTransaction tx, Guid requestId, List<Quote> chosen,
        Guid orderId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var request = await LockRequestAsync(locked, tx, requestId, ct);
        if (request == null || !request.IsOpenAt(now)) return null;
        var quotes = await locked.Query<Quote>().Where(q => q.RequestId == requestId).ToListAsync(ct);
        foreach (var seen in chosen)
        {
            if (quotes.FirstOrDefault(q => q.Id == seen.Id) is not { } current || current.Revision != seen.Revision || !current.IsValidAt(now))
                return null;
        }
        foreach (var quote in quotes.Where(q => q.Status == QuoteStatus.Active))
        {
            quote.Status = chosen.Any(c => c.Id == quote.Id) ? QuoteStatus.Accepted : QuoteStatus.Declined;
            quote.UpdatedAt = now;
            locked.Update(quote);
            if (quote.Status == QuoteStatus.Accepted) TradeEvents.Quote(outbox, locked, TradeEvents.QuoteAccepted, quote);
        }
        request.Status = DemandRequestStatus.Accepted;
        request.PurchaseOrderId = orderId;
        locked.Update(request);
        return request;
    }

    /// <summary>The buyer withdraws an open request: it leaves the cooperatives' lists and its quotes are declined.</summary>
    public async Task<DemandRequestPayload> WithdrawAsync(string requestId, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.Buyer) is { } denied) return Reject(denied);
        var request = await LoadRequestAsync(requestId, ct);
        if (request == null) return Reject(UserError.Of(UserErrorCodes.NotFound, "No such request.", "id"));
        if (request.BuyerId != viewer.BuyerId) return Reject(UserError.Of(UserErrorCodes.Forbidden, "This request belongs to another buyer.", "id"));
        var closed = UserError.Of(TradeErrors.Closed, "Only an open request can be withdrawn.", "id");
        DemandRequest? withdrawn = null;
        var refused = await UnderRequestLockAsync(request.Id, closed, async (locked, current) =>
        {
            if (current.Status != DemandRequestStatus.Open) return closed;
            var now = time.GetUtcNow();
            foreach (var quote in await locked.Query<Quote>().Where(q => q.RequestId == current.Id && q.Status == QuoteStatus.Active).ToListAsync(ct))
            {
                quote.Status = QuoteStatus.Declined;
                quote.UpdatedAt = now;
                locked.Update(quote);
            }
            current.Status = DemandRequestStatus.Withdrawn;
            locked.Update(current);
            withdrawn = current;
            return null;
        }, ct);
        return refused != null ? Reject(refused) : new DemandRequestPayload { DemandRequest = withdrawn };
    }

    /// <summary>Runs a change in a transaction holding the request's row lock, with the request as it is now; commits unless refused.</summary>
    private async Task<UserError?> UnderRequestLockAsync(Guid requestId, UserError missing,
        Func<IDocumentSession, DemandRequest, Task<UserError?>> change, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using var locked = store.LightweightSession(Marten.Services.SessionOptions.ForTransaction(tx));
        var request = await LockRequestAsync(locked, tx, requestId, ct);
        var refused = request == null ? missing : await change(locked, request);
        // Under the lock, the one conflict left is the unique index: the same cooperative's second quote from a racing request.
        refused ??= await SaveConflicts.SaveAsync(locked, ct, "Your cooperative already quoted on this request; revise that quote instead.",
            "input", "requestId");
        if (refused != null)
        {
            await tx.RollbackAsync(ct);
            return refused;
        }
        await tx.CommitAsync(ct);
        return null;
    }

    /// <summary>Locks the request's row until the transaction ends, then reads it (so it reflects whoever held the lock before).</summary>
    private async Task<DemandRequest?> LockRequestAsync(IDocumentSession locked, NpgsqlTransaction tx, Guid requestId, CancellationToken ct)
    {
        await using (var command = new NpgsqlCommand($"select 1 from {schema.Table("mt_doc_demandrequest")} where id = $1 for update", tx.Connection, tx))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = requestId });
            await command.ExecuteScalarAsync(ct);
        }
        return await locked.LoadAsync<DemandRequest>(requestId, ct);
    }

    /// <summary>The SKU must be one of the quoting cooperative's own products.</summary>
    private async Task<UserError?> SkuErrorAsync(string sku, Guid cooperativeId, CancellationToken ct)
    {
        var trimmed = sku.Trim();
        var owned = await catalog.CooperativeOwnsSkuAsync(cooperativeId, trimmed, ct);
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
    public const string DuplicateQuote = "DUPLICATE_QUOTE";
}

public static class TradeNames
{
    public const string DemandRequest = "DemandRequest";
    public const string Quote = "Quote";
    public const string SupplyAgreement = "SupplyAgreement";
}
