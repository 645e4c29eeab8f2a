using Marten;

namespace OcopMarket.Kernel.Events;

public static class EventsRegistration
{
    /// <summary>The outbox's tables, <see cref="EventOutbox"/> for the modules that record events, and the dispatcher.</summary>
    public static IServiceCollection AddEventOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.ConfigureMarten(options =>
        {
            foreach (var o in OutboxTable.Define(options.DatabaseSchemaName)) options.Storage.ExtendedSchemaObjects.Add(o);
        });
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection("Events"));
        services.AddSingleton<EventOutbox>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return services;
    }
}
