using JasperFx;
using Marten;
using Weasel.Core;

namespace OcopMarket.Infrastructure.Persistence;

public static class MartenRegistration
{
    /// <summary>
    /// The document store. Each capability adds its documents, indexes and tables with services.ConfigureMarten(...)
    /// next to its own code; this is only the connection and the conventions they share.
    /// </summary>
    public static IServiceCollection AddOcopPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMarten(_ =>
            {
                var connectionString = configuration.GetConnectionString("Marten")
                    ?? throw new InvalidOperationException("ConnectionStrings:Marten is not set (see README, Configuration).");
                var options = new StoreOptions();
                options.Connection(connectionString);
                options.DatabaseSchemaName = configuration["Marten:Schema"] ?? "ocop";
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString);
                return options;
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup();
        return services;
    }
}
