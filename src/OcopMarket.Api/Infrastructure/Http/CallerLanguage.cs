using System.Globalization;
using Microsoft.AspNetCore.Localization;
using OcopMarket.Kernel;

namespace OcopMarket.Infrastructure.Http;

/// <summary>
/// Messages in the caller's language: Accept-Language picks Vietnamese ("vi", "vi-VN") or English (anything else).
/// Only the UI culture changes: numbers, dates and parsing stay invariant, so a CSV or a price reads the same in both.
/// FluentValidation's own messages follow the UI culture; ours are translated by <see cref="Messages"/> at the edge.
/// </summary>
public static class CallerLanguage
{
    private static readonly CultureInfo[] UiCultures = [new("en"), new("vi")];

    public static IServiceCollection AddCallerLanguage(this IServiceCollection services)
    {
        services.AddSingleton<IMessageTranslations, KernelMessages>();
        services.AddSingleton<Messages>();
        return services;
    }

    public static IApplicationBuilder UseCallerLanguage(this IApplicationBuilder app) =>
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, new CultureInfo("en")),
            SupportedCultures = [CultureInfo.InvariantCulture],
            SupportedUICultures = UiCultures,
            FallBackToParentUICultures = true,
            RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider { MaximumAcceptLanguageHeaderValuesToTry = 5 }],
            ApplyCurrentCultureToResponseHeaders = true,
        });
}
