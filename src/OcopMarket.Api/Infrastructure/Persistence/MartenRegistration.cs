using JasperFx;
using Marten;
using Npgsql;
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
        // One connection pool for Marten and for the hand-written SQL of the catalog and ordering.
        services.AddSingleton(_ => NpgsqlDataSource.Create(configuration.GetConnectionString("Marten")
            ?? throw new InvalidOperationException("ConnectionStrings:Marten is not set (see README, Configuration).")));
        services.AddSingleton(_ => new DatabaseSchema(configuration["Marten:Schema"] ?? "ocop"));
        services.AddMarten(sp =>
            {
                var options = new StoreOptions();
                options.Connection(sp.GetRequiredService<NpgsqlDataSource>());
                options.DatabaseSchemaName = sp.GetRequiredService<DatabaseSchema>().Name;
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString);
                return options;
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup();
        return services;
    }
}

/// <summary>The PostgreSQL schema that holds this deployment's tables (one per test fixture).</summary>
public sealed record DatabaseSchema(string Name)
{
    /// <summary>A table name qualified with the schema, for hand-written SQL.</summary>
    public string Table(string table) => $"{Name}.{table}";
}
