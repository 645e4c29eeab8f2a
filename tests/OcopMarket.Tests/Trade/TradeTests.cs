using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Tests.Ordering;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Trade;

/// <summary>The ordering fixture (two Food cooperatives: htx-a in Hải Phòng 31, htx-b in Ninh Bình 37) with a movable clock.</summary>
public class TradeFixture : OrderingFixture
{
    public ManualClock Clock { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}

public class TradeTests(TradeFixture api) : IClassFixture<TradeFixture>
{
    private const string Post = """
        mutation($input: PostDemandRequestInput!) { postDemandRequest(input: $input) { demandRequest { id status open } userErrors { code field message } } }
        """;
    private const string Submit = """
        mutation($input: QuoteInput!) { submitQuote(input: $input) { quote { id unitPrice revision status } userErrors { code field message } } }
        """;
    private const string Revise = """
        mutation($id: ID!, $input: QuoteInput!) { reviseQuote(id: $id, input: $input) { quote { id unitPrice revision } userErrors { code field message } } }
        """;
    private const string Accept = """
        mutation($input: AcceptQuotesInput!) { acceptQuotes(input: $input) {
          demandRequest { status quotes { id status } }
          purchaseOrder { id total cooperativeOrders { cooperative { slug } lines { sku quantity unitPrice priceSource } } }
          userErrors { code field message } } }
        """;
    private const string Matching = """
        query($order: DemandRequestOrder) { demandRequests(first: 100, order: $order) { nodes { id description neededBy } } }
        """;
    private const string Quotes = "query($id: ID!) { demandRequest(id: $id) { quotes { id cooperative { slug } unitPrice } } }";

    private async Task<string> PostAsync(string description, string? group = "FOOD", bool sameProvince = false, string province = "31",
        int neededInDays = 30, TimeSpan? expiresIn = null)
    {
        var input = new
        {
            description, group, quantity = 100, unit = "kg", deliveryProvinceCode = province, sameProvinceOnly = sameProvince,
            neededBy = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(neededInDays)).ToString("yyyy-MM-dd"),
            expiresAt = api.Clock.GetUtcNow().Add(expiresIn ?? TimeSpan.FromDays(7))
        };
        var payload = (await api.Buyers[0].PostAsync(Post, new { input })).OkData()["postDemandRequest"]!;
        Assert.Empty(payload["userErrors"]!.AsArray());
        return payload["demandRequest"]!["id"]!.GetValue<string>();
    }

