using Marten;
using OcopMarket.Kernel.Events;
using OcopMarket.Notifications.GraphQL;

namespace OcopMarket.Notifications;

public static class NotificationsRegistration
{
    /// <summary>In-app notifications: the outbox consumer, each user's inbox, and the signals that keep portals live.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.ConfigureMarten(options => options.Storage.ExtendedSchemaObjects.Add(NotificationTable.Define(options.DatabaseSchemaName)));
        services.AddOptions<NotificationOptions>().Bind(configuration.GetSection("Notifications"))
            .Validate(o => o.MaxStreamsPerUser > 0 && o.ReconnectAfter > TimeSpan.Zero,
                "Notifications: MaxStreamsPerUser and ReconnectAfter must be positive.")
            .ValidateOnStart();
        services.AddSingleton<IMessageTranslations, NotificationsMessages>();
        services.AddSingleton<IOutboxConsumer, NotificationConsumer>();
        services.AddSingleton<NotificationInbox>();
        services.AddSingleton<NotificationSignals>();
        services.AddHostedService(sp => sp.GetRequiredService<NotificationSignals>());
        services.AddSingleton<IQueryFields, NotificationQueryFields>();
        services.AddSingleton<IMutationFields, NotificationMutationFields>();
        services.AddSingleton<ISubscriptionFields, NotificationSubscriptionFields>();
        return services;
    }
}
