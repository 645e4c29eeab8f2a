namespace OcopMarket.Kernel.Persistence;

/// <summary>The PostgreSQL schema that holds this deployment's tables (one per test fixture).</summary>
public sealed record DatabaseSchema(string Name)
{
    /// <summary>A table name qualified with the schema, for hand-written SQL.</summary>
    public string Table(string table) => $"{Name}.{table}";
}
