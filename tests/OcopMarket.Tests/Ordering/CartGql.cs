namespace OcopMarket.Tests.Ordering;

public static class CartGql
{
    private const string CartFields = """
        id version total updatedAt
        lines { sku quantity unitPrice priceSource lineTotal available product { slug } variant { sku minOrderQuantity }
          problems { code field message } }
        parts { cooperative { slug } subtotal lines { sku } }
        """;

    public const string Cart = "{ cart { " + CartFields + " } }";

    public const string SetLines = """
        mutation($input: SetCartLinesInput!) { setCartLines(input: $input) { cart { 
        """ + CartFields + " } userErrors { code field message } } }";

    public const string RemoveLine = "mutation($sku: String!) { removeCartLine(sku: $sku) { cart { " + CartFields + " } userErrors { code field message } } }";

    public const string Clear = "mutation { clearCart { cart { " + CartFields + " } userErrors { code field message } } }";

    public const string Variants = """
        query($skus: [String!]!) { variants(skus: $skus) { sku product { slug name } variant { sku minOrderQuantity orderIncrement }
          problem { code field message } } }
        """;

    public static object Lines(string mode, int? expectedVersion, params (string Sku, int Quantity)[] lines) => new
    {
        input = new { mode, expectedVersion, lines = lines.Select(l => new { sku = l.Sku, quantity = l.Quantity }).ToArray() }
    };

    public static object FromCart(string key, string? note = null) => new { input = new { idempotencyKey = key, fromCart = true, note } };
}
