using Marten;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OcopMarket.Kernel.Events;
using OcopMarket.Webhooks.GraphQL;

namespace OcopMarket.Webhooks;

public static class WebhooksRegistration
{
    /// <summary>Integrators' webhooks: endpoints, the outbox consumer that creates deliveries, and the delivery worker.</summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.ConfigureMarten(options =>
        {
            options.Storage.ExtendedSchemaObjects.Add(EndpointTable.Define(options.DatabaseSchemaName));
            options.Storage.ExtendedSchemaObjects.Add(DeliveryTable.Define(options.DatabaseSchemaName));
            options.Storage.ExtendedSchemaObjects.Add(AttemptTable.Define(options.DatabaseSchemaName));
        });
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection("Webhooks"));
        services.AddSingleton<IMessageTranslations, WebhooksMessages>();
        services.TryAddSingleton<IWebhookHostResolver, DnsHostResolver>();
        services.AddSingleton<WebhookAddresses>();
        services.AddSingleton<WebhookSecrets>();
        services.AddSingleton<WebhookSender>();
        services.AddHttpClient(WebhookSender.ClientName)
            .ConfigureHttpClient((sp, client) => client.Timeout = sp.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout)
            .ConfigurePrimaryHttpMessageHandler(sp => WebhookSender.Handler(sp.GetRequiredService<WebhookAddresses>()));
        services.AddSingleton<DeliveryWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<DeliveryWorker>());
        services.AddSingleton<IOutboxConsumer, WebhookConsumer>();
        services.AddScoped<WebhookEndpoints>();
        services.AddScoped<WebhookDeliveries>();
        services.AddSingleton<IQueryFields, WebhookQueryFields>();
        services.AddSingleton<IMutationFields, WebhookMutationFields>();
        return services;
    }
}
