using FluentValidation;
using Marten;
using Marten.Schema;
using OcopMarket.Cooperatives.Management;
using OcopMarket.Cooperatives.Model;
using OcopMarket.Cooperatives.Provinces;
using OcopMarket.Kernel.Seeding;

namespace OcopMarket.Cooperatives;

/// <summary>
/// A change to a cooperative (verified, suspended) that other modules follow in the same unit of work: the catalog
/// takes a suspended cooperative's products out of the public listing before the change is saved.
/// </summary>
public interface ICooperativeChanges
{
    Task ChangedAsync(CooperativeSummary cooperative, CancellationToken ct);
}

public static class CooperativesRegistration
{
    /// <summary>Cooperatives (documents), the provinces, the public directory, registration and storefronts.</summary>
    public static IServiceCollection AddCooperatives(this IServiceCollection services)
    {
        services.ConfigureMarten(options =>
        {
            options.Schema.For<Cooperative>()
                .UniqueIndex(UniqueIndexType.Computed, "ux_cooperative_slug", x => x.Slug)
                .UseNumericRevisions(true)
                .Metadata(m => m.Revision.MapTo(x => x.Version));
        });
        services.AddSingleton<IMessageTranslations, CooperativesMessages>();
        services.AddSingleton(ProvinceDirectory.LoadEmbedded());
        services.AddScoped<CooperativeDirectory>();
        services.AddScoped<CooperativeStatistics>();
        services.AddScoped<ISeeder, CooperativeSeeder>();
        return services.AddCooperativeManagement();
    }
}
