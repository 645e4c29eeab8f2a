using OcopMarket.Tests.Ordering;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Foundation;

/// <summary>Messages in the caller's language (issue 15, point 7): Vietnamese when Accept-Language asks for it, English otherwise; codes never change.</summary>
public class CallerLanguageTests(OrderingFixture api) : IClassFixture<OrderingFixture>
{
    private const string Place = """
        mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { purchaseOrder { id } userErrors { code field message } } }
        """;

    private static object Lines(string sku, int quantity) => OrderGql.Input(OrderGql.Key(), (sku, quantity));

    private async Task<(string Code, string Message)> FirstUserErrorAsync(string? language, object variables)
    {
        var error = (await api.Buyers[0].WithLanguage(language).PostAsync(Place, variables)).OkData()["placeOrder"]!["userErrors"]![0]!;
        return (error["code"]!.GetValue<string>(), error["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("vi", "Không có sản phẩm đang bán nào có mã SKU KHONG-CO.")]
    [InlineData("vi-VN,vi;q=0.9,en;q=0.8", "Không có sản phẩm đang bán nào có mã SKU KHONG-CO.")]
    [InlineData("en-US", "No product on sale has SKU KHONG-CO.")]
    [InlineData("fr-FR", "No product on sale has SKU KHONG-CO.")]
    [InlineData(null, "No product on sale has SKU KHONG-CO.")]
    public async Task A_user_error_speaks_the_language_asked_for_and_keeps_its_code(string? language, string expected)
    {
        var (code, message) = await FirstUserErrorAsync(language, Lines("KHONG-CO", 1));
        Assert.Equal("NOT_FOUND", code);
        Assert.Equal(expected, message);
    }

    [Fact]
    public async Task A_quantity_rule_with_numbers_is_translated_with_its_numbers()
    {
        // A1-500: minimum 12, case pack 12 (the fixture's rules).
        var (code, vi) = await FirstUserErrorAsync("vi", Lines("A1-500", 5));
        Assert.Equal("VALIDATION", code);
        Assert.StartsWith("Mã SKU A1-500 có số lượng đặt tối thiểu 12", vi);
        var (_, en) = await FirstUserErrorAsync("en", Lines("A1-500", 5));
        Assert.StartsWith("SKU A1-500 has a minimum order quantity of 12", en);
    }

    [Fact]
    public async Task Validation_messages_of_the_library_follow_the_language_too()
    {
        // An empty idempotency key: FluentValidation's own NotEmpty message, in its Vietnamese.
        var variables = new { input = new { idempotencyKey = "", lines = new[] { new { sku = "A2-KG", quantity = 1 } } } };
        var (viCode, vi) = await FirstUserErrorAsync("vi", variables);
        var (enCode, en) = await FirstUserErrorAsync("en", variables);
        Assert.Equal(("VALIDATION", "VALIDATION"), (viCode, enCode));
        Assert.NotEqual(en, vi);
        Assert.Contains("không được", vi); // "… không được để trống." / "… không được rỗng."
    }

    [Fact]
    public async Task A_query_error_is_translated_and_its_code_stays()
    {
        var vi = await api.Client.WithLanguage("vi").PostAsync("""{ products(first: 1, filter: { provinceCodes: ["99"] }) { totalCount } }""");
        Assert.Equal("BAD_USER_INPUT", vi.FirstErrorCode);
        Assert.Equal("Không rõ mã tỉnh '99'. Truy vấn provinces liệt kê các mã.", vi.Errors![0]!["message"]!.GetValue<string>());
        var en = await api.Client.WithLanguage("en").PostAsync("""{ products(first: 1, filter: { provinceCodes: ["99"] }) { totalCount } }""");
        Assert.Equal("BAD_USER_INPUT", en.FirstErrorCode);
        Assert.Equal("Unknown province code '99'. The provinces query lists the codes.", en.Errors![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Numbers_and_dates_read_the_same_in_both_languages()
    {
        // Only the messages change: an amount is the same JSON integer, a time the same RFC 3339 text.
        const string query = "{ products(first: 1, order: NAME_ASC) { nodes { variants { retailPrice } updatedAt certificate { issuedOn } } } }";
        var vi = (await api.Client.WithLanguage("vi").PostAsync(query)).OkData().ToJsonString();
        var en = (await api.Client.WithLanguage("en").PostAsync(query)).OkData().ToJsonString();
        Assert.Equal(en, vi);
    }
}
