using System.Diagnostics;

namespace OcopMarket.Tests.Support;

/// <summary>Runs the Node scripts in tests/audit (graphql-http's audit, graphql-js helpers).</summary>
public static class Node
{
    public static string AuditDirectory => Path.Combine(RepoRoot.Path, "tests", "audit");

    public static async Task<string> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = AuditDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        if (process.ExitCode != 0) throw new InvalidOperationException($"node {string.Join(' ', args)} failed: {await stderr}");
        return await stdout;
    }
}

public static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "OcopMarket.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("OcopMarket.sln not found above the test binaries.");
    }
}
