using OcopMarket.Cooperatives.GraphQL;
using Microsoft.Extensions.Caching.Memory;
using Marten;
using Marten.Schema;
using OcopMarket.Catalog.GraphQL;
using OcopMarket.Catalog.Model;
using OcopMarket.Catalog.Queries;
using OcopMarket.Cooperatives;
using OcopMarket.Cooperatives.Provinces;
using OcopMarket.Catalog.Search;
using OcopMarket.Inventory;
using OcopMarket.Cooperatives.Model;
using OcopMarket.Kernel.Seeding;
using Weasel.Postgresql;

namespace OcopMarket.Catalog;

public static class CatalogRegistration
{
    /// <summary>Catalog and cooperative storage (documents, listing read model, stock) and services.</summary>
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.ConfigureMarten(options =>
        {
            options.Storage.ExtendedSchemaObjects.Add(new Extension("unaccent"));
            options.Storage.ExtendedSchemaObjects.Add(new Extension("pg_trgm"));

            options.Schema.For<Product>()
                .UniqueIndex(UniqueIndexType.Computed, "ux_product_slug", x => x.Slug)
                .Index(x => x.CooperativeId)
                .UseNumericRevisions(true)
                .Metadata(m => m.Revision.MapTo(x => x.Version));

            options.Storage.ExtendedSchemaObjects.Add(ListingTable.Define(options.DatabaseSchemaName));
        });

        // Facets, search modes and rankings remembered for Catalog:FacetCacheSeconds (ProductSearch); bounded so a
        // flood of distinct searches cannot grow it without limit.
        services.AddOptions<MemoryCacheOptions>()
            .Configure<IConfiguration>((o, configuration) => o.SizeLimit = configuration.GetValue("Catalog:SearchCacheSize", 20_000));
        services.AddMemoryCache();
        services.AddScoped<CatalogWriter>();
        services.AddScoped<ProductSearch>();
        services.AddScoped<ProductLookup>();
        services.AddScoped<IProductReader>(sp => sp.GetRequiredService<ProductLookup>());
        services.AddScoped<CatalogFacts>();
        services.AddScoped<ListedVariants>();
        services.AddScoped<CatalogStatistics>();
        services.AddScoped<CatalogLoaders>();
        services.AddSingleton<IMessageTranslations, CatalogMessages>();
        services.AddScoped<ProductRows>();
        services.AddSingleton<CatalogDocumentCache>();
        services.AddScoped<ICooperativeChanges, CatalogListingsFollowCooperatives>();
        services.AddSingleton<IQueryFields, CatalogQueryFields>();
        services.AddSingleton<ITypeExtension<Identity.GraphQL.UserType>, UserCooperativeField>();
        services.AddSingleton<ITypeExtension<ICooperativeGraphType>, CooperativeProductsField>();
        services.AddSingleton<ITypeExtension<IStorefrontGraphType>, StorefrontFeaturedProductsField>();
        services.AddScoped<ISeeder, CatalogSeeder>();
        return services;
    }
}
