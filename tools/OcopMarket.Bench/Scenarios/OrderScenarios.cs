using System.Net.Http.Headers;
using System.Text.Json;

namespace OcopMarket.Bench.Scenarios;

/// <summary>
/// Issue 5's order placement: every request is one placeOrder of one line (a random SKU of the scenario's set, exactly
/// its minimum order quantity) by the client's own verified buyer, with a fresh idempotency key, so one request is one
/// order and req/s is orders/s. Any userError (OUT_OF_STOCK, a quantity rule, …) counts as an error. After the run,
/// SQL checks that the SKUs' reserved units are exactly the units on the stored orders (<see cref="OrderSetup.VerifyAsync"/>).
/// </summary>
internal sealed class PlaceOrderScenario : Scenario
{
    public const string Mutation = """
        mutation Place($input: PlaceOrderInput!) { placeOrder(input: $input) {
          purchaseOrder { id number total cooperativeOrders { id status subtotal } }
          userErrors { code message field } } }
        """;

    private readonly int skuCount;
    private readonly int skip;
    private readonly int taxPrefix;
    private readonly string runTag = DateTime.UtcNow.ToString("yyMMddHHmmss");
    private List<OrderSku> skus = [];
    private AuthenticationHeaderValue[] auth = [];
    private Guid[] buyerIds = [];
    private long sequence;
    private long acknowledged;

    /// <summary>`skuCount` SKUs: the first products of the shuffled listing after `skip` (spread: 0, hot: 100, so disjoint).</summary>
    private PlaceOrderScenario(string name, int skuCount, int skip, int taxPrefix, double minOrdersPerSecond)
    {
        Name = name;
        this.skuCount = skuCount;
        this.skip = skip;
        this.taxPrefix = taxPrefix;
        Target = new Target(MinRps: minOrdersPerSecond);
    }

    /// <summary>Each client a different buyer, each order one line of a random SKU among 100.</summary>
    public static PlaceOrderScenario Spread() => new("orders-spread", skuCount: 100, skip: 0, taxPrefix: 1, minOrdersPerSecond: 300);

    /// <summary>Every client (each a different buyer) orders the same SKU: all reservations contend for one stock row.</summary>
    public static PlaceOrderScenario Hot() => new("orders-hot", skuCount: 1, skip: 100, taxPrefix: 2, minOrdersPerSecond: 100);

    public override string Name { get; }

    public override string Description => skuCount == 1
        ? $"placeOrder, all buyers on one hot SKU ({Rules(skus.FirstOrDefault())}); orders/s"
        : $"placeOrder, 1 line, random SKU of {skuCount} (min order {string.Join("/", skus.Select(s => s.MinOrderQuantity).Distinct().Order())}), a buyer per client; orders/s";

    public override Target Target { get; }

    public IReadOnlyList<OrderSku> Skus => skus;

    public override async Task PrepareAsync(BenchContext context, CancellationToken ct)
    {
        skus = await OrderSetup.PickSkusAsync(context, skip, skuCount, ct);
        (buyerIds, var tokens) = await OrderSetup.BuyersAsync(context, Name, taxPrefix, context.Options.Clients, ct);
        auth = tokens.Select(t => new AuthenticationHeaderValue("Bearer", t)).ToArray();
        await OrderSetup.ResetStockAsync(context, skus.Select(s => s.Sku).ToList(), ct);
        Interlocked.Exchange(ref acknowledged, 0);
    }

    public override HttpRequestMessage CreateRequest(ClientState client)
    {
        var sku = skus[skuCount == 1 ? 0 : client.Random.Next(skus.Count)];
        var key = $"bench-{runTag}-{Interlocked.Increment(ref sequence)}";
        var request = Gql.Post(Gql.Body(Mutation, new
        {
            input = new { idempotencyKey = key, lines = new[] { new { sku = sku.Sku, quantity = sku.MinOrderQuantity } } }
        }));
        // The sample request (index -1) is placed by the first buyer.
        request.Headers.Authorization = auth[(client.Index + auth.Length) % auth.Length];
        return request;
    }

    /// <summary>
    /// GraphQL errors, or a payload without an empty userErrors list (any userError, or no payload at all). Counts the
    /// orders the API acknowledged, for the check that each one is stored once.
    /// </summary>
    public override bool IsFailure(ReadOnlySpan<byte> body)
    {
        var failed = base.IsFailure(body) || body.IndexOf("\"userErrors\":[]"u8) < 0 || body.IndexOf("\"purchaseOrder\":{"u8) < 0;
        if (!failed) Interlocked.Increment(ref acknowledged);
        return failed;
    }

    public override string? Check(JsonElement data)
    {
        var order = data.GetProperty("placeOrder").GetProperty("purchaseOrder");
        var parts = order.GetProperty("cooperativeOrders");
        if (parts.GetArrayLength() != 1) return $"expected one cooperative order, got {parts.GetArrayLength()}";
        return parts[0].GetProperty("status").GetString() == "PLACED" ? null : "the cooperative order is not PLACED";
    }

    public override Task<Verification?> VerifyAsync(BenchContext context, CancellationToken ct) =>
        OrderSetup.VerifyAsync(context, skus.Select(s => s.Sku).ToList(), buyerIds, Interlocked.Read(ref acknowledged), ct)!;

    private static string Rules(OrderSku? sku) => sku == null ? "" : sku.OrderIncrement > 1
        ? $"{sku.Sku}: min {sku.MinOrderQuantity}, case {sku.OrderIncrement}"
        : $"{sku.Sku}: min {sku.MinOrderQuantity}";
}
