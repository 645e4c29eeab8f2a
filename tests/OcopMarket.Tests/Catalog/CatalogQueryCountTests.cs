using System.Collections.Concurrent;
using System.Diagnostics;
using OcopMarket.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace OcopMarket.Tests.Catalog;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class QueryCountingCollection
{
    /// <summary>Runs alone, so no other test's database traffic can be counted by mistake.</summary>
    public const string Name = "Database command counting";
}

public class QueryCountFixture : SeededCatalogFixture
{
    protected override string FacetCacheSeconds => "0"; // count every request's own statements

    /// <summary>No document cache either: every page reads its documents, so page sizes are compared like for like.</summary>
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Catalog:CachedProducts"] = "0",
        ["Catalog:CachedCooperatives"] = "0",
    };
}

/// <summary>The production settings: documents read once are reused while their revision is unchanged.</summary>
public class CachedQueryCountFixture : SeededCatalogFixture
{
    protected override string FacetCacheSeconds => "0";
}

/// <summary>
/// No N+1: counts the database commands a page really sends, measured by Npgsql itself (its "Npgsql" ActivitySource
/// starts one activity per command sent when a listener is attached), not by counters in our own code.
/// </summary>
[Collection(QueryCountingCollection.Name)]
public class CatalogQueryCountTests(QueryCountFixture api, ITestOutputHelper output) : IClassFixture<QueryCountFixture>
{
    private const string Query = """
        query($first: Int) {
          products(first: $first, order: NEWEST) {
            totalCount
            edges { cursor node {
              slug name
              cooperative { name province { name } }
              variants { sku stockAvailable priceTiers { unitPrice } }
            } }
          }
        }
        """;

    internal static async Task<List<string>> CommandsForPageAsync(ApiFixture api, ITestOutputHelper output, int first)
    {
        var commands = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                var statement = activity.GetTagItem("db.query.text") as string ?? activity.GetTagItem("db.statement") as string ?? activity.DisplayName;
                // Only this fixture's database schema: the app writes every table name qualified with it. The rate
                // limiter's counts are shared in the background, whatever the page: not a page's cost.
                if (statement.Contains(api.Schema, StringComparison.Ordinal) && !statement.Contains("ocop_rate_usage", StringComparison.Ordinal))
                    commands.Enqueue(statement);
            },
        };
        ActivitySource.AddActivityListener(listener);

        var response = await api.Client.PostAsync(Query, new { first });
        var edges = response.OkData()["products"]!["edges"]!.AsArray();
        Assert.Equal(first, edges.Count);
        Assert.All(edges, e => Assert.NotEmpty(e!["node"]!["variants"]!.AsArray()));
        // The listener stops activities synchronously, but give a stray callback on another thread a moment.
        await Task.Delay(50);
        output.WriteLine($"first: {first} → {commands.Count} commands");
        foreach (var command in commands) output.WriteLine("  " + command.ReplaceLineEndings(" ")[..Math.Min(160, command.Length)]);
        return commands.ToList();
    }

    [Fact]
    public async Task A_page_of_50_takes_as_many_database_commands_as_a_page_of_5()
    {
        await CommandsForPageAsync(api, output, 5); // warm-up: nothing on first use may be counted as per-row cost
        var five = await CommandsForPageAsync(api, output, 5);
        var fifty = await CommandsForPageAsync(api, output, 50);

        Assert.NotEmpty(five); // the measurement works at all
        Assert.Equal(five.Count, fifty.Count);
        // The page's rows + one batch of their documents + totalCount (cooperatives and stock come with the rows).
        Assert.True(fifty.Count <= 3, $"a page took {fifty.Count} commands:\n{string.Join("\n", fifty)}");
    }
}

[Collection(QueryCountingCollection.Name)]
public class CachedDocumentQueryCountTests(CachedQueryCountFixture api, ITestOutputHelper output) : IClassFixture<CachedQueryCountFixture>
{
    [Fact]
    public async Task A_page_read_again_takes_one_command_less_and_reads_no_documents()
    {
        var cold = await CatalogQueryCountTests.CommandsForPageAsync(api, output, 50);
        var warm = await CatalogQueryCountTests.CommandsForPageAsync(api, output, 50);

        Assert.Contains(cold, c => c.Contains("mt_doc_product") && c.Contains("select data"));
        Assert.Equal(cold.Count - 1, warm.Count);
        Assert.DoesNotContain(warm, c => c.Contains("select data"));
    }
}
