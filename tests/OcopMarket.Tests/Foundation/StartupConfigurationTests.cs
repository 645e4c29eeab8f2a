using System.Diagnostics;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Foundation;

/// <summary>The built API started as ./run.sh starts it, with one setting wrong: one line on stderr, exit code 1.</summary>
public class StartupConfigurationTests
{
    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunApiAsync(IDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(ApiProcess.BinaryDirectory, "OcopMarket.Api.dll"));
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Marten"] = ApiFixture.ConnectionString;
        start.Environment["Marten__Schema"] = "t_never_created";
        foreach (var (key, value) in settings) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException("The API kept running with an invalid setting.");
        }
        return (process.ExitCode, await stdout, await stderr);
    }

    [Theory]
    [InlineData("Payments__BankTransfer__BankBin", "97043X", "Payments:BankTransfer")]
    [InlineData("Payments__BankTransfer__AccountNumber", "", "Payments:BankTransfer")] // a BIN (Development's demo) without an account
    [InlineData("GraphQL__MaxDepth", "twelve", "GraphQL:MaxDepth")]
    [InlineData("GraphQL__MaxPageSize", "0", "GraphQL")]
    [InlineData("Catalog__FacetCacheSeconds", "5s", "Catalog:FacetCacheSeconds")]
    [InlineData("RateLimits__UserPerMinute", "lots", "RateLimits:UserPerMinute")]
    [InlineData("Identity__Tokens__LifetimeHours", "-1", "Identity:Tokens:LifetimeHours")]
    [InlineData("ConnectionStrings__Marten", "Host=127.0.0.1;Port=abc;Password=hunter2", "ConnectionStrings:Marten")]
    public async Task An_invalid_setting_stops_the_process_with_one_line_naming_it_and_exit_code_1(string key, string value, string named)
    {
        var (exitCode, stdout, stderr) = await RunApiAsync(new Dictionary<string, string> { [key] = value });

        Assert.Equal(1, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("OcopMarket cannot start: invalid configuration: ", line);
        Assert.Contains(named, line);
        Assert.DoesNotContain("hunter2", stderr + stdout);
        Assert.DoesNotContain("   at ", stderr + stdout); // no stack trace anywhere
        Assert.DoesNotContain("Exception", stdout);
    }
}
