using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace OcopMarket.Inventory;

/// <summary>
/// Stock per SKU in a plain table, not in the product document: reservations are single-row conditional updates
/// (on_hand - reserved >= quantity) that PostgreSQL serialises per row: under READ COMMITTED a blocked update
/// re-checks its condition against the row the winner committed, so concurrent reservations can never oversell.
/// </summary>
internal static class StockTable
{
    public const string Name = "ocop_stock";

    public static Table Define(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, Name));
        table.AddColumn<string>("sku").AsPrimaryKey();
        table.AddColumn<Guid>("product_id").NotNull();
        table.AddColumn<int>("on_hand").NotNull().DefaultValue(0);
        table.AddColumn<int>("reserved").NotNull().DefaultValue(0);
        table.Indexes.Add(new IndexDefinition("ix_stock_product").AgainstColumns("product_id"));
        // Defence in depth: the conditional updates already keep this true; the database refuses any write that would not.
        table.CheckConstraints.Add(new TableCheckConstraint("ck_stock_reserved", "reserved >= 0 and reserved <= on_hand"));
        return table;
    }
}
