using OcopMarket.Inventory;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FluentValidation;
using Marten;
using Npgsql;
using OcopMarket.Catalog.Model;
using OcopMarket.Cooperatives.Model;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;
using OcopMarket.Ordering.Buyers;
using OcopMarket.Kernel.Events;

namespace OcopMarket.Ordering.Orders;

/// <summary>One line to place: a quoted price (from an accepted quote) replaces the catalog price and its quantity rules.</summary>
public sealed record PlacementLine(string Sku, int Quantity, long? QuotedUnitPrice = null);

/// <summary>
/// Work that must commit with the order or not at all (accepting the quotes an order comes from). It runs first in the
/// order's transaction, before stock is reserved, and may refuse the order with user errors.
/// </summary>
public delegate Task<IReadOnlyList<UserError>> WithOrder(IDocumentSession session, NpgsqlTransaction tx, Guid purchaseOrderId, CancellationToken ct);

/// <param name="FromCart">The lines are the buyer's cart's: the request's identity is then the address and note (a retry
/// after the cart was emptied by the first attempt is the same request), and line errors point at ["cart", "lines", i].</param>
public sealed record PlacementRequest(Guid BuyerId, Guid UserId, string IdempotencyKey, IReadOnlyList<PlacementLine> Lines,
    DeliveryAddressInput? DeliveryAddress, string? Note, WithOrder? InSameTransaction = null, bool FromCart = false)
{
    /// <summary>Where a line's errors point: the input's lines, or the cart's.</summary>
    public string[] LinesField => FromCart ? ["cart", "lines"] : ["input", "lines"];
}

public sealed class PlaceOrderPayload : Payload
{
    internal PurchaseOrder? PurchaseOrder { get; init; }
    /// <summary>The cooperative orders this placement created (null when it answered with an earlier order).</summary>
    internal IReadOnlyList<CooperativeOrder>? PlacedParts { get; init; }

    /// <summary>
    /// The placed order as the PurchaseOrder GraphQL type resolves it, for another module's field typed with
    /// <c>GraphQLTypeReference(OrderGraphNames.PurchaseOrder)</c>; null when the order was refused.
    /// </summary>
    public object? PlacedOrder => PurchaseOrder;
}

