using System.Text;
using Npgsql;
using OcopMarket.Catalog.Queries;

namespace OcopMarket.Bench;

internal sealed record QueryPlan(string Title, string Sql, IReadOnlyList<string> Lines)
{
    /// <summary>Which of the listing's and documents' indexes the plan uses, and whether any table is scanned in full.</summary>
    public string Verdict
    {
        get
        {
            var indexes = Lines.Select(l => System.Text.RegularExpressions.Regex.Match(l, @"Index (?:Only )?Scan(?: Backward)? using (\w+)|Bitmap Index Scan on (\w+)"))
                .Where(m => m.Success).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).Distinct().ToList();
            var scans = Lines.Select(l => System.Text.RegularExpressions.Regex.Match(l, @"Seq Scan on (\w+)"))
                .Where(m => m.Success).Select(m => m.Groups[1].Value).Distinct().ToList();
            return $"indexes: {(indexes.Count > 0 ? string.Join(", ", indexes) : "none")}; sequential scans: {(scans.Count > 0 ? string.Join(", ", scans) : "none")}";
        }
    }
}

/// <summary>
/// EXPLAIN (ANALYZE, BUFFERS off) of the SQL the API runs for the benchmark's requests, built by the application's own
/// ProductSearch/ProductLookup (their internal Prepare* methods), so the plans are of exactly that SQL and parameters.
/// </summary>
internal static class QueryPlans
{
    public static async Task<List<QueryPlan>> ExplainAsync(IServiceProvider services, string? deepCursor, int deepPage, string slug,
        CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<ProductSearch>();
        var lookup = scope.ServiceProvider.GetRequiredService<ProductLookup>();
        var none = new ProductFilter();
        var plans = new List<QueryPlan>();

        async Task Add(string title, NpgsqlCommand command)
        {
            await using (command) plans.Add(await ExplainAsync(title, command, ct));
        }

        await Add("listing: first page (NEWEST, first: 20)", search.PreparePage(Page(null, null)).Command);
        await Add("search \"nuoc mam\": page (RELEVANCE, first: 20)", search.PreparePage(Page("nuoc mam", null)).Command);
        await Add("search \"nuoc mam\": totalCount", search.PrepareCount("nuoc mam", none, null));
        await Add("search \"nuoc mam\": productFacets", search.PrepareFacets("nuoc mam", none));
        if (deepCursor != null) await Add($"walk: page {deepPage} (NEWEST, first: 20, after cursor)", search.PreparePage(Page(null, deepCursor)).Command);
        await Add("product by slug", lookup.PrepareBySlug(slug));
        return plans;

        static ProductQuery Page(string? text, string? after) => new(text, new ProductFilter(), null, 20, after, null, null);
    }

    private static async Task<QueryPlan> ExplainAsync(string title, NpgsqlCommand command, CancellationToken ct)
    {
        var sql = command.CommandText;
        command.CommandText = "explain (analyze, buffers off) " + sql;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) lines.Add(reader.GetString(0));
        return new QueryPlan(title, WithParameters(sql, command.Parameters), lines);
    }

    private static string WithParameters(string sql, NpgsqlParameterCollection parameters)
    {
        var text = new StringBuilder(sql.Trim());
        if (parameters.Count > 0) text.Append("\n-- ").AppendJoin(", ", parameters.Select(p => $"@{p.ParameterName} = {Show(p.Value)}"));
        return text.ToString();

        static string Show(object? value) => value is string s ? $"'{s}'" : value?.ToString() ?? "null";
    }
}
