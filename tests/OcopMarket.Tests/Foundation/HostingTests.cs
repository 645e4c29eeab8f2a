using System.Net;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Foundation;

/// <summary>The API as ./run.sh starts it: the built dll, from a working directory that is not its own.</summary>
public class HostingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Settings_files_are_loaded_whatever_the_working_directory()
    {
        // A settings file only this test's environment reads: MaxPageSize 7 instead of 100.
        var environment = "Probe" + Guid.NewGuid().ToString("N")[..8];
        var file = Path.Combine(ApiProcess.BinaryDirectory, $"appsettings.{environment}.json");
        await File.WriteAllTextAsync(file, """{ "GraphQL": { "MaxPageSize": 7 } }""");
        try
        {
            await using var process = await ApiProcess.StartAsync(ApiFixture.ConnectionString, api.Schema,
                new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = environment }, workingDirectory: Path.GetTempPath());
            using var http = new HttpClient { BaseAddress = process.BaseAddress };
            var client = new GraphQLClient(http);

            Assert.Equal("PAGE_SIZE_EXCEEDED", (await client.PostAsync("{ products(first: 8) { totalCount } }")).FirstErrorCode);
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("{ products(first: 7) { totalCount } }")).Status);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Query_strings_of_requests_never_reach_the_log_even_at_debug_level()
    {
        var secret = "s3cret" + Guid.NewGuid().ToString("N")[..12];
        await using var process = await ApiProcess.StartAsync(ApiFixture.ConnectionString, api.Schema, new Dictionary<string, string>
        {
            ["Logging__LogLevel__Default"] = "Information",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Debug",
        }, workingDirectory: Path.GetTempPath());
        using var http = new HttpClient { BaseAddress = process.BaseAddress };

        var url = "/graphql?query=" + Uri.EscapeDataString("query($password: String) { apiVersion }")
                  + "&variables=" + Uri.EscapeDataString($$"""{"password":"{{secret}}"}""") + "&token=" + secret;
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(url)).StatusCode);
        await Task.Delay(1000); // the console logger writes from a queue

        var log = string.Join("\n", process.Output);
        Assert.Contains("/graphql", log); // requests are logged (routing, at Debug), only without their query string
        Assert.DoesNotContain(secret, log);
    }
}
