using FluentValidation;
using Marten;
using Npgsql;
using OcopMarket.Catalog.Queries;
using OcopMarket.Inventory;
using OcopMarket.Ordering.Buyers;
using OcopMarket.Ordering.Orders;

namespace OcopMarket.Ordering.Carts;

/// <summary>
/// The buyer business's cart on the server (one per business, shared by its members and devices): read priced by
/// <see cref="OrderLineBuilder"/>, exactly as placeOrder prices; set, remove and clear lines with the cart's numeric
/// revision checked, so two devices never overwrite each other unseen. Only members of a verified buyer use it.
/// </summary>
public sealed class CartService(IDocumentSession session, OrderLineBuilder lineBuilder, ListedVariants catalog, NpgsqlDataSource db,
    DatabaseSchema schema, IValidator<SetCartLinesInput> validator, Viewer viewer, TimeProvider clock)
{
    /// <summary>As many lines as one order may have.</summary>
    public const int MaxLines = PlaceOrderInputValidator.MaxLines;

    /// <summary>The cart query: a buyer's own cart (empty when never saved); admins have none (null).</summary>
    public async Task<CartView?> GetAsync(CancellationToken ct)
    {
        viewer.DemandRole(Role.Buyer, Role.Admin);
        if (viewer.IsAdmin) return null;
        if (await NotVerifiedAsync(ct) is { } refused) throw new ClientError(refused.Code, refused.Message);
        return await ViewAsync(await LoadAsync(viewer.BuyerId!.Value, ct) ?? Empty(), ct);
    }

    public async Task<CartPayload> SetLinesAsync(SetCartLinesInput input, CancellationToken ct)
    {
        if (await AccessAsync(ct) is { } denied) return Fail(denied);
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return new CartPayload { UserErrors = UserError.FromValidation(validation) };
        var (cart, isNew) = await LoadOrNewAsync(ct);
        if (input.ExpectedVersion is { } expected && expected != cart.Version)
            return await FailWithCartAsync(cart, UserError.Of(UserErrorCodes.Conflict,
                $"The cart changed since you read it (version {cart.Version}, not {expected}). Review it and apply your change again.",
                "input", "expectedVersion"), ct);

        var lines = input.Lines.Select(l => new CartItem { Sku = l.Sku.Trim(), Quantity = l.Quantity }).ToList();
        if (input.Mode == CartLinesMode.Replace) cart.Lines = lines.Where(l => l.Quantity > 0).ToList();
        else
        {
            foreach (var line in lines)
            {
                var index = cart.Lines.FindIndex(l => l.Sku == line.Sku);
                if (index >= 0 && line.Quantity == 0) cart.Lines.RemoveAt(index);
                else if (index >= 0) cart.Lines[index].Quantity = line.Quantity;
                else if (line.Quantity > 0) cart.Lines.Add(line);
            }
        }
        if (cart.Lines.Count > MaxLines)
            return Fail(UserError.Of(UserErrorCodes.Validation, $"A cart has at most {MaxLines} lines; remove some first.", "input", "lines"));
        return await SaveAsync(cart, isNew, ct);
    }

    public async Task<CartPayload> RemoveLineAsync(string sku, CancellationToken ct)
    {
        if (await AccessAsync(ct) is { } denied) return Fail(denied);
        var (cart, isNew) = await LoadOrNewAsync(ct);
        // Removing a line that is not there changes nothing (a double click, or another device removed it first).
        if (cart.Lines.RemoveAll(l => l.Sku == sku.Trim()) == 0) return new CartPayload { Cart = await ViewAsync(cart, ct) };
        return await SaveAsync(cart, isNew, ct);
    }

    public async Task<CartPayload> ClearAsync(CancellationToken ct)
    {
        if (await AccessAsync(ct) is { } denied) return Fail(denied);
        var (cart, isNew) = await LoadOrNewAsync(ct);
        if (cart.Lines.Count == 0) return new CartPayload { Cart = await ViewAsync(cart, ct) };
        cart.Lines.Clear();
        return await SaveAsync(cart, isNew, ct);
    }

    /// <summary>variants(skus:): each SKU's variant on sale, or NOT_FOUND, in the order asked (quick order checks lines with it).</summary>
    public async Task<IReadOnlyList<VariantLookup>> LookupAsync(IReadOnlyList<string> skus, CancellationToken ct)
    {
        viewer.DemandRole(Role.Buyer, Role.Admin);
        if (skus.Count > MaxLines) throw new ClientError(ErrorCodes.BadUserInput, $"Look up at most {MaxLines} SKUs at a time.");
        var trimmed = skus.Select(s => s.Trim()).ToList();
        var listed = await catalog.BySkuAsync(trimmed.Where(s => s.Length is > 0 and <= 64).Distinct().ToList(), ct);
        return trimmed.Select((sku, i) => listed.TryGetValue(sku, out var found)
            ? new VariantLookup(sku, found.Product, found.Variant, null)
            : new VariantLookup(sku, null, null, UserError.Of(UserErrorCodes.NotFound, $"No product on sale has SKU {sku}.", "skus", i.ToString())))
            .ToList();
    }

    /// <summary>The buyer's cart document, for placeOrder(fromCart); null when never saved.</summary>
    internal async Task<Cart?> LoadAsync(Guid buyerId, CancellationToken ct) => await session.LoadAsync<Cart>(buyerId, ct);

    /// <summary>Empties the cart inside the caller's unit of work (the order's transaction), on the revision it was read at.</summary>
    internal void QueueEmpty(IDocumentSession orderSession, Cart cart)
    {
        cart.Lines.Clear();
        Touch(cart);
        orderSession.UpdateRevision(cart, cart.Version + 1);
    }

    /// <summary>Prices every line with placeOrder's code and reads what is available, in three round trips plus one.</summary>
    private async Task<CartView> ViewAsync(Cart cart, CancellationToken ct)
    {
        var priced = await lineBuilder.PriceAsync(cart.Id, cart.Lines.Select(l => new PlacementLine(l.Sku, l.Quantity)).ToList(), ct);
        var available = await AvailableAsync(cart.Lines.Select(l => l.Sku).ToList(), ct);
        var lines = priced.Select(p =>
        {
            var left = p.Listed != null ? available.GetValueOrDefault(p.Requested.Sku) : 0;
            var problems = new List<UserError>();
            if (p.Problem != null) problems.Add(p.Problem);
            else if (p.Requested.Quantity > left)
                problems.Add(UserError.Of(UserErrorCodes.OutOfStock,
                    $"Not enough stock for SKU {p.Requested.Sku}: {Math.Max(0, left)} available.", "quantity"));
            var line = p.Built?.Line;
            return new CartLineView(p.Requested.Sku, p.Requested.Quantity, p.Listed?.Product, p.Listed?.Variant, p.Listed?.Cooperative,
                line?.UnitPrice, line?.PriceSource, line?.LineTotal, Math.Max(0, left), problems);
        }).ToList();
        return new CartView(cart.Id, cart.Version, cart.UpdatedAt, lines);
    }

    private async Task<Dictionary<string, int>> AvailableAsync(IReadOnlyList<string> skus, CancellationToken ct)
    {
        var result = new Dictionary<string, int>();
        if (skus.Count == 0) return result;
        await using var command = db.CreateCommand($"select s.sku, s.available from {StockLevels.Relation(schema)} s where s.sku = any($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = skus.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) result[reader.GetString(0)] = reader.GetInt32(1);
        return result;
    }

    private async Task<CartPayload> SaveAsync(Cart cart, bool isNew, CancellationToken ct)
    {
        Touch(cart);
        var next = isNew ? 1 : cart.Version + 1;
        if (isNew) session.Insert(cart);
        else session.UpdateRevision(cart, next);
        // A concurrent change (another device) moved the revision on, or created the cart first: CONFLICT, nothing saved.
        if (await SaveConflicts.SaveAsync(session, ct, SaveConflicts.StaleMessage, "input", "expectedVersion") is { } conflict)
            return await FailWithCartAsync(await LoadAsync(cart.Id, ct) ?? Empty(), conflict, ct);
        cart.Version = next;
        return new CartPayload { Cart = await ViewAsync(cart, ct) };
    }

    private void Touch(Cart cart)
    {
        cart.UpdatedAt = clock.GetUtcNow();
        cart.UpdatedByUserId = viewer.UserId;
    }

    private async Task<(Cart, bool IsNew)> LoadOrNewAsync(CancellationToken ct) =>
        await LoadAsync(viewer.BuyerId!.Value, ct) is { } cart ? (cart, false) : (Empty(), true);

    private Cart Empty() => new() { Id = viewer.BuyerId!.Value };

    /// <summary>Mutations: a member of a verified buyer business (admins have no cart).</summary>
    private async Task<UserError?> AccessAsync(CancellationToken ct) => viewer.CheckRole(Role.Buyer) ?? await NotVerifiedAsync(ct);

    private async Task<UserError?> NotVerifiedAsync(CancellationToken ct) =>
        await session.LoadAsync<Buyer>(viewer.BuyerId!.Value, ct) is { CanOrder: true } ? null
            : UserError.Of(OrderPlacement.BuyerNotVerified, "Only a verified buyer business has a cart; the platform verifies new buyers.");

    /// <summary>The error, with the cart as it is now, so the client can show what changed without another request.</summary>
    private async Task<CartPayload> FailWithCartAsync(Cart cart, UserError error, CancellationToken ct) =>
        new() { Cart = await ViewAsync(cart, ct), UserErrors = [error] };

    private static CartPayload Fail(UserError error) => new() { UserErrors = [error] };
}
