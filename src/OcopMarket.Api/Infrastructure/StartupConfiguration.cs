using Microsoft.Extensions.Options;
using OcopMarket.Infrastructure.Persistence;

namespace OcopMarket.Infrastructure;

/// <summary>A setting the API cannot start with. Its message names the setting, never its value (it may be a password).</summary>
public sealed class ConfigurationException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Invalid configuration stops the process before it serves anything, with one line that names the setting and exit
/// code 1 (an unhandled exception gave a stack trace and exit 134). Everything configurable is checked at start, also
/// the settings that are otherwise read only when a request first needs them.
/// </summary>
public static class StartupConfiguration
{
    /// <summary>Settings read with GetValue where they are used: a typo there would only fail on some later request.</summary>
    private static readonly (string Key, Type Type)[] Values =
    [
        ("ShutdownTimeoutSeconds", typeof(int)),
        ("Seed:Load", typeof(bool)),
        ("Catalog:FacetCacheSeconds", typeof(int)),
        ("Catalog:SearchCacheSize", typeof(long)),
        ("Catalog:CachedProducts", typeof(int)),
        ("Catalog:CachedCooperatives", typeof(int)),
        ("GraphQL:DocumentCacheChars", typeof(int)),
    ];

    /// <summary>Throws what <see cref="Describe"/> turns into one line.</summary>
    public static void Check(WebApplication app)
    {
        foreach (var (key, type) in Values) app.Configuration.GetValue(type, key);
        MartenRegistration.ConnectionString(app.Configuration);
        // The options registered with ValidateOnStart (bank account, Stripe, limits…): checked here rather than by the
        // host's start, which would first log the failure with its stack trace.
        app.Services.GetService<IStartupValidator>()?.Validate();
    }

    /// <summary>One line for a configuration error, or null when the exception is something else (then it stays unhandled).</summary>
    public static string? Describe(Exception exception) => exception switch
    {
        ConfigurationException e => e.Message,
        OptionsValidationException e => string.Join(" ", e.Failures.Select(f => f.Trim())),
        AggregateException { InnerExceptions.Count: 1 } e => Describe(e.InnerExceptions[0]),
        AggregateException e when e.InnerExceptions.All(i => Describe(i) != null) => string.Join(" ", e.InnerExceptions.Select(Describe)),
        // ConfigurationBinder: "Failed to convert configuration value at 'GraphQL:MaxDepth' to type 'System.Int32'."
        InvalidOperationException e when e.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) => e.Message,
        _ => null,
    };
}
