using OcopMarket.Cooperatives;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Catalog;
using OcopMarket.Catalog.Model;
using OcopMarket.Cooperatives.Model;
using OcopMarket.Tests.Support;
using OcopMarket.Tests.Trade;
using Xunit;

namespace OcopMarket.Tests.Ordering;

/// <summary>The trade fixture plus a published product whose price was stored before prices were bounded (2^63−1 đồng).</summary>
public class LegacyPriceFixture : TradeFixture
{
    protected override async Task AfterStartAsync()
    {
        await base.AfterStartAsync();
        using var scope = App.Services.CreateScope();
        var writer = scope.ServiceProvider.GetRequiredService<CatalogWriter>();
        var cooperative = (await writer.Session.LoadAsync<Cooperative>(CoopA))!;
        var product = new Product
        {
            Id = Guid.NewGuid(), Slug = "mam-dat-nhat", CooperativeId = cooperative.Id, Name = "Mắm đắt nhất", Group = OcopGroup.Food,
            Status = ProductStatus.Published, PublishedAt = DateTimeOffset.UtcNow,
            Variants = [Variant("MAX-PRICE", long.MaxValue)]
        };
        writer.Save(product, CooperativeSummary.Of(cooperative));
        writer.QueueSetOnHand("MAX-PRICE", product.Id, 100);
        await writer.Session.SaveChangesAsync();
    }
}

/// <summary>Order and trade input that used to overflow or end in INTERNAL.</summary>
public class MoneyBoundsTests(LegacyPriceFixture api) : IClassFixture<LegacyPriceFixture>
{
    private const string PlaceOrder = """
        mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { purchaseOrder { total } userErrors { code field message } } }
        """;
    private const string Submit = """
        mutation($input: QuoteInput!) { submitQuote(input: $input) { quote { id } userErrors { code field message } } }
        """;
    private const string Propose = """
        mutation($input: ProposeSupplyAgreementInput!) { proposeSupplyAgreement(input: $input) { supplyAgreement { id } userErrors { code field message } } }
        """;
    private const string PostRequest = """
        mutation($input: PostDemandRequestInput!) { postDemandRequest(input: $input) { demandRequest { id } userErrors { code field message } } }
        """;

    private static object Order(params (string Sku, int Quantity)[] lines) => new
    {
        input = new { idempotencyKey = Guid.NewGuid().ToString(), lines = lines.Select(l => new { sku = l.Sku, quantity = l.Quantity }) }
    };

    private static (string Code, string Field) Error(GraphQLResponse response, string payload)
    {
        var error = response.OkData()[payload]!["userErrors"]![0]!;
        return (error["code"]!.GetValue<string>(), string.Join('.', error["field"]!.AsArray().Select(f => f!.GetValue<string>())));
    }

    [Fact]
    public async Task A_price_stored_before_the_bounds_is_refused_with_a_user_error_not_an_overflow()
    {
        var stock = await api.StockAsync("MAX-PRICE");
        Assert.Equal(("VALIDATION", "input.lines.0.sku"), Error(await api.Buyers[0].PostAsync(PlaceOrder, Order(("MAX-PRICE", 2))), "placeOrder"));
        Assert.Equal(("VALIDATION", "input.lines.1.sku"),
            Error(await api.Buyers[0].PostAsync(PlaceOrder, Order(("A2-KG", 1), ("MAX-PRICE", 1))), "placeOrder"));
        Assert.Equal(stock, await api.StockAsync("MAX-PRICE"));
    }

