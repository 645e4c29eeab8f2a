using FluentValidation;
using Marten;
using Marten.Schema;
using OcopMarket.Ordering.Carts;
using OcopMarket.Ordering.Carts.GraphQL;
using OcopMarket.Ordering.Orders;
using OcopMarket.Ordering.Orders.GraphQL;

namespace OcopMarket.Ordering;

public static class OrderingRegistration
{
    /// <summary>Carts, purchase and cooperative orders: placement with stock reservation, lifecycle, tenant-scoped queries.</summary>
    public static IServiceCollection AddOrdering(this IServiceCollection services)
    {
        services.ConfigureMarten(options =>
        {
            options.Schema.For<PurchaseOrder>()
                .Duplicate(x => x.BuyerId)
                .Duplicate(x => x.CreatedAt)
                // One order per buyer and idempotency key, even when two API processes race.
                .UniqueIndex(UniqueIndexType.Computed, "ux_purchase_order_idempotency", x => x.BuyerId, x => x.IdempotencyKey);
            options.Schema.For<CooperativeOrder>()
                .Duplicate(x => x.PurchaseOrderId)
                .Duplicate(x => x.CooperativeId)
                .Duplicate(x => x.BuyerId)
                .Duplicate(x => x.Status)
                .Duplicate(x => x.CreatedAt);
            // One cart per buyer business (its id is the buyer's); two devices' changes are serialised by its revision.
            options.Schema.For<Cart>()
                .UseNumericRevisions(true)
                .Metadata(m => m.Revision.MapTo(x => x.Version));
        });
        services.AddSingleton<IMessageTranslations, OrderingMessages>();
        services.AddSingleton<IValidator<PlaceOrderInput>, PlaceOrderInputValidator>();
        services.AddScoped<OrderLineBuilder>();
        services.AddSingleton<IValidator<SetCartLinesInput>, SetCartLinesInputValidator>();
        services.AddScoped<CartService>();
        services.AddSingleton<IQueryFields, CartQueryFields>();
        services.AddSingleton<IMutationFields, CartMutationFields>();
        services.AddScoped<OrderPlacement>();
        services.AddScoped<OrderReader>();
        services.AddScoped<OrderStatistics>();
        services.AddScoped<OrderTransitions>();
        services.AddScoped<OrderQueries>();
        services.AddScoped<OrderLoaders>();
        services.AddScoped(sp => new PurchaseOrderLoaders(sp.GetRequiredService<OrderLoaders>()));
        services.AddSingleton<IQueryFields, OrderQueryFields>();
        services.AddSingleton<IMutationFields, OrderMutationFields>();
        return services;
    }
}
