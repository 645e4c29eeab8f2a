using System.Diagnostics;
using OcopMarket.Bench;
using OcopMarket.Bench.Generation;
using OcopMarket.Bench.Scenarios;
using OcopMarket.Infrastructure;

// The benchmark (issue 3's catalog, issue 5's orders): generate and load a synthetic catalog, drive the API over HTTP, print a Markdown report.
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (BenchOptions.HelpRequested)
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
var ct = stop.Token;
void Progress(string message) => Console.Error.WriteLine($"[bench {DateTime.Now:HH:mm:ss}] {message}");

if (options.Events > 0) return await EventsBench.RunAsync(options, ct);

// The application's own services (document store, CatalogWriter, ProductSearch) against the benchmark schema; not started.
await using var app = OcopApp.Build(["--urls", "http://127.0.0.1:0"], builder =>
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["ConnectionStrings:Marten"] = options.ConnectionString,
        ["Marten:Schema"] = options.SchemaName,
        ["Seed:Load"] = "false",
        ["Logging:LogLevel:Default"] = "Warning",
    }));

var clock = Stopwatch.StartNew();
var catalog = CatalogGenerator.Generate(options.Products, CatalogLoader.Provinces(app.Services), options.Seed);
Progress($"generated {catalog.Products.Count:N0} products ({catalog.ListedSlugs.Count:N0} listed), {catalog.Cooperatives.Count:N0} cooperatives in {clock.ElapsedMilliseconds} ms");

if (options.ApiLoad) return await ApiLoad.RunAsync(options, catalog, ct);

var loader = new CatalogLoader(app.Services, options.ConnectionString!, options.SchemaName);
var load = await loader.EnsureLoadedAsync(catalog, options.BatchSize, options.LoadParallelism, options.Reload, ct);
Progress(load.Reused ? $"schema {options.SchemaName} already holds this catalog: reused" : $"loaded in {load.Elapsed.TotalSeconds:0.0} s");
if (options.LoadOnly)
{
    Console.WriteLine(Report.Render(options, load, [], []));
    return 0;
}

var scenarios = ScenarioList.Selected(options);
var results = new List<ScenarioResult>();
var checkFailures = 0;
var logPath = Path.Combine(".artifacts", "bench", $"api-{options.SchemaName}.log");
await using (var api = options.Url == null ? await ApiProcess.StartAsync(options, logPath, ct) : null)
{
    var baseAddress = api?.BaseAddress ?? options.Url!;
    Progress(api != null ? $"API ready at {baseAddress} (log: {logPath})" : $"driving the API at {baseAddress}");
    using var http = LoadDriver.CreateClient(baseAddress, options.Clients);
    var context = new BenchContext(http, catalog, options, app.Services);
    var driver = new LoadDriver(http, options, new CpuUsage(api?.ProcessId ?? options.ApiPid));
    foreach (var scenario in scenarios)
    {
        await scenario.PrepareAsync(context, ct);
        if (await driver.SampleAsync(scenario, ct) is { } problem)
        {
            checkFailures++;
            Progress($"{scenario.Name}: sample response is wrong: {problem}");
        }
    }
    // Warm every scenario up first: the JIT's tier-1 recompilation of the GraphQL, Npgsql and Kestrel paths costs
    // seconds of CPU and would otherwise be billed to whichever scenario runs first.
    Progress($"warming up: {options.WarmupSeconds} s per scenario");
    foreach (var scenario in scenarios) await driver.WarmUpAsync(scenario, options.WarmupSeconds, ct);
    foreach (var scenario in scenarios)
    {
        var result = await driver.RunAsync(scenario, ct);
        if (await scenario.VerifyAsync(context, ct) is { } verification)
        {
            result = result with { Verification = verification };
            Progress($"{scenario.Name}: check after the run: {verification.Text}");
        }
        results.Add(result);
        Progress($"{scenario.Name}: {result.RequestsPerSecond:N0} req/s, p50 {result.P50Ms:0.0} ms, p99 {result.P99Ms:0.0} ms, {result.Errors} errors; CPU {result.Cpu}; " +
                 $"API {result.Cpu?.MsPerRequest(result.Cpu.Api, result.Requests):0.00} ms/req, DB {result.Cpu?.MsPerRequest(result.Cpu.Database, result.Requests):0.00} ms/req");
    }
}

var plans = new List<QueryPlan>();
if (!options.NoExplain)
{
    var deep = scenarios.OfType<WalkPageScenario>().Select(s => s.DeepCursor).LastOrDefault(c => c != null);
    plans = await QueryPlans.ExplainAsync(app.Services, deep, options.DeepPage, catalog.ListedSlugs[catalog.ListedSlugs.Count / 2], ct);
}

var report = Report.Render(options, load, results, plans);
Console.WriteLine(report);
if (options.Output is { } output) await File.WriteAllTextAsync(output, report, ct);
return results.Any(r => r.Errors > 0 || r.Verification is { Ok: false }) || checkFailures > 0 ? 1 : 0;
