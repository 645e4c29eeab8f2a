using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OcopMarket.Infrastructure;
using Xunit;

namespace OcopMarket.Tests.Support;

/// <summary>
/// The real API on Kestrel at a loopback port, against the real PostgreSQL, in a database schema of its own
/// (dropped afterwards) so fixtures never see each other's data.
/// </summary>
public class ApiFixture : IAsyncLifetime
{
    public static string ConnectionString =>
        System.Environment.GetEnvironmentVariable("OCOP_TEST_CONNECTION")
        ?? "Host=127.0.0.1;Port=5432;Database=ocop_test;Username=ocop;Password=ocop";

    public string Schema { get; } = "t_" + Guid.NewGuid().ToString("N")[..12];
    public WebApplication App { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;
    public GraphQLClient Client { get; private set; } = null!;

    /// <summary>The hosting environment the API runs in.</summary>
    protected virtual string Environment => "Testing";

    /// <summary>Extra configuration for a fixture (limits, seed loading…).</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Marten"] = ConnectionString,
            ["Marten:Schema"] = Schema,
            ["Seed:Load"] = "false",
            // Tests change the catalog and read counts right after: no cross-request facet cache unless a fixture asks.
            ["Catalog:FacetCacheSeconds"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in Settings) settings[key] = value;

        App = OcopApp.Build(["--urls", "http://127.0.0.1:0", "--environment", Environment],
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings);
                ConfigureServices(builder.Services);
            });
        await App.StartAsync();
        var address = App.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address);
        Client = new GraphQLClient(new HttpClient { BaseAddress = BaseAddress });
        await AfterStartAsync();
    }

    /// <summary>Test-only services (e.g. a field that fails on purpose).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    protected virtual Task AfterStartAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Schema} CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
