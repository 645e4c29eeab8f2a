using System.Security.Cryptography;
using System.Text;
using Marten;
using Npgsql;
using OcopMarket.Catalog.Model;
using OcopMarket.Inventory;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;
using OcopMarket.Infrastructure.Persistence;
using OcopMarket.Kernel.Persistence;
using OcopMarket.Ordering.Buyers;
using OcopMarket.Ordering.Orders;

namespace OcopMarket.Bench.Scenarios;

/// <summary>A SKU an order scenario orders, with the quantity rules read from its product document.</summary>
internal sealed record OrderSku(string Sku, int MinOrderQuantity, int OrderIncrement, string Unit);

/// <summary>The outcome of a scenario's check after its timed run (e.g. every reserved unit is on a stored order).</summary>
internal sealed record Verification(bool Ok, string Text);

/// <summary>
/// What the order scenarios set up in the benchmark schema through the application's own services, the way the ordering
/// tests' fixture does: verified buyers whose users get bearer tokens from LoginService.IssueTokenAsync; SKUs of listed
/// products with their minimum order and case pack read from the product documents; their stock topped up and their
/// reservations reset. And the accounting check after a run: reserved = units on the stored orders, SKU by SKU.
/// </summary>
internal static class OrderSetup
{
    /// <summary>Stock set on every SKU an order scenario uses: far more than a run can order.</summary>
    public const int OnHand = 10_000_000;

    /// <summary>
    /// One variant each of `count` listed products, after skipping `skip` products of a deterministic shuffle of the
    /// listed slugs (so scenarios that skip differently get disjoint SKUs). Rules come from the stored documents.
    /// </summary>
    public static async Task<List<OrderSku>> PickSkusAsync(BenchContext context, int skip, int count, CancellationToken ct)
    {
        var random = new Random(context.Options.Seed + 5);
        var slugs = context.Catalog.ListedSlugs.ToArray();
        random.Shuffle(slugs);
        slugs = slugs.Skip(skip).Take(count).ToArray();
        if (slugs.Length < count) throw new InvalidOperationException($"The catalog lists only {context.Catalog.ListedSlugs.Count} products.");

        await using var session = context.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var products = (await session.Query<Product>().Where(p => p.Slug.IsOneOf(slugs)).ToListAsync(ct)).ToDictionary(p => p.Slug);
        return slugs.Select(slug =>
        {
            var product = products.GetValueOrDefault(slug) ?? throw new InvalidOperationException($"Product {slug} is not in the schema.");
            var variant = product.Variants[random.Next(product.Variants.Count)];
            return new OrderSku(variant.Sku, variant.MinOrderQuantity, variant.OrderIncrement, variant.Unit);
        }).ToList();
    }

