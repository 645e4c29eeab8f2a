using System.Text.Json.Nodes;
using OcopMarket.Tests.Ordering;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Trade;

/// <summary>
/// One vocabulary (issue 15, point 6): totals on every connection, people as name and role, enum names in history,
/// opaque ids, the quote's stock told before accepting, and the buyers a manager deals with.
/// </summary>
public class VocabularyTests(TradeFixture api) : IClassFixture<TradeFixture>
{
    private GraphQLClient Buyer => api.Buyers[1];

    private static string Str(JsonNode? node) => node!.GetValue<string>();

    private async Task<JsonNode> PlaceAsync(GraphQLClient buyer, params (string Sku, int Quantity)[] lines)
    {
        var payload = (await buyer.PostAsync(OrderGql.PlaceOrder, OrderGql.Input(OrderGql.Key(), lines))).OkData()["placeOrder"]!;
        Assert.Empty(payload["userErrors"]!.AsArray());
        return payload["purchaseOrder"]!;
    }

    [Fact]
    public async Task Every_connection_counts_all_its_pages_when_asked()
    {
        await PlaceAsync(Buyer, ("A2-KG", 1));
        await PlaceAsync(Buyer, ("B2-HOT", 1));
        await PlaceAsync(Buyer, ("A2-KG", 1), ("B2-HOT", 1));

        // One node per page, so the total is more than the page and says how many pages the walk has.
        var mine = (await Buyer.PostAsync("{ purchaseOrders(first: 1) { totalCount nodes { id } pageInfo { hasNextPage } } }")).OkData()["purchaseOrders"]!;
        var walked = 0;
        string? after = null;
        do
        {
            var page = (await Buyer.PostAsync("query($after: String) { purchaseOrders(first: 2, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }",
                new { after })).OkData()["purchaseOrders"]!;
            Assert.Equal(mine["totalCount"]!.GetValue<int>(), page["totalCount"]!.GetValue<int>()); // the same on every page
            walked += page["nodes"]!.AsArray().Count;
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? Str(page["pageInfo"]!["endCursor"]) : null;
        } while (after != null);
        Assert.True(walked >= 3);
        Assert.Equal(walked, mine["totalCount"]!.GetValue<int>());

        // The status filter counts what it selects.
        var sales = (await api.ManagerA.PostAsync("""
            { all: salesOrders(first: 1) { totalCount } placed: salesOrders(first: 1, status: [PLACED]) { totalCount nodes { status } }
              none: salesOrders(first: 1, status: [DELIVERED]) { totalCount } }
            """)).OkData();
        Assert.True(sales["all"]!["totalCount"]!.GetValue<int>() >= 2);
        Assert.True(sales["placed"]!["totalCount"]!.GetValue<int>() >= 2);
        Assert.Equal(0, sales["none"]!["totalCount"]!.GetValue<int>());

        var listings = (await api.ManagerA.PostAsync("{ all: listings(first: 1) { totalCount } archived: listings(first: 1, status: [ARCHIVED]) { totalCount } }")).OkData();
        Assert.Equal(2, listings["all"]!["totalCount"]!.GetValue<int>()); // htx-a has two products in the fixture
        Assert.Equal(0, listings["archived"]!["totalCount"]!.GetValue<int>());

        var coops = (await Buyer.PostAsync("{ all: cooperatives(first: 1) { totalCount } hy: cooperatives(first: 1, filter: { provinceCodes: [\"37\"] }) { totalCount } }")).OkData();
        Assert.Equal(2, coops["all"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(1, coops["hy"]!["totalCount"]!.GetValue<int>());

        var requests = (await Buyer.PostAsync("{ demandRequests(first: 1) { totalCount nodes { id } } }")).OkData()["demandRequests"]!;
        Assert.True(requests["totalCount"]!.GetValue<int>() >= requests["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task An_order_history_names_the_people_who_changed_it_by_name_and_role()
    {
        var order = await PlaceAsync(Buyer, ("A2-KG", 1));
        var part = Str(order["cooperativeOrders"]![0]!["id"]);
        var confirmed = (await api.ManagerA.PostAsync(OrderGql.Transition("confirmOrder"), new { id = part })).OkData()["confirmOrder"]!;
        Assert.Empty(confirmed["userErrors"]!.AsArray());

        var names = new Dictionary<string, string>
        {
            ["BUYER"] = Str((await Buyer.PostAsync("{ me { displayName } }")).OkData()["me"]!["displayName"]),
            ["COOPERATIVE_MANAGER"] = Str((await api.ManagerA.PostAsync("{ me { displayName } }")).OkData()["me"]!["displayName"]),
        };
        var history = (await Buyer.PostAsync("query($id: ID!) { cooperativeOrder(id: $id) { history { to by { name role } } } }", new { id = part }))
            .OkData()["cooperativeOrder"]!["history"]!.AsArray();
        Assert.Equal(["PLACED", "CONFIRMED"], history.Select(h => Str(h!["to"])));
        Assert.Equal("BUYER", Str(history[0]!["by"]!["role"]));
        Assert.Equal(names["BUYER"], Str(history[0]!["by"]!["name"]));
        Assert.Equal("COOPERATIVE_MANAGER", Str(history[1]!["by"]!["role"]));
        Assert.Equal(names["COOPERATIVE_MANAGER"], Str(history[1]!["by"]!["name"]));
    }

    [Fact]
    public async Task A_listing_history_shows_status_by_enum_name_and_who_by_name()
    {
        var product = (await api.ManagerA.PostAsync("{ listings(first: 10) { nodes { id slug status } } }")).OkData()["listings"]!["nodes"]!
            .AsArray().First(p => Str(p!["slug"]) == "mam-ruoc-a")!;
        var action = "mutation($id: ID!) { unpublishProduct(input: { productId: $id }) { userErrors { code } } }";
        Assert.Empty((await api.ManagerA.PostAsync(action, new { id = Str(product["id"]) })).OkData()["unpublishProduct"]!["userErrors"]!.AsArray());
        Assert.Empty((await api.ManagerA.PostAsync(action.Replace("unpublishProduct", "publishProduct"), new { id = Str(product["id"]) }))
            .OkData()["publishProduct"]!["userErrors"]!.AsArray());

        var changes = (await api.ManagerA.PostAsync("""
            { listingHistory(productSlug: "mam-ruoc-a", first: 2) { totalCount nodes { action by { name role } changes { field before after } } } }
            """)).OkData()["listingHistory"]!["nodes"]!.AsArray();
        Assert.Equal(["published", "unpublished"], changes.Select(c => Str(c!["action"])));
        var status = changes[0]!["changes"]!.AsArray().Single(c => Str(c!["field"]) == "status")!;
        Assert.Equal(("DRAFT", "PUBLISHED"), (Str(status["before"]), Str(status["after"])));
        Assert.Equal("COOPERATIVE_MANAGER", Str(changes[0]!["by"]!["role"]));
        Assert.Equal(Str((await api.ManagerA.PostAsync("{ me { displayName } }")).OkData()["me"]!["displayName"]), Str(changes[0]!["by"]!["name"]));
    }

    [Fact]
    public async Task Address_ids_are_global_ids_and_the_mutations_take_them()
    {
        var buyer = (await Buyer.PostAsync("{ me { buyer { addresses { id label } } } }")).OkData()["me"]!["buyer"]!;
        var id = Str(buyer["addresses"]![0]!["id"]);
        Assert.False(Guid.TryParse(id, out _), $"'{id}' is a raw UUID");
        var update = """
            mutation($input: UpdateBuyerAddressInput!) { updateBuyerAddress(input: $input) { buyer { addresses { id label } } userErrors { code field } } }
            """;
        var address = new { recipient = "Lê Thị Hoa", phone = "0912 000 111", line = "Số 3 Lê Lợi", commune = "Phường Hoàn Kiếm", provinceCode = "01", label = "Kho chính" };
        var changed = (await Buyer.PostAsync(update, new { input = new { addressId = id, address } })).OkData()["updateBuyerAddress"]!;
        Assert.Empty(changed["userErrors"]!.AsArray());
        Assert.Equal("Kho chính", Str(changed["buyer"]!["addresses"]!.AsArray().Single(a => Str(a!["id"]) == id)!["label"]));

        var unknown = (await Buyer.PostAsync(update, new { input = new { addressId = "QnV5ZXJBZGRyZXNzOjA", address } })).OkData()["updateBuyerAddress"]!;
        Assert.Equal("NOT_FOUND", Str(unknown["userErrors"]![0]!["code"]));
    }

    [Fact]
    public async Task A_cooperative_has_a_status_like_a_buyer_and_the_old_name_is_deprecated()
    {
        var coop = (await Buyer.PostAsync("{ cooperative(slug: \"htx-a\") { status verificationStatus } }")).OkData()["cooperative"]!;
        Assert.Equal("VERIFIED", Str(coop["status"]));
        Assert.Equal(Str(coop["status"]), Str(coop["verificationStatus"]));
        var field = (await Buyer.PostAsync("""{ __type(name: "Cooperative") { fields(includeDeprecated: true) { name isDeprecated } } }"""))
            .OkData()["__type"]!["fields"]!.AsArray().Single(f => Str(f!["name"]) == "verificationStatus")!;
        Assert.True(field["isDeprecated"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_manager_finds_the_buyers_it_deals_with_and_no_others()
    {
        await PlaceAsync(api.Buyers[2], ("B2-HOT", 1));
        var buyerId = Str((await api.Buyers[2].PostAsync("{ me { buyer { id name } } }")).OkData()["me"]!["buyer"]!["id"]);

        var ofB = (await api.ManagerB.PostAsync("{ customers { buyerId name taxCode orderCount lastOrderAt } }")).OkData()["customers"]!.AsArray();
        var found = ofB.Single(c => Str(c!["buyerId"]) == buyerId)!;
        Assert.True(found["orderCount"]!.GetValue<int>() >= 1);
        Assert.Matches("^[0-9]{10}", Str(found["taxCode"]));

        // A buyer who never ordered from htx-a is not among its customers; and buyers may not ask.
        var ofA = (await api.ManagerA.PostAsync("{ customers { buyerId } }")).OkData()["customers"]!.AsArray();
        var never = Str((await api.Unverified.PostAsync("{ me { buyer { id } } }")).OkData()["me"]!["buyer"]!["id"]);
        Assert.DoesNotContain(ofA, c => Str(c!["buyerId"]) == never);
        Assert.Equal("FORBIDDEN", (await Buyer.PostAsync("{ customers { buyerId } }")).FirstErrorCode);
    }

    [Fact]
    public async Task A_quote_says_before_acceptance_when_stock_no_longer_covers_it_and_acceptance_points_at_the_quote()
    {
        var request = (await Buyer.PostAsync("""
            mutation($input: PostDemandRequestInput!) { postDemandRequest(input: $input) { demandRequest { id } userErrors { code } } }
            """, new { input = new
            {
                description = "Mắm ruốc nhiều hơn kho có", group = "FOOD", quantity = 500, unit = "kg", deliveryProvinceCode = "01",
                neededBy = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd"), expiresAt = api.Clock.GetUtcNow().AddDays(7)
            } })).OkData()["postDemandRequest"]!["demandRequest"]!["id"]!.GetValue<string>();
        var available = (await api.StockAsync("A2-KG")) is var (onHand, reserved) ? onHand - reserved : 0;
        var fields = new
        {
            sku = "A2-KG", unitPrice = 45_000, quantity = available + 5,
            deliveryDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10)).ToString("yyyy-MM-dd"), validUntil = DateTimeOffset.UtcNow.AddDays(3)
        };

        // submitQuote needs the request; reviseQuote may leave it out but refuses another request's id.
        var submit = "mutation($input: QuoteInput!) { submitQuote(input: $input) { quote { id stockAvailable stockSuffices } userErrors { code field } } }";
        var missing = (await api.ManagerA.PostAsync(submit, new { input = fields })).OkData()["submitQuote"]!;
        Assert.Equal(("VALIDATION", "input.requestId"), (Str(missing["userErrors"]![0]!["code"]), string.Join('.', missing["userErrors"]![0]!["field"]!.AsArray().Select(Str))));
        var quote = (await api.ManagerA.PostAsync(submit, new { input = new { requestId = request, fields.sku, fields.unitPrice, fields.quantity, fields.deliveryDate, fields.validUntil } }))
            .OkData()["submitQuote"]!["quote"]!;
        Assert.Equal(available, quote["stockAvailable"]!.GetValue<int>());
        Assert.False(quote["stockSuffices"]!.GetValue<bool>());

        var revise = "mutation($id: ID!, $input: QuoteInput!) { reviseQuote(id: $id, input: $input) { quote { revision } userErrors { code field } } }";
        var otherRequest = "RGVtYW5kUmVxdWVzdDowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDE"; // DemandRequest:0000…0001
        var wrong = (await api.ManagerA.PostAsync(revise, new { id = Str(quote["id"]), input = new { requestId = otherRequest, fields.sku, fields.unitPrice, fields.quantity, fields.deliveryDate, fields.validUntil } }))
            .OkData()["reviseQuote"]!;
        Assert.Equal("VALIDATION", Str(wrong["userErrors"]![0]!["code"]));
        var revised = (await api.ManagerA.PostAsync(revise, new { id = Str(quote["id"]), input = fields })).OkData()["reviseQuote"]!;
        Assert.Empty(revised["userErrors"]!.AsArray());
        Assert.Equal(2, revised["quote"]!["revision"]!.GetValue<int>());

        // What the quote said comes true: accepting it fails for stock, at the quote's place in quoteIds.
        var accepted = (await Buyer.PostAsync("""
            mutation($input: AcceptQuotesInput!) { acceptQuotes(input: $input) { purchaseOrder { id } userErrors { code field } } }
            """, new { input = new { requestId = request, quoteIds = new[] { Str(quote["id"]) } } })).OkData()["acceptQuotes"]!;
        Assert.Null(accepted["purchaseOrder"]);
        Assert.Equal("OUT_OF_STOCK", Str(accepted["userErrors"]![0]!["code"]));
        Assert.Equal(["input", "quoteIds", "0"], accepted["userErrors"]![0]!["field"]!.AsArray().Select(Str));
    }

    [Fact]
    public async Task A_manager_sees_on_hand_and_reserved_of_its_own_skus_and_no_one_else_does()
    {
        await PlaceAsync(Buyer, ("A2-KG", 1));
        var (onHand, reserved) = await api.StockAsync("A2-KG");
        const string query = """
            { product(slug: "mam-ruoc-a") { variants { sku stockOnHand stockReserved stockAvailable } } }
            """;
        var own = (await api.ManagerA.PostAsync(query)).OkData()["product"]!["variants"]![0]!;
        Assert.Equal((onHand, reserved, onHand - reserved),
            (own["stockOnHand"]!.GetValue<int>(), own["stockReserved"]!.GetValue<int>(), own["stockAvailable"]!.GetValue<int>()));
        Assert.True(reserved >= 1);

        // The same through the portal's list of listings.
        var listed = (await api.ManagerA.PostAsync("{ listings(first: 10) { nodes { slug variants { sku stockOnHand stockReserved } } } }")).OkData()["listings"]!["nodes"]!
            .AsArray().Single(p => Str(p!["slug"]) == "mam-ruoc-a")!["variants"]![0]!;
        Assert.Equal(reserved, listed["stockReserved"]!.GetValue<int>());

        foreach (var other in new[] { api.ManagerB, Buyer, api.Client })
        {
            var seen = (await other.PostAsync(query)).OkData()["product"]!["variants"]![0]!;
            Assert.Null(seen["stockOnHand"]);
            Assert.Null(seen["stockReserved"]);
            Assert.Equal(onHand - reserved, seen["stockAvailable"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task A_manager_keeps_its_quotes_after_the_request_closes_and_an_agreement_names_its_buyer()
    {
        var request = (await api.Buyers[2].PostAsync("""
            mutation($input: PostDemandRequestInput!) { postDemandRequest(input: $input) { demandRequest { id } userErrors { code } } }
            """, new { input = new
            {
                description = "Mắm ruốc cho bếp ăn, rút lại sau", group = "FOOD", quantity = 5, unit = "kg", deliveryProvinceCode = "01",
                neededBy = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd"), expiresAt = api.Clock.GetUtcNow().AddDays(7)
            } })).OkData()["postDemandRequest"]!["demandRequest"]!["id"]!.GetValue<string>();
        var quote = (await api.ManagerA.PostAsync("mutation($input: QuoteInput!) { submitQuote(input: $input) { quote { id } userErrors { code } } }", new { input = new
        {
            requestId = request, sku = "A2-KG", unitPrice = 44_000, quantity = 2,
            deliveryDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10)).ToString("yyyy-MM-dd"), validUntil = DateTimeOffset.UtcNow.AddDays(3)
        } })).OkData()["submitQuote"]!["quote"]!["id"]!.GetValue<string>();
        Assert.Empty((await api.Buyers[2].PostAsync("mutation($id: ID!) { withdrawDemandRequest(id: $id) { userErrors { code } } }", new { id = request }))
            .OkData()["withdrawDemandRequest"]!["userErrors"]!.AsArray());

        var mine = (await api.ManagerA.PostAsync("{ myQuotes { id requestId status } }")).OkData()["myQuotes"]!.AsArray();
        var kept = mine.Single(q => Str(q!["id"]) == quote)!;
        Assert.Equal(request, Str(kept["requestId"]));
        Assert.Equal("DECLINED", Str(kept["status"]));
        Assert.DoesNotContain((await api.ManagerB.PostAsync("{ myQuotes { id } }")).OkData()["myQuotes"]!.AsArray(), q => Str(q!["id"]) == quote);
        Assert.Equal("FORBIDDEN", (await Buyer.PostAsync("{ myQuotes { id } }")).FirstErrorCode);

        var buyer = (await api.Buyers[2].PostAsync("{ me { buyer { id name } } }")).OkData()["me"]!["buyer"]!;
        var proposed = (await api.ManagerA.PostAsync("""
            mutation($input: ProposeSupplyAgreementInput!) { proposeSupplyAgreement(input: $input) { supplyAgreement { id buyerName } userErrors { code } } }
            """, new { input = new
            {
                buyerId = Str(buyer["id"]), sku = "A2-KG", unitPrice = 43_000,
                validFrom = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"), validTo = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(90)).ToString("yyyy-MM-dd")
            } })).OkData()["proposeSupplyAgreement"]!;
        Assert.Empty(proposed["userErrors"]!.AsArray());
        Assert.Equal(Str(buyer["name"]), Str(proposed["supplyAgreement"]!["buyerName"]));
    }
}
