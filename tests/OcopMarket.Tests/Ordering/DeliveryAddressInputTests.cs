using Xunit;

namespace OcopMarket.Tests.Ordering;

public class DeliveryAddressInputTests(OrderingFixture api) : IClassFixture<OrderingFixture>
{
    [Fact]
    public async Task An_explicit_null_commune_is_no_commune_and_the_order_reads_back()
    {
        const string place = """
            mutation($input: PlaceOrderInput!) { placeOrder(input: $input) {
              purchaseOrder { number deliveryAddress { commune provinceCode } } userErrors { code field message } } }
            """;
        var placed = (await api.Buyers[0].PostAsync(place, new
        {
            input = new
            {
                idempotencyKey = Guid.NewGuid().ToString(), lines = new[] { new { sku = "A2-KG", quantity = 1 } },
                deliveryAddress = new { recipient = "Nguyễn Văn An", phone = "0900000000", line = "Số 1 Phố Huế", commune = (string?)null, provinceCode = "01" }
            }
        })).OkData()["placeOrder"]!;
        Assert.Empty(placed["userErrors"]!.AsArray());
        Assert.Equal("", placed["purchaseOrder"]!["deliveryAddress"]!["commune"]!.GetValue<string>());
    }
}
