namespace OcopMarket.Tests.Ordering;

public static class OrderGql
{
    public const string PlaceOrder = """
        mutation($input: PlaceOrderInput!) { placeOrder(input: $input) {
          purchaseOrder { id number total buyerName deliveryAddress { recipient provinceCode }
            cooperativeOrders { id status subtotal cooperative { slug } lines { sku quantity unitPrice priceSource lineTotal } } }
          userErrors { code field message } } }
        """;

    public static string Transition(string mutation) => $$"""
        mutation($id: ID!, $reason: String) { {{mutation}}(id: $id, reason: $reason) {
          cooperativeOrder { id status history { from to byRole reason } } userErrors { code field message } } }
        """;

    public static object Input(string key, params (string Sku, int Quantity)[] lines) => new
    {
        input = new { idempotencyKey = key, lines = lines.Select(l => new { sku = l.Sku, quantity = l.Quantity }).ToArray() }
    };

    public static string Key() => "key-" + Guid.NewGuid().ToString("N");
}
