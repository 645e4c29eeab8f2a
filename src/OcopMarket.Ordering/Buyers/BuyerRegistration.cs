using FluentValidation;
using Marten;
using Marten.Schema;
using OcopMarket.Ordering.Buyers.GraphQL;

namespace OcopMarket.Ordering.Buyers;

public static class BuyerRegistration
{
    /// <summary>Buyer businesses: storage, registration and verification.</summary>
    public static IServiceCollection AddBuyers(this IServiceCollection services)
    {
        services.ConfigureMarten(options => options.Schema.For<Buyer>()
            .UniqueIndex(UniqueIndexType.Computed, "ux_buyer_tax_code", x => x.TaxCode)
            .UseNumericRevisions(true)
            .Metadata(m => m.Revision.MapTo(x => x.Version)));
        services.AddSingleton<IValidator<RegisterBuyerInput>, RegisterBuyerInputValidator>();
        services.AddScoped<BuyerService>();
        services.AddScoped<BuyerQueue>();
        services.AddScoped<BuyerNames>();
        services.AddSingleton<IQueryFields, BuyerQueryFields>();
        services.AddSingleton<ITypeExtension<Identity.GraphQL.UserType>, UserBuyerField>();
        services.AddSingleton<IMutationFields, BuyerMutationFields>();
        services.AddScoped<Kernel.Seeding.ISeeder, BuyerSeeder>();
        return services;
    }
}
