using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OcopMarket.Infrastructure.Health;

/// <summary>Ready when PostgreSQL answers and the Marten schema matches the configuration (all tables and indexes applied).</summary>
public sealed class DatabaseReadyCheck(IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.Storage.Database.AssertDatabaseMatchesConfigurationAsync(cancellationToken);
            return HealthCheckResult.Healthy("PostgreSQL reachable, schema applied.");
        }
        catch (Exception ex)
        {
            // The reason stays in the log; the probe only needs the status.
            return HealthCheckResult.Unhealthy("Database not ready.", ex);
        }
    }
}