    /// <summary>Sets on_hand to <see cref="OnHand"/> and reserved to 0 on the SKUs (the orders they held are deleted first).</summary>
    public static async Task ResetStockAsync(BenchContext context, IReadOnlyCollection<string> skus, CancellationToken ct)
    {
        var db = context.Services.GetRequiredService<NpgsqlDataSource>();
        await using var command = db.CreateCommand($"update {Table(context, StockTable.Name)} set on_hand = $2, reserved = 0 where sku = any($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = skus.ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = OnHand });
        var updated = await command.ExecuteNonQueryAsync(ct);
        if (updated != skus.Count) throw new InvalidOperationException($"Only {updated} of {skus.Count} SKUs have a stock row.");
    }

    /// <summary>
    /// `count` verified buyers of this scenario (stable ids, created once, reused by later runs), each with one buyer
    /// user; deletes the orders they placed in earlier runs and issues each user a fresh bearer token.
    /// </summary>
    public static async Task<(Guid[] BuyerIds, string[] Tokens)> BuyersAsync(BenchContext context, string tag, int taxPrefix, int count,
        CancellationToken ct)
    {
        var store = context.Services.GetRequiredService<IDocumentStore>();
        var buyerIds = Enumerable.Range(0, count).Select(i => StableId($"buyer:{tag}:{i}")).ToArray();
        var userIds = Enumerable.Range(0, count).Select(i => StableId($"user:{tag}:{i}")).ToArray();
        var now = DateTimeOffset.UtcNow;
        List<User> users;
        await using (var session = store.LightweightSession())
        {
            var buyers = (await session.LoadManyAsync<Buyer>(ct, buyerIds)).Select(b => b.Id).ToHashSet();
            users = (await session.LoadManyAsync<User>(ct, userIds)).ToList();
            for (var i = 0; i < count; i++)
            {
                if (!buyers.Contains(buyerIds[i])) session.Insert(NewBuyer(buyerIds[i], tag, taxPrefix, i, now));
                if (users.Any(u => u.Id == userIds[i])) continue;
                var user = new User
                {
                    Id = userIds[i], Role = Role.Buyer, BuyerId = buyerIds[i], Email = $"bench-{tag}-{i}@bench.local",
                    DisplayName = $"Bench {tag} {i}", CreatedAt = now
                };
                session.Insert(user);
                users.Add(user);
            }
            // Earlier runs' orders: the check after the run counts every order of these buyers.
            session.DeleteWhere<CooperativeOrder>(o => o.BuyerId.IsOneOf(buyerIds));
            session.DeleteWhere<PurchaseOrder>(o => o.BuyerId.IsOneOf(buyerIds));
            await session.SaveChangesAsync(ct);
        }

        await using var scope = context.Services.CreateAsyncScope();
        var login = scope.ServiceProvider.GetRequiredService<LoginService>();
        var tokens = new string[count];
        for (var i = 0; i < count; i++) tokens[i] = (await login.IssueTokenAsync(users.Single(u => u.Id == userIds[i]), ct)).Token;
        return (buyerIds, tokens);
    }

    private static Buyer NewBuyer(Guid id, string tag, int taxPrefix, int i, DateTimeOffset now) => new()
    {
        Id = id, Name = $"Siêu thị Bench {tag} {i + 1}", TaxCode = $"09{taxPrefix}{i:D7}", Status = BuyerStatus.Verified,
        CreatedAt = now, VerifiedAt = now,
        Addresses =
        [
            new BuyerAddress
            {
                Id = StableId($"address:{tag}:{i}"), Label = "Kho", Recipient = "Nguyễn Văn An", Phone = "0900000000",
                Line = $"Số {i + 1} Phố Huế", Commune = "Phường Hai Bà Trưng", ProvinceCode = "01", IsDefault = true
            }
        ]
    };

    /// <summary>
    /// After a run: for every SKU, reserved must equal the units on the stored cooperative orders of this scenario's
    /// buyers (their earlier orders were deleted and the reservations reset before it), no order line may be on
    /// another SKU, nothing reserved beyond on hand, and one stored purchase order per order the API acknowledged.
    /// </summary>
    public static async Task<Verification> VerifyAsync(BenchContext context, IReadOnlyCollection<string> skus, Guid[] buyerIds,
        long acknowledged, CancellationToken ct)
    {
        var stock = Table(context, StockTable.Name);
        var db = context.Services.GetRequiredService<NpgsqlDataSource>();
        await using var command = db.CreateCommand($"""
            with lines as (
              select l ->> 'Sku' as sku, (l ->> 'Quantity')::bigint as quantity
              from {Table(context, "mt_doc_cooperativeorder")} c cross join lateral jsonb_array_elements(c.data -> 'Lines') l
              where c.buyer_id = any($2)),
            per_sku as (select sku, sum(quantity) as quantity from lines group by sku)
            select
              (select count(*) from {Table(context, "mt_doc_purchaseorder")} where buyer_id = any($2)),
              (select coalesce(sum(reserved), 0) from {stock} where sku = any($1))::bigint,
              (select coalesce(sum(quantity), 0) from per_sku where sku = any($1))::bigint,
              (select count(*) from {stock} s left join per_sku p using (sku) where s.sku = any($1) and s.reserved <> coalesce(p.quantity, 0)),
              (select coalesce(sum(quantity), 0) from per_sku where sku <> all($1))::bigint,
              (select count(*) from {stock} where sku = any($1) and reserved > on_hand)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = skus.ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = buyerIds });
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var (orders, reserved, ordered, differ, elsewhere, oversold) =
            (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5));
        var ok = reserved == ordered && differ == 0 && elsewhere == 0 && oversold == 0 && orders == acknowledged;
        return new Verification(ok,
            $"{orders:N0} purchase orders stored {(orders == acknowledged ? "=" : "≠")} {acknowledged:N0} acknowledged by the API " +
            $"(sample, warm-up and timed run); {skus.Count} SKU(s): reserved {reserved:N0} {(reserved == ordered ? "=" : "≠")} " +
            $"{ordered:N0} units on the stored cooperative orders' lines, {differ} SKU(s) differ, {elsewhere:N0} units on other SKUs, " +
            $"{oversold} SKU(s) reserved beyond on hand: {(ok ? "OK" : "**FAILED**")}");
    }

    private static string Table(BenchContext context, string name) => context.Services.GetRequiredService<DatabaseSchema>().Table(name);

    /// <summary>A Guid derived from a name, so the benchmark's buyers and users keep their ids from one run to the next.</summary>
    private static Guid StableId(string name) => new(MD5.HashData(Encoding.UTF8.GetBytes("ocop-bench:" + name)));
}
