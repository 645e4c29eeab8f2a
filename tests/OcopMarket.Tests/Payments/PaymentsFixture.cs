using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OcopMarket.Tests.Ordering;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Payments;

/// <summary>
/// The ordering fixture with payments switched on: the real Stripe.net client pointed at a <see cref="FakeStripeServer"/>,
/// a webhook secret, and a platform bank account for VietQR.
/// </summary>
public class PaymentsFixture : OrderingFixture, IAsyncLifetime
{
    public const string WebhookSecret = "whsec_payments_fixture";
    public const string BankBin = "970436";
    public const string AccountNumber = "0011001234567";
    public const string SePayApiKey = "sepay_fixture_key_9f3b2c";

    public FakeStripeServer Stripe { get; private set; } = null!;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Payments:Stripe:ApiKey"] = "sk_test_payments_fixture",
        ["Payments:Stripe:ApiBase"] = Stripe.Url,
        ["Payments:Stripe:WebhookSecret"] = WebhookSecret,
        ["Payments:BankTransfer:BankBin"] = BankBin,
        ["Payments:BankTransfer:AccountNumber"] = AccountNumber,
        ["Payments:BankTransfer:AccountName"] = "CONG TY OCOP MARKET",
        ["Payments:BankTransfer:BankName"] = "Vietcombank",
        ["Payments:BankTransfer:SePayApiKey"] = SePayApiKey,
    };

    // Every payment test places its own orders: give the small products stock enough for all of them.
    protected override async Task AfterStartAsync()
    {
        await base.AfterStartAsync();
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"update {Schema}.ocop_stock set on_hand = 100000", connection);
        await command.ExecuteNonQueryAsync();
    }

    // The fake must be listening before the app reads its address from Settings.
    async Task IAsyncLifetime.InitializeAsync()
    {
        Stripe = await FakeStripeServer.StartAsync();
        await InitializeAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Stripe.DisposeAsync();
    }
}

/// <summary>No Stripe keys and no bank account: card and transfer payments must say so, everything else must work.</summary>
public class UnconfiguredPaymentsFixture : OrderingFixture;

[CollectionDefinition(Name)]
public class PaymentsCollection : ICollectionFixture<PaymentsFixture>
{
    public const string Name = "Payments over HTTP";
}

/// <summary>What the payment tests do over and over: place an order, start a payment, send a webhook, read the payment.</summary>
public static class PaymentGql
{
    public const string PaymentFields = """
        status method amountDue amountReceived amountRefunded transferReference paidAt
        refunds { cooperativeOrderId amount status stripeRefundId error } failures { source code message }
        """;

    public const string StartCard = $$"""
        mutation($id: ID!) { startCardPayment(purchaseOrderId: $id) { clientSecret payment { {{PaymentFields}} } userErrors { code field message } } }
        """;

    public const string StartTransfer = $$"""
        mutation($id: ID!) { startBankTransfer(purchaseOrderId: $id) {
          transfer { bankBin bankName accountNumber accountName amount reference qrPayload }
          payment { {{PaymentFields}} } userErrors { code field message } } }
        """;

    public const string Confirm = $$"""
        mutation($reference: String!, $amount: VND!) { confirmBankTransfer(input: { reference: $reference, amountReceived: $amount }) {
          payment { {{PaymentFields}} } userErrors { code field message } } }
        """;

    public const string ReadPayment = $$"""query($id: ID!) { purchaseOrder(id: $id) { total payment { {{PaymentFields}} } } }""";

    public sealed record PlacedOrder(string Id, Guid Guid, long Total, IReadOnlyList<(string Id, long Subtotal, string Coop)> Parts);

    public static async Task<PlacedOrder> PlaceAsync(GraphQLClient buyer, params (string Sku, int Quantity)[] lines)
    {
        var order = (await buyer.PostAsync(OrderGql.PlaceOrder, OrderGql.Input(OrderGql.Key(), lines))).OkData()["placeOrder"]!["purchaseOrder"]!;
        var id = order["id"]!.GetValue<string>();
        OcopMarket.Kernel.GraphQL.GlobalId.TryDecode(id, out _, out var guid);
        var parts = order["cooperativeOrders"]!.AsArray().Select(p => (p!["id"]!.GetValue<string>(), p["subtotal"]!.GetValue<long>(),
            p["cooperative"]!["slug"]!.GetValue<string>())).ToList();
        return new PlacedOrder(id, guid, order["total"]!.GetValue<long>(), parts);
    }

    public static async Task<JsonNode> Mutate(GraphQLClient client, string mutation, string field, object variables) =>
        (await client.PostAsync(mutation, variables)).OkData()[field]!;

    public static async Task<JsonNode?> PaymentOf(GraphQLClient buyer, PlacedOrder order) =>
        (await buyer.PostAsync(ReadPayment, new { id = order.Id })).OkData()["purchaseOrder"]!["payment"];

    public static string Status(JsonNode? payment) => payment!["status"]!.GetValue<string>();

    public static string? ErrorCode(JsonNode payload) => payload["userErrors"]!.AsArray().FirstOrDefault()?["code"]?.GetValue<string>();

    /// <summary>The PaymentIntent id inside a client secret ("pi_…_secret_…").</summary>
    public static string IntentId(string clientSecret) => clientSecret[..clientSecret.IndexOf("_secret_", StringComparison.Ordinal)];

    public static async Task<(HttpStatusCode Status, string Body)> PostWebhookAsync(ApiFixture api, string payload, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe")
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json")
        };
        if (signature != null) request.Headers.TryAddWithoutValidation("Stripe-Signature", signature);
        using var response = await api.Client.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>SePay's incoming-transfer notice, as its webhook sends it.</summary>
    public static string SePayNotice(long id, long amount, string content, string transferType = "in") =>
        System.Text.Json.JsonSerializer.Serialize(new
        {
            id, gateway = "Vietcombank", transactionDate = "2026-12-04 14:02:37", accountNumber = PaymentsFixture.AccountNumber,
            code = (string?)null, content, transferType, transferAmount = amount, accumulated = 19_077_000, subAccount = (string?)null,
            referenceCode = $"MBVCB.{id}", description = "",
        });

    /// <summary>A SePay notice posted to the API; <paramref name="authorization"/> is the whole header ("Apikey …"), null for none.</summary>
    public static async Task<(HttpStatusCode Status, string Body)> PostSePayAsync(ApiFixture api, string payload,
        string? authorization = "Apikey " + PaymentsFixture.SePayApiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/bank/sepay")
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json")
        };
        if (authorization != null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await api.Client.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static long sePayIds = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000;

    /// <summary>A SePay transaction id no other test uses (the fixture's database outlives one run).</summary>
    public static long NewSePayId() => Interlocked.Increment(ref sePayIds);

    public static Task<(HttpStatusCode Status, string Body)> SendSignedAsync(ApiFixture api, string payload) =>
        PostWebhookAsync(api, payload, StripeWebhooks.SignatureHeader(PaymentsFixture.WebhookSecret, payload, DateTimeOffset.UtcNow));
}
