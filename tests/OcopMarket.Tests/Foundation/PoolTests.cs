using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Foundation;

/// <summary>A pool of one connection that waits at most a second for it.</summary>
public class TinyPoolFixture : ApiFixture
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Marten"] = new NpgsqlConnectionStringBuilder(ConnectionString) { Timeout = 1 }.ConnectionString,
        ["Marten:MaxPoolSize"] = "1",
    };
}

public class PoolTimeoutTests(TinyPoolFixture api) : IClassFixture<TinyPoolFixture>
{
    [Fact]
    public async Task A_request_that_waits_too_long_for_a_pooled_connection_is_503_service_unavailable_not_internal()
    {
        const string query = "{ products(first: 1) { totalCount } }";
        Assert.Equal(HttpStatusCode.OK, (await api.Client.PostAsync(query)).Status);

        GraphQLResponse starved;
        // The API's own pool: holding its only connection starves every request of this process.
        await using (await api.App.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync())
        {
            starved = await api.Client.PostAsync(query);
        }

        Assert.True(starved.Status == HttpStatusCode.ServiceUnavailable, $"{starved.Status} {starved.Body}");
        Assert.Equal("SERVICE_UNAVAILABLE", starved.FirstErrorCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Client.PostAsync(query)).Status);
    }
}

/// <summary>A pool of three, and a connection name to find them by in pg_stat_activity.</summary>
public class SmallPoolFixture : ApiFixture
{
    public string ApplicationName { get; } = "ocop_pool_" + Guid.NewGuid().ToString("N")[..8];

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Marten"] = new NpgsqlConnectionStringBuilder(ConnectionString) { ApplicationName = ApplicationName }.ConnectionString,
        ["Marten:MaxPoolSize"] = "3",
        ["RateLimits:AnonymousPerMinute"] = "100000",
    };
}

public class PoolSizeTests(SmallPoolFixture api) : IClassFixture<SmallPoolFixture>
{
    [Fact]
    public async Task Two_hundred_concurrent_clients_are_all_served_within_the_configured_pool_size()
    {
        await using var monitor = new NpgsqlConnection(ApiFixture.ConnectionString);
        await monitor.OpenAsync();
        var most = 0;
        using var done = new CancellationTokenSource();
        var sampling = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                await using var count = new NpgsqlCommand("select count(*) from pg_stat_activity where application_name = $1", monitor);
                count.Parameters.Add(new NpgsqlParameter { Value = api.ApplicationName });
                most = Math.Max(most, (int)(long)(await count.ExecuteScalarAsync())!);
                await Task.Delay(10);
            }
        });

        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            api.Client.PostAsync("query($s: String) { products(first: 5, search: $s) { totalCount } }", new { s = "mat ong " + i })));
        done.Cancel();
        await sampling;

        Assert.All(responses, r => Assert.True(r.Status == HttpStatusCode.OK && r.Errors == null, $"{r.Status} {r.Body}"));
        Assert.InRange(most, 1, 3);
    }
}
