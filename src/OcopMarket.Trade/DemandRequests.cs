using OcopMarket.Kernel.Events;
using System.Globalization;
using FluentValidation;
using Marten;
using Npgsql;
using OcopMarket.Catalog.Model;
using OcopMarket.Cooperatives.Provinces;
using OcopMarket.Catalog.Queries;
using OcopMarket.Catalog.Search;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;
using OcopMarket.Ordering.Buyers;
using OcopMarket.Ordering.Orders;

namespace OcopMarket.Trade;

public sealed class PostDemandRequestInput
{
    public string Description { get; set; } = "";
    public OcopGroup? Group { get; set; }
    public string? ProductSlug { get; set; }
    public int Quantity { get; set; }
    public string Unit { get; set; } = "";
    public long? TargetUnitPrice { get; set; }
    public string DeliveryProvinceCode { get; set; } = "";
    public bool SameProvinceOnly { get; set; }
    public DateOnly NeededBy { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}

public sealed class PostDemandRequestInputValidator : AbstractValidator<PostDemandRequestInput>
{
    public PostDemandRequestInputValidator(ProvinceDirectory provinces, TimeProvider time)
    {
        RuleFor(x => x.Description).NotEmpty().MinimumLength(5).MaximumLength(2000);
        RuleFor(x => x.Group).NotNull().When(x => string.IsNullOrWhiteSpace(x.ProductSlug))
            .WithMessage("Say which OCOP group the request is for, or name a product.");
        RuleFor(x => x.Quantity).GreaterThan(0).LessThanOrEqualTo(10_000_000);
        RuleFor(x => x.Unit).NotEmpty().MaximumLength(30);
        RuleFor(x => x.TargetUnitPrice).Must(p => Money.IsValidUnitPrice(p!.Value)).WithMessage(Money.UnitPriceMessage).When(x => x.TargetUnitPrice != null);
        RuleFor(x => x.DeliveryProvinceCode).Must(provinces.Exists).WithMessage("Unknown province code.");
        RuleFor(x => x.NeededBy).Must(d => d >= VietnamClock.Today(time)).WithMessage("The needed-by date is in the past.");
        RuleFor(x => x.ExpiresAt).Must(e => e > time.GetUtcNow()).WithMessage("The expiry must be in the future.")
            .Must(e => e <= time.GetUtcNow().AddDays(180)).WithMessage("A request may stay open for at most 180 days.");
    }
}

internal sealed class DemandRequestPayload : Payload
{
    public DemandRequest? DemandRequest { get; init; }
    /// <summary>The placed order, as Ordering's PurchaseOrder type resolves it (see PlaceOrderPayload.PlacedOrder).</summary>
    public object? PurchaseOrder { get; init; }
}

public enum DemandRequestOrder
{
    Newest,
    Deadline
}

/// <summary>
/// Buyers post what they need; cooperatives see the open requests that match what they make (OCOP group, and the
/// delivery province when the buyer asks for local supply). Scope always follows the viewer.
/// </summary>
internal sealed class DemandRequests(IDocumentSession session, NpgsqlDataSource db, DatabaseSchema schema, IProductReader products,
    CatalogFacts catalog, BuyerService buyers, Cooperatives.CooperativeDirectory cooperatives,
    IValidator<PostDemandRequestInput> validator, Viewer viewer, TimeProvider time, EventOutbox outbox)
{
    public async Task<DemandRequestPayload> PostAsync(PostDemandRequestInput input, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.Buyer) is { } denied) return new DemandRequestPayload { UserErrors = [denied] };
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return new DemandRequestPayload { UserErrors = UserError.FromValidation(validation) };
        var buyer = await buyers.FindAsync(viewer.BuyerId!.Value, ct);
        if (buyer is not { CanOrder: true })
            return new DemandRequestPayload { UserErrors = [UserError.Of(OrderPlacement.BuyerNotVerified, "Only a verified buyer business can post requests.")] };

        (Guid Id, OcopGroup Group)? product = null;
        if (!string.IsNullOrWhiteSpace(input.ProductSlug) && (product = await products.ListedBySlugAsync(input.ProductSlug.Trim(), ct)) == null)
            return new DemandRequestPayload { UserErrors = [UserError.Of(UserErrorCodes.NotFound, "No published product has that slug.", "input", "productSlug")] };

