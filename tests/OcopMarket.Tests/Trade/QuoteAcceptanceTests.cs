using System.Text.Json.Nodes;
using Npgsql;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Trade;

/// <summary>A quote is accepted at most once, for its own quantity: not by repeating its id, nor by racing requests.</summary>
public class QuoteAcceptanceTests(TradeFixture api) : IClassFixture<TradeFixture>
{
    private const string Post = """
        mutation($input: PostDemandRequestInput!) { postDemandRequest(input: $input) { demandRequest { id } userErrors { code message } } }
        """;
    private const string Submit = """
        mutation($input: QuoteInput!) { submitQuote(input: $input) { quote { id } userErrors { code message } } }
        """;
    private const string Revise = """
        mutation($id: ID!, $input: QuoteInput!) { reviseQuote(id: $id, input: $input) { quote { id revision } userErrors { code field message } } }
        """;
    private const string Accept = """
        mutation($input: AcceptQuotesInput!) { acceptQuotes(input: $input) {
          demandRequest { status } purchaseOrder { id total } userErrors { code field message } } }
        """;

    private GraphQLClient Buyer => api.Buyers[2];

    private async Task<string> PostAsync(string description)
    {
        var input = new
        {
            description, group = "FOOD", quantity = 100, unit = "kg", deliveryProvinceCode = "01",
            neededBy = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd"), expiresAt = api.Clock.GetUtcNow().AddDays(7)
        };
        var payload = (await Buyer.PostAsync(Post, new { input })).OkData()["postDemandRequest"]!;
        Assert.Empty(payload["userErrors"]!.AsArray());
        return payload["demandRequest"]!["id"]!.GetValue<string>();
    }

