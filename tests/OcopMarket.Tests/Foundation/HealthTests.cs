using System.Net;
using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OcopMarket.Infrastructure.Health;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Foundation;

public class HealthTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Probes_answer_200_when_the_database_is_ready(string path)
    {
        using var response = await api.Client.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ready_check_is_unhealthy_when_postgres_is_unreachable()
    {
        using var store = DocumentStore.For(o =>
        {
            o.Connection("Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=2");
        });
        var result = await new DatabaseReadyCheck(store).CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }
}
