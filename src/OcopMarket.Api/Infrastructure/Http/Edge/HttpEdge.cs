using Marten;

namespace OcopMarket.Infrastructure.Http.Edge;

/// <summary>The GraphQL endpoint's edge for integrators: CORS, caching headers, compression, persisted queries.</summary>
public static class HttpEdge
{
    public static IServiceCollection AddHttpEdge(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<HttpEdgeOptions>(configuration.GetSection("Http"));
        services.Configure<PersistedQueryOptions>(configuration.GetSection("PersistedQueries"));
        services.AddSingleton<EdgeResponse>();
        services.AddSingleton<TrustedManifest>();
        services.AddSingleton<PersistedQueryStore>();
        services.ConfigureMarten(o => o.Storage.ExtendedSchemaObjects.Add(PersistedQueryStore.DefineTable(o.DatabaseSchemaName)));
        return services.AddEdgeCors(configuration, environment);
    }

    /// <summary>Before authentication: a preflight carries no credential and must not be refused or rate limited.</summary>
    public static IApplicationBuilder UseHttpEdge(this IApplicationBuilder app)
    {
        // Now, not at the first request: a bad trusted-documents manifest stops the start with its reason.
        app.ApplicationServices.GetRequiredService<TrustedManifest>();
        return app.UseEdgeCors();
    }
}