    [Fact]
    public async Task An_order_above_the_maximum_total_is_refused_before_any_stock_is_reserved()
    {
        // 20,000 × 99,000,000 đồng = 1.98 · 10^12 đồng, above the 10^12 bound (and above the stock of 100).
        Assert.Equal(("VALIDATION", "input.lines.0.quantity"), Error(await api.Buyers[0].PostAsync(PlaceOrder, Order(("B1-TAN", 20_000))), "placeOrder"));
        var placed = (await api.Buyers[0].PostAsync(PlaceOrder, Order(("B1-TAN", 2)))).OkData()["placeOrder"]!;
        Assert.Equal(198_000_000, placed["purchaseOrder"]!["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task Quotes_agreements_and_target_prices_are_bounded()
    {
        var request = (await api.Buyers[0].PostAsync(PostRequest, new
        {
            input = new
            {
                description = "Cần mắm ruốc số lượng lớn", group = "FOOD", quantity = 100, unit = "kg", deliveryProvinceCode = "31",
                neededBy = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd"), expiresAt = DateTimeOffset.UtcNow.AddDays(7)
            }
        })).OkData()["postDemandRequest"]!["demandRequest"]!["id"]!.GetValue<string>();
        object Quote(long price, int quantity) => new
        {
            input = new
            {
                requestId = request, sku = "A2-KG", unitPrice = price, quantity,
                deliveryDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10)).ToString("yyyy-MM-dd"), validUntil = DateTimeOffset.UtcNow.AddDays(3)
            }
        };
        Assert.Equal(("VALIDATION", "input.unitPrice"), Error(await api.ManagerA.PostAsync(Submit, Quote(long.MaxValue, 1)), "submitQuote"));
        // Each within its own bound, but together more than one order may total.
        Assert.Equal(("VALIDATION", "input.quantity"), Error(await api.ManagerA.PostAsync(Submit, Quote(1_000_000_000, 10_000_000)), "submitQuote"));

        var buyerId = (await api.Buyers[0].PostAsync("{ me { buyer { id } } }")).OkData()["me"]!["buyer"]!["id"]!.GetValue<string>();
        var agreement = await api.ManagerA.PostAsync(Propose, new
        {
            input = new
            {
                buyerId, sku = "A2-KG", unitPrice = long.MaxValue, validFrom = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
                validTo = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd")
            }
        });
        Assert.Equal(("VALIDATION", "input.unitPrice"), Error(agreement, "proposeSupplyAgreement"));

        var target = await api.Buyers[0].PostAsync(PostRequest, new
        {
            input = new
            {
                description = "Giá mục tiêu vô lý", group = "FOOD", quantity = 1, unit = "kg", deliveryProvinceCode = "31", targetUnitPrice = long.MaxValue,
                neededBy = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd"), expiresAt = DateTimeOffset.UtcNow.AddDays(7)
            }
        });
        Assert.Equal(("VALIDATION", "input.targetUnitPrice"), Error(target, "postDemandRequest"));
    }

    [Fact]
    public async Task An_agreement_at_the_end_of_the_calendar_is_checked_without_overflowing()
    {
        var buyerId = (await api.Buyers[0].PostAsync("{ me { buyer { id } } }")).OkData()["me"]!["buyer"]!["id"]!.GetValue<string>();
        var agreement = await api.ManagerA.PostAsync(Propose, new { input = new { buyerId, sku = "A2-KG", unitPrice = 45_000, validFrom = "9999-06-01", validTo = "9999-12-31" } });
        Assert.Empty(agreement.OkData()["proposeSupplyAgreement"]!["userErrors"]!.AsArray()); // seven months long: allowed
        var tooLong = await api.ManagerA.PostAsync(Propose, new { input = new { buyerId, sku = "A2-KG", unitPrice = 45_000, validFrom = "0001-01-01", validTo = "9999-12-31" } });
        Assert.Equal(("VALIDATION", "input.validTo"), Error(tooLong, "proposeSupplyAgreement"));
    }

    [Fact]
    public async Task A_delivery_address_without_a_commune_is_refused_as_a_saved_address_is()
    {
        // Since districts ended (2025) the commune and the province are the whole address: both inputs require it.
        const string place = """
            mutation($input: PlaceOrderInput!) { placeOrder(input: $input) {
              purchaseOrder { number deliveryAddress { commune provinceCode } } userErrors { code field message } } }
            """;
        object Input(string? commune) => new
        {
            input = new
            {
                idempotencyKey = Guid.NewGuid().ToString(), lines = new[] { new { sku = "B2-HOT", quantity = 1 } },
                deliveryAddress = new { recipient = "Nguyễn Văn An", phone = "0900000000", line = "Số 1 Phố Huế", commune, provinceCode = "01" }
            }
        };
        var missing = await api.Buyers[1].PostAsync(place, Input(null));
        Assert.Null(missing.Data?["placeOrder"]);
        Assert.NotNull(missing.FirstErrorCode);
        var blank = (await api.Buyers[1].PostAsync(place, Input("  "))).OkData()["placeOrder"]!;
        Assert.Null(blank["purchaseOrder"]);
        Assert.Equal(["input", "deliveryAddress", "commune"], blank["userErrors"]![0]!["field"]!.AsArray().Select(f => f!.GetValue<string>()));
        var placed = (await api.Buyers[1].PostAsync(place, Input("Phường Hoàn Kiếm"))).OkData()["placeOrder"]!;
        Assert.Empty(placed["userErrors"]!.AsArray());
        Assert.Equal("Phường Hoàn Kiếm", placed["purchaseOrder"]!["deliveryAddress"]!["commune"]!.GetValue<string>());
    }
}