/// <summary>
/// Places a purchase order: checks the buyer and every line, prices lines on the server, reserves all stock
/// atomically and stores the order split per cooperative — all in one transaction, or nothing.
/// </summary>
public sealed class OrderPlacement(IDocumentStore store, IQuerySession query, NpgsqlDataSource db, Stock stock,
    OrderLineBuilder lineBuilder, IValidator<PlaceOrderInput> validator, Carts.CartService carts, Viewer viewer, TimeProvider clock,
    EventOutbox outbox)
{
    public const string BuyerNotVerified = "BUYER_NOT_VERIFIED";
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";

    public async Task<PlaceOrderPayload> PlaceAsync(PlaceOrderInput input, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.Buyer) is { } denied) return Fail(denied);
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return new PlaceOrderPayload { UserErrors = UserError.FromValidation(validation) };
        if (input.FromCart == true) return await PlaceFromCartAsync(input, ct);
        var lines = (input.Lines ?? []).Select(l => new PlacementLine(l.Sku.Trim(), l.Quantity)).ToList();
        return await PlaceAsync(new PlacementRequest(viewer.BuyerId!.Value, viewer.UserId!.Value, input.IdempotencyKey.Trim(), lines,
            input.DeliveryAddress, input.Note), ct);
    }

    /// <summary>
    /// The cart's lines become the order, and the cart is emptied in the order's transaction, on the cart's revision as
    /// read: when the cart changed meanwhile (another device), nothing is placed and the answer is CONFLICT.
    /// </summary>
    private async Task<PlaceOrderPayload> PlaceFromCartAsync(PlaceOrderInput input, CancellationToken ct)
    {
        var buyerId = viewer.BuyerId!.Value;
        var cart = await carts.LoadAsync(buyerId, ct);
        var lines = cart?.Lines.Select(l => new PlacementLine(l.Sku, l.Quantity)).ToList() ?? [];
        WithOrder emptyCart = (session, _, _, _) =>
        {
            if (cart != null) carts.QueueEmpty(session, cart);
            return Task.FromResult<IReadOnlyList<UserError>>([]);
        };
        return await PlaceAsync(new PlacementRequest(buyerId, viewer.UserId!.Value, input.IdempotencyKey.Trim(), lines,
            input.DeliveryAddress, input.Note, emptyCart, FromCart: true), ct);
    }

    public async Task<PlaceOrderPayload> PlaceAsync(PlacementRequest request, CancellationToken ct)
    {
        var buyer = await query.LoadAsync<Buyer>(request.BuyerId, ct);
        if (buyer is not { CanOrder: true })
            return Fail(UserError.Of(BuyerNotVerified, "Only a verified buyer business can place orders; the platform verifies new buyers."));

        var hash = RequestHash(request);
        if (await ExistingAsync(request, hash, ct) is { } existing) return existing;

        // After the idempotency check: a retry of an order placed from the cart finds the cart empty.
        if (request.Lines.Count == 0)
            return Fail(UserError.Of(UserErrorCodes.Validation, request.FromCart ? "The cart is empty." : "An order needs at least one line.",
                request.FromCart ? "cart" : "input", "lines"));
        var built = await lineBuilder.BuildAsync(request, ct);
        if (built.Errors.Count > 0) return new PlaceOrderPayload { UserErrors = built.Errors };
        var address = Address(request.DeliveryAddress, buyer);
        if (address == null)
            return Fail(UserError.Of(UserErrorCodes.Validation, "No delivery address given and the buyer has none on file.", "input", "deliveryAddress"));

        var (order, parts) = Assemble(request, buyer, hash, address, built);

        await using var connection = await db.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using var session = store.LightweightSession(Marten.Services.SessionOptions.ForTransaction(tx));
        if (request.InSameTransaction is { } work && await work(session, tx, order.Id, ct) is { Count: > 0 } refused)
        {
            await tx.RollbackAsync(ct);
            return new PlaceOrderPayload { UserErrors = refused };
        }
        var shortfalls = await stock.TryReserveAsync(tx, built.Lines.Select(l => (l.Line.Sku, l.Line.Quantity)).ToList(), ct, session);
        if (shortfalls.Count > 0)
        {
            await tx.RollbackAsync(ct);
            return new PlaceOrderPayload { UserErrors = shortfalls.Select(s => OutOfStock(request, s.Sku, s.Available)).ToList() };
        }
        session.Insert(order);
        foreach (var part in parts)
        {
            session.Insert(part);
            OrderEvents.Record(outbox, session, OrderEvents.Placed, part);
        }
        try
        {
            await session.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (Exception ex) when (request.FromCart && SaveConflicts.IsStale(ex))
        {
            // Only the cart is saved with a revision check: it changed after it was read, so this order is not what it holds.
            await tx.RollbackAsync(ct);
            return Fail(UserError.Of(UserErrorCodes.Conflict,
                "The cart changed while the order was being placed; nothing was ordered. Review the cart and place the order again.", "cart"));
        }
        catch (Exception ex) when (IsUniqueViolation(ex))
        {
            // Another request with the same idempotency key won the race: answer with its order.
            await tx.RollbackAsync(ct);
            // Not found: rethrow the original violation with its stack (not `throw ex`).
            var winner = await ExistingAsync(request, hash, ct);
            if (winner == null) throw;
            return winner;
        }
        return new PlaceOrderPayload { PurchaseOrder = order, PlacedParts = parts };
    }

    private async Task<PlaceOrderPayload?> ExistingAsync(PlacementRequest request, string hash, CancellationToken ct)
    {
        var existing = (await query.QueryAsync<PurchaseOrder>("where buyer_id = ? and data ->> 'IdempotencyKey' = ?", ct,
            request.BuyerId, request.IdempotencyKey)).SingleOrDefault();
        if (existing == null) return null;
        return existing.RequestHash == hash
            ? new PlaceOrderPayload { PurchaseOrder = existing }
            : Fail(UserError.Of(IdempotencyKeyReused,
                "This idempotency key was already used for a different order; use a new key for a new order.", "input", "idempotencyKey"));
    }

    private (PurchaseOrder, List<CooperativeOrder>) Assemble(PlacementRequest request, Buyer buyer, string hash,
        DeliveryAddress address, BuiltLines built)
    {
        var now = clock.GetUtcNow();
        var order = new PurchaseOrder
        {
            Id = Guid.NewGuid(), BuyerId = buyer.Id, BuyerName = buyer.Name, PlacedByUserId = request.UserId,
            IdempotencyKey = request.IdempotencyKey, RequestHash = hash, DeliveryAddress = address, Note = request.Note, CreatedAt = now
        };
        order.Number = $"PO-{now:yyMMdd}-{order.Id.ToString("N")[..8].ToUpperInvariant()}";
        var parts = built.Lines.GroupBy(l => l.Cooperative.Id).Select(g => new CooperativeOrder
        {
            Id = Guid.NewGuid(), PurchaseOrderId = order.Id, PurchaseOrderNumber = order.Number, BuyerId = buyer.Id,
            BuyerName = buyer.Name, CooperativeId = g.Key, Lines = g.Select(l => l.Line).ToList(),
            Subtotal = g.Sum(l => l.Line.LineTotal), DeliveryAddress = address, CreatedAt = now,
            History = [new StatusChange(null, CooperativeOrderStatus.Placed, now, request.UserId, "BUYER", null)]
        }).ToList();
        order.CooperativeOrderIds = parts.Select(p => p.Id).ToList();
        order.Total = parts.Sum(p => p.Subtotal);
        return (order, parts);
    }

    private static DeliveryAddress? Address(DeliveryAddressInput? input, Buyer buyer)
    {
        if (input != null)
            return new DeliveryAddress { Recipient = input.Recipient, Phone = input.Phone, Line = input.Line, Commune = input.Commune, ProvinceCode = input.ProvinceCode };
        return buyer.DefaultAddress is { } a
            ? new DeliveryAddress { Recipient = a.Recipient, Phone = a.Phone, Line = a.Line, Commune = a.Commune, ProvinceCode = a.ProvinceCode }
            : null;
    }

    private static UserError OutOfStock(PlacementRequest request, string sku, int available)
    {
        var index = request.Lines.ToList().FindIndex(l => l.Sku == sku);
        return UserError.Of(UserErrorCodes.OutOfStock,
            $"Not enough stock for SKU {sku}: {Math.Max(0, available)} available. Nothing was reserved.",
            [.. request.LinesField, index.ToString(), "quantity"]);
    }

    /// <summary>The request's identity for idempotency: lines (as a set; or "from the cart"), address and note.</summary>
    private static string RequestHash(PlacementRequest request)
    {
        // From the cart: the lines are the server's, and the first attempt empties the cart, so they are not part of it.
        var canonical = request.FromCart
            ? JsonSerializer.Serialize(new { fromCart = true, request.DeliveryAddress, request.Note })
            : JsonSerializer.Serialize(new
            {
                lines = request.Lines.OrderBy(l => l.Sku, StringComparer.Ordinal).Select(l => new { l.Sku, l.Quantity, l.QuotedUnitPrice }),
                request.DeliveryAddress,
                request.Note
            });
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private static bool IsUniqueViolation(Exception ex)
    {
        for (var e = (Exception?)ex; e != null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } || e is JasperFx.DocumentAlreadyExistsException) return true;
        }
        return false;
    }

    private static PlaceOrderPayload Fail(UserError error) => new() { UserErrors = [error] };
}
