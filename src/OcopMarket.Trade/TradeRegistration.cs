using FluentValidation;
using Marten;
using Marten.Schema;
using OcopMarket.Ordering.Orders;
using OcopMarket.Trade.GraphQL;

namespace OcopMarket.Trade;

public static class TradeRegistration
{
    /// <summary>Supply–demand connection: demand requests, quotes, supply agreements and the alliance's report.</summary>
    public static IServiceCollection AddTrade(this IServiceCollection services)
    {
        services.ConfigureMarten(options =>
        {
            options.Schema.For<DemandRequest>()
                .Duplicate(x => x.BuyerId)
                .Duplicate(x => x.Status)
                .Duplicate(x => x.DeliveryProvinceCode)
                .Duplicate(x => x.SameProvinceOnly)
                .Duplicate(x => x.ExpiresAt)
                .Duplicate(x => x.NeededBy)
                .Duplicate(x => x.CreatedAt);
            options.Schema.For<Quote>()
                .Duplicate(x => x.RequestId)
                // One quote per cooperative and request; it is revised in place.
                .UniqueIndex(UniqueIndexType.Computed, "ux_quote_request_cooperative", x => x.RequestId, x => x.CooperativeId);
            options.Schema.For<SupplyAgreement>().Duplicate(x => x.BuyerId);
        });
        services.AddSingleton<IMessageTranslations, TradeMessages>();
        services.AddSingleton<IValidator<PostDemandRequestInput>, PostDemandRequestInputValidator>();
        services.AddSingleton<IValidator<QuoteInput>, QuoteInputValidator>();
        services.AddScoped<DemandRequests>();
        services.AddScoped<Quotes>();
        services.AddScoped<SupplyAgreements>();
        services.AddScoped<TradeQueries>();
        services.AddScoped<ClusterReport>();
        // Orders by a buyer with an active supply agreement use the agreed price.
        services.AddScoped<INegotiatedPrices, AgreedPrices>();
        services.AddSingleton<IQueryFields, TradeQueryFields>();
        services.AddSingleton<IMutationFields, TradeMutationFields>();
        return services;
    }
}