        var request = new DemandRequest
        {
            Id = Guid.NewGuid(), BuyerId = buyer.Id, BuyerName = buyer.Name, CreatedByUserId = viewer.UserId!.Value,
            Description = VietnameseText.Clean(input.Description), Group = product?.Group ?? input.Group!.Value, ProductId = product?.Id,
            Quantity = input.Quantity, Unit = input.Unit.Trim(), TargetUnitPrice = input.TargetUnitPrice,
            DeliveryProvinceCode = input.DeliveryProvinceCode, SameProvinceOnly = input.SameProvinceOnly, NeededBy = input.NeededBy,
            ExpiresAt = input.ExpiresAt.ToUniversalTime(), CreatedAt = time.GetUtcNow()
        };
        session.Insert(request);
        var reached = await catalog.CooperativesListingGroupAsync(request.Group.ToString(), request.SameProvinceOnly ? request.DeliveryProvinceCode : null, ct);
        TradeEvents.Posted(outbox, session, request, reached);
        await session.SaveChangesAsync(ct);
        return new DemandRequestPayload { DemandRequest = request };
    }

    /// <summary>Buyers: their own requests. Managers: open, unexpired requests matching their cooperative. Admins: all.</summary>
    public async Task<Page<DemandRequest>> ListAsync(int first, string? after, DemandRequestOrder order, CancellationToken ct)
    {
        viewer.DemandRole(Role.Buyer, Role.CooperativeManager, Role.Admin);
        await using var command = db.CreateCommand();
        var conditions = new List<string>();
        if (viewer.HasRole(Role.Buyer)) conditions.Add($"d.buyer_id = {Param(command, viewer.BuyerId!.Value)}");
        if (viewer.HasRole(Role.CooperativeManager)) conditions.Add(await MatchingConditionAsync(command, viewer.CooperativeId!.Value, ct));

        var count = DeferredCount.Of(db, $"from {schema.Table("mt_doc_demandrequest")} d where {(conditions.Count == 0 ? "true" : string.Join(" and ", conditions))}",
            command.Parameters);
        var (key, direction) = order == DemandRequestOrder.Newest ? ("d.created_at", "desc") : ("d.needed_by", "asc");
        if (after != null)
        {
            var (cursorKey, id) = DecodeCursor(after, order);
            conditions.Add($"({key}, d.id) {(direction == "desc" ? "<" : ">")} ({Param(command, cursorKey)}, {Param(command, id)})");
        }
        command.CommandText = $"""
            select d.data, {key}, d.id from {schema.Table("mt_doc_demandrequest")} d
            where {(conditions.Count == 0 ? "true" : string.Join(" and ", conditions))}
            order by {key} {direction}, d.id {direction} limit {first + 1}
            """;
        var edges = new List<(DemandRequest, string)>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var keyValue = order == DemandRequestOrder.Newest
                    ? reader.GetFieldValue<DateTimeOffset>(1).UtcTicks.ToString(CultureInfo.InvariantCulture)
                    : reader.GetFieldValue<DateOnly>(1).DayNumber.ToString(CultureInfo.InvariantCulture);
                edges.Add((session.DocumentStore.Options.Serializer().FromJson<DemandRequest>(reader, 0), EncodeCursor(order, keyValue, reader.GetGuid(2))));
            }
        }
        return Page<DemandRequest>.FromOverfetch(edges, first, after != null, count);
    }

    /// <summary>The SQL condition for "this request is open and this cooperative makes what it asks for".</summary>
    private async Task<string> MatchingConditionAsync(NpgsqlCommand command, Guid cooperativeId, CancellationToken ct)
    {
        var (cooperative, groups) = await ReachOfAsync(cooperativeId, ct);
        if (cooperative == null) throw new ClientError(ErrorCodes.Forbidden, NotVerifiedMessage);
        return $"d.status = 'Open' and d.expires_at > {Param(command, time.GetUtcNow())} and d.data ->> 'Group' = any({Param(command, groups)}) " +
               $"and (not d.same_province_only or d.delivery_province_code = {Param(command, cooperative.ProvinceCode)})";
    }

    public const string NotVerifiedMessage = "Only a verified cooperative sees and answers demand requests; the alliance verifies new cooperatives.";

    /// <summary>Whether the cooperative may see and quote on the request: verified, and making that OCOP group (in its province when asked).</summary>
    public async Task<bool> MatchesAsync(DemandRequest request, Guid cooperativeId, CancellationToken ct)
    {
        var (cooperative, groups) = await ReachOfAsync(cooperativeId, ct);
        return cooperative != null && groups.Contains(request.Group.ToString())
               && (!request.SameProvinceOnly || request.DeliveryProvinceCode == cooperative.ProvinceCode);
    }

    /// <summary>Whether the cooperative is verified (a registered or suspended one sees no buyer's requests).</summary>
    public async Task<bool> IsVerifiedAsync(Guid cooperativeId, CancellationToken ct) =>
        await cooperatives.ByIdAsync(cooperativeId, ct) is { IsActive: true };

    /// <summary>
    /// A verified cooperative and the OCOP groups it sells in: those of its listed (published) products only, so drafts
    /// do not open buyers' requests to it. Null when the cooperative is not verified.
    /// </summary>
    private async Task<(Cooperatives.CooperativeSummary? Cooperative, string[] Groups)> ReachOfAsync(Guid cooperativeId, CancellationToken ct)
    {
        var cooperative = await cooperatives.ByIdAsync(cooperativeId, ct);
        if (cooperative is not { IsActive: true }) return (null, []);
        return (cooperative, await catalog.ListedGroupsAsync(cooperativeId, ct));
    }

    private static string Param(NpgsqlCommand command, object value)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = value });
        return "$" + command.Parameters.Count;
    }

    private static string EncodeCursor(DemandRequestOrder order, string key, Guid id) => OpaqueCursor.Encode("d1", order.ToString(), key, id.ToString("N"));

    private static (object Key, Guid Id) DecodeCursor(string cursor, DemandRequestOrder order)
    {
        var parts = OpaqueCursor.Decode(cursor, "d1", 3);
        if (parts[0] != order.ToString() || !Guid.TryParseExact(parts[2], "N", out var id)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var key))
            throw OpaqueCursor.Invalid();
        return order == DemandRequestOrder.Newest
            ? (new DateTimeOffset(Math.Min(key, DateTimeOffset.MaxValue.UtcTicks), TimeSpan.Zero), id)
            : (DateOnly.FromDayNumber((int)Math.Clamp(key, 0, DateOnly.MaxValue.DayNumber)), id);
    }
}
