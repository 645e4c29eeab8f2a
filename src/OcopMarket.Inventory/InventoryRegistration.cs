using Marten;

namespace OcopMarket.Inventory;

public static class InventoryRegistration
{
    /// <summary>Stock per SKU: its table, <see cref="Stock"/> (the one service that writes it) and the published <see cref="StockLevels"/>.</summary>
    public static IServiceCollection AddInventory(this IServiceCollection services)
    {
        services.ConfigureMarten(options =>
        {
            options.Storage.ExtendedSchemaObjects.Add(StockTable.Define(options.DatabaseSchemaName));
        });
        services.AddScoped<Stock>();
        return services;
    }
}
