using OcopMarket.Bench.Scenarios;
using System.Globalization;
using System.Text;

namespace OcopMarket.Bench;

/// <summary>The run as Markdown: setup, load time, one table row per scenario (paste into the README), and the plans.</summary>
internal static class Report
{
    public static string Render(BenchOptions options, LoadReport load, IReadOnlyList<ScenarioResult> results, IReadOnlyList<QueryPlan> plans)
    {
        var md = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        md.AppendLine($"## OcopMarket benchmark: {options.Products:N0} products, {options.Clients} clients, {options.Seconds} s per scenario");
        md.AppendLine();
        md.AppendLine($"- Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; client and server share the cores.");
        md.AppendLine("- CPU: share of all cores used during the timed run by the API, PostgreSQL, this client and other processes; " +
                      "CPU ms/req divides the API's (PostgreSQL's) CPU time by the requests, which stays comparable when other work competes.");
        var cs = new Npgsql.NpgsqlConnectionStringBuilder(options.ConnectionString);
        md.AppendLine($"- Database: PostgreSQL on {cs.Host}:{cs.Port}, SSL Mode={cs.SslMode}, Max Auto Prepare={cs.MaxAutoPrepare}, " +
                      $"Options=`{cs.Options ?? ""}` (bench.sh; the API process gets the same connection string).");
        md.AppendLine($"- Catalog: {load.Cooperatives:N0} cooperatives, {load.Products:N0} products, {load.Variants:N0} variants (schema `{options.SchemaName}`).");
        md.AppendLine(load.Reused
            ? "- Load: reused the already-loaded schema (`--reload` to measure the load)."
            : $"- Load: {load.Elapsed.TotalSeconds.ToString("0.0", inv)} s through CatalogWriter ({load.Batches} units of work of ≤ {options.BatchSize} products, {options.LoadParallelism} at a time, then ANALYZE).");
        if (results.Count == 0) return md.ToString();

        md.AppendLine();
        md.AppendLine("| scenario | requests | errors | req/s | p50 ms | p99 ms | max ms | vs baseline | target | met | CPU api/db/client/other | API CPU ms/req | DB CPU ms/req | bytes/resp |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---|---|---|---:|---:|---:|");
        foreach (var r in results)
        {
            var baseline = r.Scenario.Baseline is { } name ? results.FirstOrDefault(b => b.Scenario.Name == name) : null;
            // Cost relative to the baseline: how much longer a request takes (throughput and median latency).
            var ratio = baseline == null ? (double?)null : baseline.RequestsPerSecond / r.RequestsPerSecond;
            var ratioText = ratio is { } x ? $"{x.ToString("0.00", inv)}× (p50 {(r.P50Ms / baseline!.P50Ms).ToString("0.00", inv)}×)" : "";
            var target = r.Scenario.Target;
            md.AppendLine($"| {r.Scenario.Description} | {r.Requests:N0} | {r.Errors:N0} | {r.RequestsPerSecond.ToString("N0", inv)} " +
                          $"| {r.P50Ms.ToString("0.0", inv)} | {r.P99Ms.ToString("0.0", inv)} | {r.MaxMs.ToString("0", inv)} | {ratioText} " +
                          $"| {target?.ToString() ?? ""} | {(target == null ? "" : Meets(r, target, ratio) ? "yes" : "**no**")} | {Cpu(r.Cpu)} | {PerRequest(r, c => c.Api)} | {PerRequest(r, c => c.Database)} | {r.BytesPerResponse.ToString("N0", inv)} |");
        }
        foreach (var r in results.Where(r => r.FirstError != null))
            md.AppendLine().AppendLine($"First error in {r.Scenario.Name}: `{r.FirstError!.ReplaceLineEndings(" ")}`");
        if (results.Any(r => r.Verification != null))
        {
            md.AppendLine().AppendLine("Checks after each run (SQL on the benchmark schema):").AppendLine();
            foreach (var r in results.Where(r => r.Verification != null)) md.AppendLine($"- {r.Scenario.Name}: {r.Verification!.Text}");
        }

        if (plans.Count > 0)
        {
            md.AppendLine().AppendLine("### Query plans (EXPLAIN ANALYZE on the generated catalog)");
            foreach (var plan in plans)
            {
                md.AppendLine().AppendLine($"**{plan.Title}**: {plan.Verdict}").AppendLine();
                md.AppendLine("```sql").AppendLine(plan.Sql).AppendLine("```").AppendLine("```");
                foreach (var line in plan.Lines) md.AppendLine(line);
                md.AppendLine("```");
            }
        }
        return md.ToString();
    }

    private static string Cpu(CpuShare? c) => c == null ? "" : $"{c.Api:P0} / {c.Database:P0} / {c.Client:P0} / {c.Other:P0}";

    private static string PerRequest(ScenarioResult r, Func<CpuShare, double> share) =>
        r.Cpu is { } c ? c.MsPerRequest(share(c), r.Requests).ToString("0.00", CultureInfo.InvariantCulture) : "";

    private static bool Meets(ScenarioResult r, Target t, double? ratio) =>
        r.Errors == 0
        && (t.MinRps is not { } min || r.RequestsPerSecond >= min)
        && (t.MaxP99Ms is not { } p99 || r.P99Ms <= p99)
        && (t.MaxRatio is not { } max || ratio is { } x && x <= max);
}
