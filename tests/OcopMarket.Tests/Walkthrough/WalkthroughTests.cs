using System.Diagnostics;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Walkthrough;

/// <summary>
/// scripts/walkthrough.sh (the README's walkthroughs) against the API as ./run.sh starts it: Development, seed loaded,
/// nothing else configured (so the VietQR step uses Development's demo account). Twice on one database: a second run
/// must not trip over the first's requests, orders, keys or the stock they used.
/// </summary>
public class WalkthroughTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_readme_walkthrough_passes_twice_in_a_row_on_one_database()
    {
        await using var process = await ApiProcess.StartAsync(ApiFixture.ConnectionString, api.Schema, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Seed__Load"] = "true",
        }, workingDirectory: Path.GetTempPath());

        for (var run = 1; run <= 2; run++)
        {
            var (exitCode, output) = await RunWalkthroughAsync(process.BaseAddress);
            Assert.True(exitCode == 0, $"run {run} failed:\n{output}");
            Assert.Contains("walkthrough passed", output);
            Assert.Contains("buyer1@ocop.local: pays by bank transfer", output);
            Assert.Contains("OCOP DEMO - KHONG CHUYEN TIEN", output);
            Assert.Contains("key ocop_test_", output);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunWalkthroughAsync(Uri api)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoRoot.Path };
        start.ArgumentList.Add(Path.Combine(RepoRoot.Path, "scripts", "walkthrough.sh"));
        start.Environment["OCOP_API"] = api.ToString().TrimEnd('/');
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await stdout + await stderr);
    }
}
