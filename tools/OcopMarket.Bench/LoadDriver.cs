using System.Diagnostics;
using System.Net;
using System.Text.Json;
using OcopMarket.Bench.Scenarios;

namespace OcopMarket.Bench;

internal sealed record ScenarioResult(Scenario Scenario, long Requests, long Errors, double Seconds, double P50Ms, double P99Ms,
    double MaxMs, string? FirstError, CpuShare? Cpu, Verification? Verification = null)
{
    public double RequestsPerSecond => Requests / Seconds;
}

/// <summary>
/// Drives one scenario: C clients, each sending its next request as soon as the last one answered (closed loop), on
/// one keep-alive HttpClient, for a fixed time after a warm-up. Every response is read in full and checked.
/// </summary>
internal sealed class LoadDriver(HttpClient http, BenchOptions options, CpuUsage cpu)
{
    public static HttpClient CreateClient(Uri baseAddress, int clients) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = clients,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        AutomaticDecompression = DecompressionMethods.None,
        UseProxy = false,
    })
    { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>One request outside the timed run: fails if the response is not a 200 with the data the scenario expects.</summary>
    public async Task<string?> SampleAsync(Scenario scenario, CancellationToken ct)
    {
        using var response = await http.SendAsync(scenario.CreateRequest(new ClientState(-1, options.Seed)), ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        if (response.StatusCode != HttpStatusCode.OK || scenario.IsFailure(body))
            return $"HTTP {(int)response.StatusCode}: {Gql.Text(body)[..Math.Min(body.Length, 400)]}";
        using var json = JsonDocument.Parse(body);
        return scenario.Check(json.RootElement.GetProperty("data"));
    }

    public async Task WarmUpAsync(Scenario scenario, int seconds, CancellationToken ct)
    {
        if (seconds > 0) await RunClientsAsync(scenario, TimeSpan.FromSeconds(seconds), ct);
    }

    /// <summary>A short warm-up of this scenario (after the warm-up pass over all of them), then the timed run.</summary>
    public async Task<ScenarioResult> RunAsync(Scenario scenario, CancellationToken ct)
    {
        await WarmUpAsync(scenario, Math.Min(1, options.WarmupSeconds), ct);
        GC.Collect();
        cpu.Restart();
        var started = Stopwatch.GetTimestamp();
        var clients = await RunClientsAsync(scenario, TimeSpan.FromSeconds(options.Seconds), ct);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var share = cpu.Stop();

        var latencies = clients.SelectMany(c => c.Latencies).ToArray();
        Array.Sort(latencies);
        double Percentile(double p) => latencies.Length == 0 ? double.NaN
            : TicksToMs(latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)]);
        return new ScenarioResult(scenario, latencies.Length, clients.Sum(c => c.Errors), seconds, Percentile(0.50), Percentile(0.99),
            latencies.Length == 0 ? double.NaN : TicksToMs(latencies[^1]), clients.Select(c => c.FirstError).FirstOrDefault(e => e != null),
            share);
    }

    private sealed class ClientRun(int index, int seed)
    {
        public ClientState State { get; } = new(index, seed);
        public List<long> Latencies { get; } = new(50_000);
        public long Errors;
        public string? FirstError;
    }

    private async Task<ClientRun[]> RunClientsAsync(Scenario scenario, TimeSpan duration, CancellationToken ct)
    {
        var runs = Enumerable.Range(0, options.Clients).Select(i => new ClientRun(i, options.Seed)).ToArray();
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        // Bounded: a request in flight at the deadline may finish, but nothing runs 30 s past it.
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(duration + TimeSpan.FromSeconds(30));
        await Task.WhenAll(runs.Select(run => Task.Run(() => ClientLoopAsync(scenario, run, deadline, limit.Token), CancellationToken.None)));
        return runs;
    }

    private async Task ClientLoopAsync(Scenario scenario, ClientRun run, long deadline, CancellationToken ct)
    {
        while (Stopwatch.GetTimestamp() < deadline && !ct.IsCancellationRequested)
        {
            var start = Stopwatch.GetTimestamp();
            string? error = null;
            try
            {
                using var request = scenario.CreateRequest(run.State);
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
                var body = await response.Content.ReadAsByteArrayAsync(ct);
                if (response.StatusCode != HttpStatusCode.OK) error = $"HTTP {(int)response.StatusCode}: {Gql.Text(body)[..Math.Min(body.Length, 300)]}";
                else if (scenario.IsFailure(body)) error = Gql.Text(body)[..Math.Min(body.Length, 300)];
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
            {
                if (ct.IsCancellationRequested) break;
                error = ex.GetType().Name + ": " + ex.Message;
            }
            run.Latencies.Add(Stopwatch.GetTimestamp() - start);
            if (error != null)
            {
                run.Errors++;
                run.FirstError ??= error;
            }
        }
    }

    private static double TicksToMs(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
