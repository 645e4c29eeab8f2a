using System.Text.Encodings.Web;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OcopMarket.Catalog;
using OcopMarket.Catalog.Management;
using OcopMarket.Cooperatives;
using OcopMarket.Identity.Http;
using OcopMarket.Ordering;
using OcopMarket.Trade;
using OcopMarket.Notifications;
using OcopMarket.Identity;
using OcopMarket.Inventory;
using OcopMarket.Infrastructure.GraphQL;
using OcopMarket.Kernel.GraphQL;
using OcopMarket.Infrastructure.Health;
using OcopMarket.Infrastructure.Http;
using OcopMarket.Infrastructure.Http.Edge;
using OcopMarket.Infrastructure.Persistence;
using OcopMarket.Kernel.Persistence;
using OcopMarket.Kernel.Events;
using OcopMarket.Kernel.Seeding;
using OcopMarket.Infrastructure.Web;
using OcopMarket.Ordering.Buyers;
using OcopMarket.Payments;
using OcopMarket.Payments.Http;
using OcopMarket.Webhooks;

namespace OcopMarket.Infrastructure;

/// <summary>The application's table of contents: services by capability, then endpoints.</summary>
public static class OcopApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // The content root is where the binaries and appsettings*.json are, whatever the working directory:
        // ./run.sh starts the API from the repository root, which would otherwise load no settings file at all.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        // JSON for log collectors everywhere but on a developer's screen, where one readable line per event is better.
        if (builder.Environment.IsDevelopment())
            builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        else
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        builder.Services.PostConfigure<LoggerFilterOptions>(NeverLogRequestUrls);
        configure?.Invoke(builder);

        var services = builder.Services;
        services.AddOptions<QueryLimits>().Bind(builder.Configuration.GetSection("GraphQL"))
            .Validate(QueryLimitsArePositive, "GraphQL: every limit and cost must be a positive number.")
            .ValidateOnStart();
        // GraphQL requests stop when the process is asked to; this bounds the wait for anything else in flight.
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(builder.Configuration.GetValue("ShutdownTimeoutSeconds", 10)));
        services.AddOcopPersistence(builder.Configuration);
        services.AddEventOutbox(builder.Configuration);
        services.AddCooperatives();
        services.AddInventory();
        services.AddCatalog();
        services.AddIdentityAccess(builder.Configuration);
        services.AddListingManagement();
        services.AddBuyers();
        services.AddOrdering();
        services.AddTrade();
        services.AddPayments(builder.Configuration);
        services.AddNotifications(builder.Configuration);
        services.AddWebhooks(builder.Configuration);
        services.AddOcopGraphQL();
        services.AddCallerLanguage();
        services.AddOcopWeb();
        services.AddHttpEdge(builder.Configuration, builder.Environment);
        services.AddHostedService<SeedHostedService>();
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);

        var app = builder.Build();
        // First, so no exception reaches the developer exception page that WebApplication adds in Development.
        app.UseMiddleware<EdgeErrorMiddleware>();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.UseHttpEdge();
        app.UseOcopWeb();
        app.UseCallerLanguage();
        app.UseIdentityAccess();
        app.MapGraphQL();
        app.MapStripeWebhooks();
        app.MapSePayWebhooks();
        app.MapOcopWeb();
        return app;
    }

    private static bool QueryLimitsArePositive(QueryLimits limits) =>
        typeof(QueryLimits).GetProperties().Where(p => p.PropertyType == typeof(int)).All(p => (int)p.GetValue(limits)! > 0);

    /// <summary>
    /// ASP.NET Core logs each request's full URL ("Request starting GET …/graphql?query=…&amp;variables=…") at Information,
    /// and Kestrel a malformed request's target at Debug: a GET's variables may hold a password or a token. These rules
    /// are added after the configuration's, so no settings file or environment variable can turn them back on.
    /// </summary>
    private static void NeverLogRequestUrls(LoggerFilterOptions options)
    {
        foreach (var category in new[] { "Microsoft.AspNetCore.Hosting.Diagnostics", "Microsoft.AspNetCore.Server.Kestrel.BadRequests" })
        {
            options.Rules.Add(new LoggerFilterRule(null, category, LogLevel.Warning, null));
            options.Rules.Add(new LoggerFilterRule("Console", category, LogLevel.Warning, null));
        }
    }

    private static void AddOcopGraphQL(this IServiceCollection services)
    {
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<DocumentLimits>();
        services.AddGraphQL(b => b
            .AddSchema<OcopSchema>()
            .AddGraphTypes(typeof(OcopSchema).Assembly)
            .AddGraphTypes(typeof(UserErrorType).Assembly)
            .AddGraphTypes(typeof(IdentityRegistration).Assembly)
            .AddGraphTypes(typeof(CooperativesRegistration).Assembly)
            .AddGraphTypes(typeof(InventoryRegistration).Assembly)
            .AddGraphTypes(typeof(CatalogRegistration).Assembly)
            .AddGraphTypes(typeof(OrderingRegistration).Assembly)
            .AddGraphTypes(typeof(PaymentsRegistration).Assembly)
            .AddGraphTypes(typeof(TradeRegistration).Assembly)
            .AddGraphTypes(typeof(NotificationsRegistration).Assembly)
            .AddGraphTypes(typeof(WebhooksRegistration).Assembly)
            .AddSystemTextJson(o => o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider(new OcopErrorInfoProvider())
            // Both depend on the variables, so they also run for documents found in the DocumentCache.
            .AddValidationRule<ComplexityRule>(useForCachedDocuments: true)
            .AddValidationRule<PageSizeRule>(useForCachedDocuments: true)
            .ConfigureExecution(sp => sp.GetRequiredService<DocumentCache>())
            .ConfigureExecution(sp => sp.GetRequiredService<DocumentLimits>())
            .AddUnhandledExceptionHandler(ErrorMasking.Mask)
            // A Marten session is not thread-safe: resolve query fields one after another (batching loaders keep it fast).
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query));
    }

    /// <summary>Prints the SDL the server serves, to a file or stdout.</summary>
    public static async Task PrintSchemaAsync(string? file)
    {
        var app = Build([]);
        var sdl = PrintSchema(app.Services.GetRequiredService<ISchema>());
        if (file == null) Console.Write(sdl);
        else await File.WriteAllTextAsync(file, sdl);
    }

    public static string PrintSchema(ISchema schema) =>
        schema.Print(new global::GraphQL.Utilities.PrintOptions { IncludeDescriptions = true, StringComparison = StringComparison.Ordinal })
            .ReplaceLineEndings("\n").TrimEnd() + "\n";
}
