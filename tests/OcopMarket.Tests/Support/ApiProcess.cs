using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OcopMarket.Tests.Support;

/// <summary>
/// A second API process (the built OcopMarket.Api.dll, as deployed) on another loopback port, sharing the fixture's
/// database and schema: how the API scales out.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process process;

    private ApiProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Where the built API is (with its appsettings*.json), in the tests' own configuration.</summary>
    public static string BinaryDirectory =>
        Path.Combine(RepoRoot.Path, "src", "OcopMarket.Api", "bin", new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0");

    /// <summary>What the process wrote to stdout and stderr so far (its JSON console log), line by line.</summary>
    public ConcurrentQueue<string> Output { get; } = new();

    /// <param name="settings">Extra configuration, as environment variables (e.g. RateLimits__AnonymousPerMinute).</param>
    /// <param name="workingDirectory">Where the process starts (by default the test's own); it must not matter.</param>
    public static async Task<ApiProcess> StartAsync(string connectionString, string schema, IDictionary<string, string>? settings = null,
        string? workingDirectory = null)
    {
        var port = FreePort();
        var dll = Path.Combine(BinaryDirectory, "OcopMarket.Api.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory != null) start.WorkingDirectory = workingDirectory;
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ConnectionStrings__Marten"] = connectionString;
        start.Environment["Marten__Schema"] = schema;
        start.Environment["Seed__Load"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key] = value;
        var process = Process.Start(start)!;
        var api = new ApiProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => { if (e.Data != null) api.Output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data != null) api.Output.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"The second API process exited with {process.ExitCode}.");
            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return api;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        await api.DisposeAsync();
        throw new TimeoutException("The second API process did not become ready within 60 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Sends SIGTERM (what Ctrl-C or a container stop sends) and waits up to `wait` for the process to exit.</summary>
    public async Task<bool> TerminateAsync(TimeSpan wait)
    {
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString()])) await kill.WaitForExitAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(wait);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
