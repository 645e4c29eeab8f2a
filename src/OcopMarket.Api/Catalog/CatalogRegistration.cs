using Microsoft.Extensions.Caching.Memory;
using Marten;
using Marten.Schema;
using OcopMarket.Catalog.GraphQL;
using OcopMarket.Catalog.Model;
using OcopMarket.Catalog.Queries;
using OcopMarket.Cooperatives;
using OcopMarket.Infrastructure.GraphQL;
using OcopMarket.Catalog.Provinces;
using OcopMarket.Catalog.Search;
using OcopMarket.Inventory;
using OcopMarket.Cooperatives.Model;
using OcopMarket.Infrastructure.Seeding;
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

            options.Schema.For<Cooperative>()
                .UniqueIndex(UniqueIndexType.Computed, "ux_cooperative_slug", x => x.Slug)
                .UseNumericRevisions(true)
                .Metadata(m => m.Revision.MapTo(x => x.Version));
            options.Schema.For<Product>()
                .UniqueIndex(UniqueIndexType.Computed, "ux_product_slug", x => x.Slug)
                .Index(x => x.CooperativeId)
                .UseNumericRevisions(true)
                .Metadata(m => m.Revision.MapTo(x => x.Version));

            options.Storage.ExtendedSchemaObjects.Add(ListingTable.Define(options.DatabaseSchemaName));
        });

        services.AddSingleton(ProvinceDirectory.LoadEmbedded());
        // Facets, search modes and rankings remembered for Catalog:FacetCacheSeconds (ProductSearch); bounded so a
        // flood of distinct searches cannot grow it without limit.
        services.AddOptions<MemoryCacheOptions>()
            .Configure<IConfiguration>((o, configuration) => o.SizeLimit = configuration.GetValue("Catalog:SearchCacheSize", 20_000));
        services.AddMemoryCache();
        services.AddScoped<CatalogWriter>();
        services.AddScoped<ProductSearch>();
        services.AddScoped<ProductLookup>();
        services.AddScoped<CatalogLoaders>();
        services.AddScoped<ProductRows>();
        services.AddSingleton<CatalogDocumentCache>();
        services.AddScoped<CooperativeDirectory>();
        services.AddSingleton<IQueryFields, CatalogQueryFields>();
        services.AddSingleton<ITypeExtension<Identity.GraphQL.UserType>, UserCooperativeField>();
        services.AddScoped<ISeeder, CatalogSeeder>();
        return services;
    }

    /// <summary>Stable ids from slugs, so seed data keeps its ids across databases and runs.</summary>
    public static Guid StableId(string kind, string slug)
    {
        var hash = System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes($"ocop:{kind}:{slug}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x30); // version 3 (name-based, MD5)
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash, bigEndian: true);
    }
}
