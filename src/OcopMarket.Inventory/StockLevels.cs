namespace OcopMarket.Inventory;

/// <summary>
/// Inventory's published read contract for SQL: per SKU its product, on hand, reserved and available units, as a
/// relation other modules may select from or join in their own statement (the catalog's listing page and the order
/// line builder keep one round trip) without naming the stock table. A derived table, not a database view: PostgreSQL
/// plans it exactly as the table, and there is no schema object to migrate. Only <see cref="Stock"/> writes the table.
/// </summary>
public static class StockLevels
{
    /// <summary>A parenthesised select over this deployment's stock; give it an alias: <c>from {Relation(schema)} s</c>.</summary>
    public static string Relation(DatabaseSchema schema) =>
        $"(select sku, product_id, on_hand, reserved, on_hand - reserved as available from {schema.Table(StockTable.Name)})";
}
