using FluentValidation;
using Marten;
using OcopMarket.Catalog.Management.GraphQL;
using OcopMarket.Catalog.Management.Import;
using OcopMarket.Catalog.Model;

namespace OcopMarket.Catalog.Management;

public static class ListingManagementRegistration
{
    /// <summary>Cooperatives' listing management: mutations, rules, stock, CSV import and the audit trail.</summary>
    public static IServiceCollection AddListingManagement(this IServiceCollection services)
    {
        services.ConfigureMarten(options => options.Schema.For<ListingChange>().Index(x => x.ProductId).Index(x => x.CooperativeId));
        services.AddSingleton<IValidator<Product>, ProductValidator>();
        services.AddScoped<ListingService>();
        services.AddScoped<StockService>();
        services.AddScoped<ListingQueries>();
        services.AddScoped<ListingHistory>();
        services.AddScoped<ProductImporter>();
        services.AddSingleton<CertificateExpiry>();
        services.AddHostedService(sp => sp.GetRequiredService<CertificateExpiry>());
        services.AddSingleton<IQueryFields, ListingQueryFields>();
        services.AddSingleton<IMutationFields, ListingMutationFields>();
        services.AddSingleton<IMutationFields, BulkListingMutationFields>();
        return services;
    }
}