    private static object QuoteFields(string requestId, string sku, long price, int quantity = 2, TimeSpan? validFor = null) => new
    {
        requestId, sku, unitPrice = price, quantity, deliveryDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10)).ToString("yyyy-MM-dd"),
        validUntil = DateTimeOffset.UtcNow.Add(validFor ?? TimeSpan.FromDays(3)), note = "Giao tận kho"
    };

    private static object QuoteInput(string requestId, string sku, long price, int quantity = 2, TimeSpan? validFor = null) =>
        new { input = QuoteFields(requestId, sku, price, quantity, validFor) };

    private static async Task<JsonNode> Quote(GraphQLClient manager, string requestId, string sku, long price, TimeSpan? validFor = null) =>
        (await manager.PostAsync(Submit, QuoteInput(requestId, sku, price, validFor: validFor))).OkData()["submitQuote"]!;

    private static string Id(JsonNode payload, string name) => payload[name]!["id"]!.GetValue<string>();
    private static string Code(JsonNode payload) => payload["userErrors"]![0]!["code"]!.GetValue<string>();

    private static async Task<List<string>> VisibleTo(GraphQLClient client, string order = "NEWEST") =>
        (await client.PostAsync(Matching, new { order })).OkData()["demandRequests"]!["nodes"]!.AsArray()
        .Select(n => n!["id"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task Requests_are_matched_to_cooperatives_by_group_and_by_province_when_asked()
    {
        var anyFood = await PostAsync("Cần 100 kg gạo nếp cái hoa vàng");
        var localFood = await PostAsync("Nước mắm cho nhà hàng ở Hải Phòng", sameProvince: true, province: "31");
        var crafts = await PostAsync("Chiếu cói cho khách sạn", group: "HANDICRAFTS");

        var seenByA = await VisibleTo(api.ManagerA);
        var seenByB = await VisibleTo(api.ManagerB);
        Assert.Contains(anyFood, seenByA);
        Assert.Contains(localFood, seenByA);
        Assert.DoesNotContain(crafts, seenByA);
        Assert.Contains(anyFood, seenByB);
        Assert.DoesNotContain(localFood, seenByB); // htx-b is in Ninh Bình
        Assert.DoesNotContain(crafts, seenByB);
        Assert.Contains(crafts, await VisibleTo(api.Buyers[0]));
        Assert.DoesNotContain(crafts, await VisibleTo(api.Buyers[1])); // another buyer's requests stay private
    }

    [Fact]
    public async Task Managers_list_matching_requests_by_closest_deadline()
    {
        var later = await PostAsync("Gạo tám xoan, giao sau", neededInDays: 60);
        var sooner = await PostAsync("Gạo tám xoan, giao gấp", neededInDays: 2);
        var ids = await VisibleTo(api.ManagerA, "DEADLINE");
        Assert.True(ids.IndexOf(sooner) < ids.IndexOf(later));
        var newest = await VisibleTo(api.ManagerA, "NEWEST");
        Assert.True(newest.IndexOf(sooner) < newest.IndexOf(later));
    }

    [Fact]
    public async Task Each_cooperative_sees_only_its_own_quote_and_cannot_quote_where_it_does_not_match()
    {
        var request = await PostAsync("Cần nước mắm và gạo cho chuỗi siêu thị");
        var a = Id(await Quote(api.ManagerA, request, "A2-KG", 45_000), "quote");
        var b = Id(await Quote(api.ManagerB, request, "B2-HOT", 28_000), "quote");

        var byBuyer = (await api.Buyers[0].PostAsync(Quotes, new { id = request })).OkData()["demandRequest"]!["quotes"]!.AsArray();
        Assert.Equal(2, byBuyer.Count);
        var byA = (await api.ManagerA.PostAsync(Quotes, new { id = request })).OkData()["demandRequest"]!["quotes"]!.AsArray();
        Assert.Equal([a], byA.Select(q => q!["id"]!.GetValue<string>()));

        Assert.Equal("FORBIDDEN", Code((await api.ManagerA.PostAsync(Revise, new { id = b, input = QuoteFields(request, "A2-KG", 1) }))
            .OkData()["reviseQuote"]!));
        Assert.Equal("NOT_FOUND", Code(await Quote(api.ManagerA, request, "B2-HOT", 1))); // not its own SKU
        Assert.Equal("CONFLICT", Code(await Quote(api.ManagerA, request, "A2-KG", 44_000))); // revise instead

        var local = await PostAsync("Chỉ nhà cung cấp ở Hải Phòng", sameProvince: true, province: "31");
        Assert.Equal("NOT_FOUND", Code(await Quote(api.ManagerB, local, "B2-HOT", 30_000)));
        Assert.Equal("FORBIDDEN", (await api.ManagerB.PostAsync(Quotes, new { id = local })).FirstErrorCode);
    }

    [Fact]
    public async Task Accepting_a_revised_quote_places_an_order_at_the_quoted_price_and_closes_the_request()
    {
        var request = await PostAsync("Gạo và mắm cho bếp ăn công nghiệp");
        var a = Id(await Quote(api.ManagerA, request, "A2-KG", 48_000), "quote");
        var b = Id(await Quote(api.ManagerB, request, "B2-HOT", 29_000), "quote");
        var revised = (await api.ManagerA.PostAsync(Revise, new { id = a, input = QuoteFields(request, "A2-KG", 46_500, quantity: 3) }))
            .OkData()["reviseQuote"]!["quote"]!;
        Assert.Equal(2, revised["revision"]!.GetValue<int>());
        var stockBefore = await api.StockAsync("A2-KG");

        var accepted = (await api.Buyers[0].PostAsync(Accept, new { input = new { requestId = request, quoteIds = new[] { a } } })).OkData()["acceptQuotes"]!;
        Assert.Empty(accepted["userErrors"]!.AsArray());
        var line = accepted["purchaseOrder"]!["cooperativeOrders"]![0]!["lines"]![0]!;
        Assert.Equal(46_500, line["unitPrice"]!.GetValue<long>());
        Assert.Equal("QUOTE", line["priceSource"]!.GetValue<string>());
        Assert.Equal(3, line["quantity"]!.GetValue<int>());
        Assert.Equal(stockBefore.Reserved + 3, (await api.StockAsync("A2-KG")).Reserved);
        Assert.Equal("ACCEPTED", accepted["demandRequest"]!["status"]!.GetValue<string>());
        var statuses = accepted["demandRequest"]!["quotes"]!.AsArray().ToDictionary(q => q!["id"]!.GetValue<string>(), q => q!["status"]!.GetValue<string>());
        Assert.Equal("ACCEPTED", statuses[a]);
        Assert.Equal("DECLINED", statuses[b]);

        // The buyer has decided: quotes can no longer change, and the request cannot be accepted again.
        Assert.Equal("REQUEST_CLOSED", Code((await api.ManagerB.PostAsync(Revise, new { id = b, input = QuoteFields(request, "B2-HOT", 1) }))
            .OkData()["reviseQuote"]!));
        Assert.Equal("REQUEST_CLOSED", Code((await api.Buyers[0].PostAsync(Accept, new { input = new { requestId = request, quoteIds = new[] { b } } }))
            .OkData()["acceptQuotes"]!));
    }

    [Fact]
    public async Task Expired_quotes_and_requests_cannot_be_accepted_and_other_buyers_cannot_accept()
    {
        var request = await PostAsync("Mắm ruốc cho cửa hàng");
        var quote = Id(await Quote(api.ManagerA, request, "A2-KG", 47_000, validFor: TimeSpan.FromMinutes(1)), "quote");
        Assert.Equal("FORBIDDEN", Code((await api.Buyers[1].PostAsync(Accept, new { input = new { requestId = request, quoteIds = new[] { quote } } }))
            .OkData()["acceptQuotes"]!));

        var shortLived = await PostAsync("Mắm ruốc, cần báo giá trong 5 phút", expiresIn: TimeSpan.FromMinutes(5));
        var onShortLived = Id(await Quote(api.ManagerA, shortLived, "A2-KG", 47_000), "quote");

        api.Clock.Advance(TimeSpan.FromMinutes(6));
        try
        {
            Assert.Equal("EXPIRED", Code((await api.Buyers[0].PostAsync(Accept, new { input = new { requestId = request, quoteIds = new[] { quote } } }))
                .OkData()["acceptQuotes"]!));
            Assert.Equal("REQUEST_CLOSED", Code((await api.Buyers[0].PostAsync(Accept,
                new { input = new { requestId = shortLived, quoteIds = new[] { onShortLived } } })).OkData()["acceptQuotes"]!));
        }
        finally
        {
            api.Clock.Advance(-TimeSpan.FromMinutes(6));
        }
    }

    [Fact]
    public async Task Withdrawn_request_leaves_the_cooperatives_lists_and_declines_its_quotes()
    {
        const string withdraw = "mutation($id: ID!) { withdrawDemandRequest(id: $id) { demandRequest { status quotes { status } } userErrors { code } } }";
        var request = await PostAsync("Bánh đa cho hội chợ, có thể huỷ");
        await Quote(api.ManagerA, request, "A2-KG", 45_000);
        Assert.Equal("FORBIDDEN", (await api.Buyers[1].PostAsync(withdraw, new { id = request })).OkData()["withdrawDemandRequest"]!["userErrors"]![0]!["code"]!.GetValue<string>());

        var withdrawn = (await api.Buyers[0].PostAsync(withdraw, new { id = request })).OkData()["withdrawDemandRequest"]!["demandRequest"]!;
        Assert.Equal("WITHDRAWN", withdrawn["status"]!.GetValue<string>());
        Assert.All(withdrawn["quotes"]!.AsArray(), q => Assert.Equal("DECLINED", q!["status"]!.GetValue<string>()));
        Assert.DoesNotContain(request, await VisibleTo(api.ManagerA));
        Assert.Equal("REQUEST_CLOSED", (await api.Buyers[0].PostAsync(withdraw, new { id = request })).OkData()["withdrawDemandRequest"]!["userErrors"]![0]!["code"]!.GetValue<string>());
    }
}