    private static object QuoteFields(string requestId, string sku, long price, int quantity) => new
    {
        requestId, sku, unitPrice = price, quantity, deliveryDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10)).ToString("yyyy-MM-dd"),
        validUntil = DateTimeOffset.UtcNow.AddDays(3)
    };

    private static async Task<string> QuoteAsync(GraphQLClient manager, string requestId, string sku, long price, int quantity)
    {
        var payload = (await manager.PostAsync(Submit, new { input = QuoteFields(requestId, sku, price, quantity) })).OkData()["submitQuote"]!;
        Assert.Empty(payload["userErrors"]!.AsArray());
        return payload["quote"]!["id"]!.GetValue<string>();
    }

    private static async Task<JsonNode> AcceptAsync(GraphQLClient buyer, string requestId, params string[] quoteIds) =>
        (await buyer.PostAsync(Accept, new { input = new { requestId, quoteIds } })).OkData()["acceptQuotes"]!;

    private async Task<long> PurchaseOrdersAsync()
    {
        await using var connection = new NpgsqlConnection(ApiFixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select count(*) from {api.Schema}.mt_doc_purchaseorder", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task A_quote_named_twice_is_refused_and_nothing_is_ordered()
    {
        var request = await PostAsync("Cần 2 kg mắm ruốc, thử nhân đôi báo giá");
        var quote = await QuoteAsync(api.ManagerA, request, "A2-KG", 45_000, 2);
        var stockBefore = await api.StockAsync("A2-KG");
        var ordersBefore = await PurchaseOrdersAsync();

        var repeated = await AcceptAsync(Buyer, request, quote, quote, quote, quote);

        var error = repeated["userErrors"]![0]!;
        Assert.Equal("DUPLICATE_QUOTE", error["code"]!.GetValue<string>());
        Assert.Equal(["input", "quoteIds", "1"], error["field"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Null(repeated["purchaseOrder"]);
        Assert.Equal(stockBefore, await api.StockAsync("A2-KG"));
        Assert.Equal(ordersBefore, await PurchaseOrdersAsync());

        // The request is still open: accepting the quote once orders its own quantity, and only once.
        var once = await AcceptAsync(Buyer, request, quote);
        Assert.Empty(once["userErrors"]!.AsArray());
        Assert.Equal(90_000, once["purchaseOrder"]!["total"]!.GetValue<long>());
        Assert.Equal(stockBefore.Reserved + 2, (await api.StockAsync("A2-KG")).Reserved);
        Assert.Equal("REQUEST_CLOSED", (await AcceptAsync(Buyer, request, quote))["userErrors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Racing_acceptances_through_two_api_processes_place_one_order()
    {
        // A small pool: the suite's other fixtures share the server's connection slots.
        await using var second = await ApiProcess.StartAsync(ApiFixture.ConnectionString + ";Maximum Pool Size=10", api.Schema);
        var secondBuyer = new GraphQLClient(new HttpClient { BaseAddress = second.BaseAddress }) { BearerToken = Buyer.BearerToken };
        for (var round = 0; round < 3; round++)
        {
            var request = await PostAsync($"Gạo và mắm, vòng {round}");
            var a = await QuoteAsync(api.ManagerA, request, "A2-KG", 45_000, 1);
            var b = await QuoteAsync(api.ManagerB, request, "B2-HOT", 28_000, 1);
            var reservedBefore = (await api.StockAsync("A2-KG")).Reserved + (await api.StockAsync("B2-HOT")).Reserved;
            var ordersBefore = await PurchaseOrdersAsync();

            string[][] choices = [[a], [b], [a, b], [b], [a], [b, a]];
            var results = await Task.WhenAll(choices.Select((ids, i) => AcceptAsync(i % 2 == 0 ? Buyer : secondBuyer, request, ids)));

            var winners = results.Where(r => r["purchaseOrder"] is JsonObject).ToList();
            Assert.Single(winners);
            Assert.All(results.Except(winners), r => Assert.Equal("REQUEST_CLOSED", r["userErrors"]![0]!["code"]!.GetValue<string>()));
            Assert.Equal(ordersBefore + 1, await PurchaseOrdersAsync());
            var ordered = winners[0]["purchaseOrder"]!["total"]!.GetValue<long>();
            var reservedAfter = (await api.StockAsync("A2-KG")).Reserved + (await api.StockAsync("B2-HOT")).Reserved;
            Assert.Equal(ordered switch { 45_000 or 28_000 => 1, 73_000 => 2, _ => -1 }, reservedAfter - reservedBefore);
        }
    }

    [Fact]
    public async Task A_quote_revised_while_the_buyer_accepts_is_never_revised_after_it_was_accepted()
    {
        var request = await PostAsync("Mắm ruốc, báo giá có thể sửa");
        var quote = await QuoteAsync(api.ManagerA, request, "A2-KG", 45_000, 1);
        var accept = AcceptAsync(Buyer, request, quote);
        var revise = api.ManagerA.PostAsync(Revise, new { id = quote, input = QuoteFields(request, "A2-KG", 60_000, 1) });
        var accepted = await accept;
        var revised = (await revise).OkData()["reviseQuote"]!;

        var acceptedOk = accepted["purchaseOrder"] is JsonObject;
        var revisedOk = revised["quote"] is JsonObject;
        Assert.True(acceptedOk || revisedOk, "One of them goes through.");
        // The two orders the race allows: the revision commits first and the acceptance then reads it (both succeed,
        // the order at the revised price), or the acceptance commits first and the revision is refused. Never an order
        // at the old price with the quote revised afterwards.
        if (acceptedOk) Assert.Equal(revisedOk ? 60_000 : 45_000, accepted["purchaseOrder"]!["total"]!.GetValue<long>());
        if (!revisedOk) Assert.Equal("REQUEST_CLOSED", revised["userErrors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_quote_the_stock_cannot_meet_is_named_by_its_place_in_quoteIds()
    {
        var request = await PostAsync("Mắm ruốc, nhiều hơn trong kho");
        var b = await QuoteAsync(api.ManagerB, request, "B2-HOT", 28_000, 1);
        var a = await QuoteAsync(api.ManagerA, request, "A2-KG", 45_000, 1_000);
        var refused = await AcceptAsync(Buyer, request, b, a);
        var error = refused["userErrors"]![0]!;
        Assert.Equal("OUT_OF_STOCK", error["code"]!.GetValue<string>());
        Assert.Equal(["input", "quoteIds", "1"], error["field"]!.AsArray().Select(f => f!.GetValue<string>()));
    }
}
