using OcopMarket.Ordering.Orders.GraphQL;
using Marten;
using Marten.Schema;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OcopMarket.Ordering.Orders;
using OcopMarket.Payments.BankFeed;
using OcopMarket.Payments.GraphQL;
using OcopMarket.Payments.Model;
using OcopMarket.Payments.Stripe;
using OcopMarket.Payments.VietQr;
using OcopMarket.Payments.Webhooks;

namespace OcopMarket.Payments;

public static class PaymentsRegistration
{
    /// <summary>Card payments (Stripe) and bank transfers (VietQR). Both may be left unconfigured; callers check IsConfigured.</summary>
    public static IServiceCollection AddPayments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IMessageTranslations, PaymentsMessages>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<StripeOptions>().Bind(configuration.GetSection(StripeOptions.Section))
            .Validate(o => string.IsNullOrWhiteSpace(o.ApiBase) || Uri.IsWellFormedUriString(o.ApiBase, UriKind.Absolute),
                "Payments:Stripe:ApiBase must be an absolute URL.")
            .Validate(o => o.WebhookToleranceSeconds > 0, "Payments:Stripe:WebhookToleranceSeconds must be positive.")
            .Validate(o => string.IsNullOrWhiteSpace(o.SiteUrl) || (Uri.TryCreate(o.SiteUrl, UriKind.Absolute, out var site)
                    && (site.Scheme == Uri.UriSchemeHttps || site.Scheme == Uri.UriSchemeHttp)),
                "Payments:Stripe:SiteUrl must be an absolute http(s) URL.")
            .ValidateOnStart();
        services.AddSingleton<StripeGateway>();

        // Half an account (a BIN without an account number, or the reverse) is a mistake too, not "not configured".
        // A wrong BIN or account would put a bad QR code in front of every buyer: refuse to start rather than find out later.
        services.AddOptions<BankTransferOptions>().Bind(configuration.GetSection(BankTransferOptions.Section))
            .Validate(o => o.IsUnset || VietQrBuilder.Validate(
                    new VietQrRequest(o.BankBin, o.AccountNumber, 1, TransferReference.Prefix)).Count == 0,
                "Payments:BankTransfer: BankBin must be 6 digits and AccountNumber 1–19 letters or digits.")
            .ValidateOnStart();
        services.AddSingleton<BankTransferService>();
        services.AddSingleton<PaymentMethods>();

        services.ConfigureMarten(options =>
        {
            // A reference names one payment: a clash of random references must fail, not match two orders.
            options.Schema.For<Payment>()
                .UniqueIndex(UniqueIndexType.Computed, "ux_payment_transfer_reference", x => x.TransferReference!);
            options.Schema.For<ProcessedStripeEvent>();
            // The id is derived from the bank's transaction id: the primary key records each transfer once.
            options.Schema.For<BankTransaction>().Index(x => x.Status);
            options.Schema.For<BankTransactionResolution>();
        });
        services.AddScoped<PaymentLedger>();
        services.AddScoped<BuyerPaymentAccess>();
        services.AddScoped<CardPayments>();
        services.AddScoped<BankTransfers>();
        services.AddScoped<PaymentRefunds>();
        services.AddScoped<RefundRetries>();
        services.AddScoped<StripeEventProcessor>();
        services.AddScoped<IncomingTransfers>();
        services.AddScoped<BankTransferQueue>();
        services.AddScoped<BankStatementImport>();
        services.AddSingleton<IQueryFields, BankFeedQueryFields>();
        services.AddSingleton<IMutationFields, BankFeedMutationFields>();
        services.AddScoped<PaymentLoaders>();
        services.AddScoped<PaymentQueue>();
        services.AddSingleton<IQueryFields, PaymentQueryFields>();
        services.AddScoped<IOrderTransitionObserver, PaymentRefundObserver>();
        services.AddSingleton<IMutationFields, PaymentMutationFields>();
        services.AddSingleton<ITypeExtension<IPurchaseOrderGraphType>, PurchaseOrderPaymentField>();
        services.AddSingleton<ITypeExtension<IPurchaseOrderGraphType>, PurchaseOrderPaymentMethodsField>();
        return services;
    }
}
