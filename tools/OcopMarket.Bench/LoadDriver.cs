using System.Diagnostics;
using System.Net;
using System.Text.Json;
using OcopMarket.Bench.Scenarios;

namespace OcopMarket.Bench;

internal sealed record ScenarioResult(Scenario Scenario, long Requests, long Errors, double Seconds, double P50Ms, double P99Ms,
    double MaxMs, string? FirstError, CpuShare? Cpu, Verification? Verification = null, long BodyBytes = 0)
{
    public double RequestsPerSecond => Requests / Seconds;
    /// <summary>Mean response body on the wire (compressed when the scenario asks for it).</summary>
    public double BytesPerResponse => Requests == 0 ? 0 : (double)BodyBytes / Requests;
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
        var wire = await response.Content.ReadAsByteArrayAsync(ct);
        if (Problem(scenario, response, wire, out var body) is { } problem) return problem;
        if (scenario.ExpectedStatus == HttpStatusCode.NotModified) return body.Length == 0 ? null : "a 304 with a body";
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
            share, BodyBytes: clients.Sum(c => c.Bytes));
    }

    /// <summary>
    /// Why a response is not what the scenario expects (status, Content-Encoding, GraphQL errors), or null; the body
    /// is decoded as a browser would, so compressed scenarios pay the client's share of the work too.
    /// </summary>
    private static string? Problem(Scenario scenario, HttpResponseMessage response, byte[] wire, out byte[] body)
    {
        body = wire;
        if (response.StatusCode != scenario.ExpectedStatus)
            return $"HTTP {(int)response.StatusCode}: {Gql.Text(wire)[..Math.Min(wire.Length, 300)]}";
        var encoding = response.Content.Headers.ContentEncoding.FirstOrDefault();
        if (encoding != scenario.ExpectedEncoding) return $"Content-Encoding {encoding ?? "none"}, expected {scenario.ExpectedEncoding ?? "none"}";
        if (encoding != null) body = Decode(wire, encoding);
        return scenario.IsFailure(body) ? Gql.Text(body)[..Math.Min(body.Length, 300)] : null;
    }

    private static byte[] Decode(byte[] wire, string encoding)
    {
        using var input = new MemoryStream(wire);
        using Stream decoder = encoding == "br"
            ? new System.IO.Compression.BrotliStream(input, System.IO.Compression.CompressionMode.Decompress)
            : new System.IO.Compression.GZipStream(input, System.IO.Compression.CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    private sealed class ClientRun(int index, int seed)
    {
        public ClientState State { get; } = new(index, seed);
        public List<long> Latencies { get; } = new(50_000);
        public long Errors;
        public long Bytes;
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
                var wire = await response.Content.ReadAsByteArrayAsync(ct);
                run.Bytes += wire.Length;
                error = Problem(scenario, response, wire, out _);
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
