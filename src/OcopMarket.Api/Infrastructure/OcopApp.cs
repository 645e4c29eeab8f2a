using System.Text.Encodings.Web;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OcopMarket.Catalog;
using OcopMarket.Catalog.Management;
using OcopMarket.Cooperatives.Management;
using OcopMarket.Ordering;
using OcopMarket.Trade;
using OcopMarket.Identity;
using OcopMarket.Infrastructure.GraphQL;
using OcopMarket.Infrastructure.Health;
using OcopMarket.Infrastructure.Http;
using OcopMarket.Infrastructure.Persistence;
using OcopMarket.Infrastructure.Seeding;
using OcopMarket.Infrastructure.Web;
using OcopMarket.Ordering.Buyers;
using OcopMarket.Payments;
using OcopMarket.Payments.Webhooks;

namespace OcopMarket.Infrastructure;

/// <summary>The application's table of contents: services by capability, then endpoints.</summary>
public static class OcopApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        configure?.Invoke(builder);

        var services = builder.Services;
        services.Configure<QueryLimits>(builder.Configuration.GetSection("GraphQL"));
        services.AddOcopPersistence(builder.Configuration);
        services.AddCatalog();
        services.AddIdentityAccess(builder.Configuration);
        services.AddListingManagement();
        services.AddCooperativeManagement();
        services.AddBuyers();
        services.AddOrdering();
        services.AddTrade();
        services.AddPayments(builder.Configuration);
        services.AddOcopGraphQL();
        services.AddOcopWeb();
        services.AddHostedService<SeedHostedService>();
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);

        var app = builder.Build();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.UseOcopWeb();
        app.UseIdentityAccess();
        app.MapGraphQL();
        app.MapStripeWebhooks();
        app.MapOcopWeb();
        return app;
    }

    private static void AddOcopGraphQL(this IServiceCollection services)
    {
        services.AddSingleton<DocumentCache>();
        services.AddGraphQL(b => b
            .AddSchema<OcopSchema>()
            .AddGraphTypes(typeof(OcopSchema).Assembly)
            .AddSystemTextJson(o => o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider(new OcopErrorInfoProvider())
            // Both depend on the variables, so they also run for documents found in the DocumentCache.
            .AddValidationRule(sp => ComplexityLimits.CreateRule(sp.GetRequiredService<IOptions<QueryLimits>>().Value), useForCachedDocuments: true)
            .AddValidationRule<PageSizeRule>(useForCachedDocuments: true)
            .ConfigureExecution(sp => sp.GetRequiredService<DocumentCache>())
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
