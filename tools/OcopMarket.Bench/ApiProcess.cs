using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OcopMarket.Bench;

/// <summary>
/// The API as a separate process (the built dll, as production runs it) on a free loopback port, against the benchmark's
/// schema, with seeding off and logging at Warning. Its output goes to a log file; disposing stops it.
/// </summary>
internal sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;

    private ApiProcess(Process process, StreamWriter log, Uri baseAddress, string logPath)
    {
        this.process = process;
        this.log = log;
        BaseAddress = baseAddress;
        LogPath = logPath;
    }

    public Uri BaseAddress { get; }
    public int ProcessId => process.Id;
    public string LogPath { get; }

    /// <param name="defaultRateLimits">Keep the API's own rate limits (the API-load measures a client under them).</param>
    public static async Task<ApiProcess> StartAsync(BenchOptions options, string logPath, CancellationToken ct, bool defaultRateLimits = false)
    {
        if (!File.Exists(options.ApiDll)) throw new FileNotFoundException($"The API is not built: {options.ApiDll} (./bench.sh builds it).");
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [Path.GetFullPath(options.ApiDll)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(options.ApiDll))!,
        };
        start.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Marten"] = options.ConnectionString;
        start.Environment["Marten__Schema"] = options.SchemaName;
        start.Environment["Seed__Load"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // The load comes from one loopback client: lift the per-client rate limits, which would otherwise answer 429.
        if (!defaultRateLimits)
        {
            start.Environment["RateLimits__AnonymousPerMinute"] = "100000000";
            start.Environment["RateLimits__UserPerMinute"] = "100000000";
            start.Environment["RateLimits__ApiKeyPerMinute"] = "100000000";
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(logPath))!);
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the API.");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var api = new ApiProcess(process, log, address, logPath);
        try
        {
            await api.WaitReadyAsync(TimeSpan.FromSeconds(60), ct);
            return api;
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
    }

    private async Task WaitReadyAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited) throw new InvalidOperationException($"The API exited with code {process.ExitCode}; see {LogPath}.");
            try
            {
                using var response = await http.GetAsync("/health/ready", ct);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(200, ct);
        }
        throw new TimeoutException($"The API was not ready within {timeout.TotalSeconds} s; see {LogPath}.");
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line == null) return;
        lock (log)
        {
            if (log.BaseStream != null) log.WriteLine(line); // closed once the process is stopped
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try { await process.WaitForExitAsync(wait.Token); } catch (OperationCanceledException) { }
        }
        process.Dispose();
        lock (log) log.Dispose();
    }
}
