using System.Net;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Foundation;

/// <summary>What a newcomer sees in the terminal of ./run.sh: readable lines, nothing per request, no SQL dump.</summary>
public class DevelopmentLogTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Development_logs_one_readable_line_per_event_and_nothing_per_request()
    {
        // A schema of its own that does not exist yet, so Marten creates every table (its SQL is what was dumped).
        var schema = "t_" + Guid.NewGuid().ToString("N")[..12];
        await using (var process = await ApiProcess.StartAsync(ApiFixture.ConnectionString, schema, new Dictionary<string, string>
                     {
                         ["ASPNETCORE_ENVIRONMENT"] = "Development",
                         ["Logging__LogLevel__Default"] = "Information", // as appsettings.json has it (tests usually say Warning)
                     }, workingDirectory: Path.GetTempPath()))
        {
            using var http = new HttpClient { BaseAddress = process.BaseAddress };
            var client = new GraphQLClient(http);
            for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("{ apiVersion }")).Status);
            await Task.Delay(1000); // the console logger writes from a queue

            var lines = process.Output.ToList();
            Assert.Contains(lines, l => l.Contains("Now listening on"));
            Assert.All(lines, l => Assert.False(l.StartsWith('{'), $"JSON in Development: {l}"));
            Assert.All(lines, l => Assert.True(l.Length < 500, $"a {l.Length}-character line: {l[..Math.Min(l.Length, 200)]}…"));
            Assert.DoesNotContain(lines, l => l.Contains("Request starting") || l.Contains("Executing endpoint") || l.Contains("Request finished"));
            Assert.DoesNotContain(lines, l => l.Contains("schema update SQL") || l.Contains("CREATE TABLE"));
        }
        await using var connection = new Npgsql.NpgsqlConnection(ApiFixture.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new Npgsql.NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
