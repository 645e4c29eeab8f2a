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
        services.AddSingleton(_ => NpgsqlDataSource.Create(ConnectionString(configuration)));
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

    /// <summary>Default for Marten:MaxPoolSize: connections one API process may hold (see README, Configuration).</summary>
    public const int DefaultMaxPoolSize = 20;

    /// <summary>
    /// The connection string with the pool sized by Marten:MaxPoolSize. Npgsql's default of 100 per process lets two
    /// processes ask PostgreSQL (max_connections 100) for more than it has, and the surplus fails with 53300; sized so
    /// that processes × pool stays under max_connections, a busy process waits for its own pool instead, and a wait
    /// longer than the connection string's Timeout is answered 503 (see DatabaseUnavailable).
    /// </summary>
    public static string ConnectionString(IConfiguration configuration)
    {
        var value = configuration.GetConnectionString("Marten");
        if (string.IsNullOrWhiteSpace(value)) throw new ConfigurationException("ConnectionStrings:Marten is not set (see README, Configuration).");
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(value);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            // Npgsql's message names the key at fault, not the string (which holds the password).
            throw new ConfigurationException($"ConnectionStrings:Marten is not a valid PostgreSQL connection string: {e.Message}", e);
        }
        var size = configuration.GetValue("Marten:MaxPoolSize", DefaultMaxPoolSize);
        if (size < 1) throw new ConfigurationException("Marten:MaxPoolSize must be at least 1.");
        builder.MaxPoolSize = size;
        builder.MinPoolSize = Math.Min(builder.MinPoolSize, size);
        // A connection going back to the pool is not reset (RESET ALL, UNLISTEN *, unlock advisory locks…, sent with the
        // next command): the API never leaves session state on a pooled connection (ModuleTests.No_session_state_on_pooled_connections),
        // and the reset cost PostgreSQL a third of a catalog page's CPU (bench: slug 4,301–4,531 → 5,195–5,489 req/s).
        builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }
}
