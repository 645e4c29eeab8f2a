using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.FileProviders;
using OcopMarket.Infrastructure.Http;

namespace OcopMarket.Infrastructure.Web;

/// <summary>
/// Serves the web app built from src/OcopMarket.Web: hashed assets (immutable, cached a year), the market's HTML for its
/// own routes (no-cache), and GraphiQL for GET /graphql from a browser. JSON requests to /graphql never reach this code's
/// answers; /graphql, /health/* and /webhooks/* never get the app's HTML.
/// </summary>
public static class WebApp
{
    /// <summary>The market's routes (see src/OcopMarket.Web/src/App.tsx); each answers with index.html.</summary>
    public static readonly string[] Routes =
    [
        "/", "/search", "/products/{slug}", "/cooperatives/{slug}",
        "/login", "/account/password", "/coop/{**rest}", "/buyer/{**rest}", "/admin/{**rest}",
    ];

    private static readonly string[] ApiPrefixes = [GraphQLEndpoint.Path, "/health", "/webhooks", "/assets"];

    public static IServiceCollection AddOcopWeb(this IServiceCollection services)
    {
        // Used for /assets only: scripts and styles shrink 3–4×; they hold no secrets, so compressing over HTTPS is safe.
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services.AddSingleton<WebAppFiles>();
    }

    /// <summary>Before authentication and rate limits: assets and the IDE page are not API calls.</summary>
    public static IApplicationBuilder UseOcopWeb(this IApplicationBuilder app)
    {
        var files = app.ApplicationServices.GetRequiredService<WebAppFiles>();
        if (files.Root is not { } root)
        {
            app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebApp))
                .LogWarning("No built web app found (src/OcopMarket.Web/dist or Web:Root): serving the API only.");
            return app;
        }

        app.Use(async (http, next) =>
        {
            if (IsPageRequest(http.Request))
            {
                var path = http.Request.Path;
                if (path.Equals(GraphQLEndpoint.Path, StringComparison.OrdinalIgnoreCase) && files.File("graphiql.html") is { } graphiql)
                {
                    http.Response.Headers.Vary = "Accept";
                    await SendHtmlAsync(http, graphiql, StatusCodes.Status200OK);
                    return;
                }
                // No endpoint matched (routing ran first): a page the app does not have. It answers 404 with the app,
                // which shows its not-found page; API paths and file names keep the plain 404.
                if (http.GetEndpoint() == null && !Path.HasExtension(path.Value)
                    && !ApiPrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
                    && files.File("index.html") is { } index)
                {
                    await SendHtmlAsync(http, index, StatusCodes.Status404NotFound);
                    return;
                }
            }
            await next(http);
        });

        var assets = Path.Combine(root, "assets");
        if (Directory.Exists(assets))
        {
            app.UseWhen(http => http.Request.Path.StartsWithSegments("/assets"), branch => branch.UseResponseCompression());
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(assets),
                RequestPath = "/assets",
                // File names carry a content hash (Vite): a changed file is a new URL, so caching forever is safe.
                OnPrepareResponse = c =>
                {
                    c.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                    c.Context.Response.Headers.XContentTypeOptions = "nosniff";
                },
            });
        }
        return app;
    }

    /// <summary>The app's own routes answer with index.html (the SPA routes in the browser).</summary>
    public static void MapOcopWeb(this IEndpointRouteBuilder endpoints)
    {
        var files = endpoints.ServiceProvider.GetRequiredService<WebAppFiles>();
        if (files.File("index.html") is not { } index) return;
        foreach (var route in Routes)
            endpoints.MapMethods(route, [HttpMethods.Get, HttpMethods.Head], (HttpContext http) => SendHtmlAsync(http, index, StatusCodes.Status200OK));
    }

    private static bool IsPageRequest(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && BrowserRequests.PrefersHtml(request.Headers.Accept);

    private static async Task SendHtmlAsync(HttpContext http, string file, int status)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        SecurityHeaders.ForHtml(http.Response);
        if (HttpMethods.IsHead(http.Request.Method)) return;
        await http.Response.SendFileAsync(file, http.RequestAborted);
    }
}
