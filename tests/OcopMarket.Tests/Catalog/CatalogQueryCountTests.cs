using System.Collections.Concurrent;
using System.Diagnostics;
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

    private async Task<List<string>> CommandsForPageAsync(int first)
    {
        var commands = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                var statement = activity.GetTagItem("db.query.text") as string ?? activity.GetTagItem("db.statement") as string ?? activity.DisplayName;
                // Only this fixture's database schema: the app writes every table name qualified with it.
                if (statement.Contains(api.Schema, StringComparison.Ordinal)) commands.Enqueue(statement);
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
        await CommandsForPageAsync(5); // warm-up: nothing on first use may be counted as per-row cost
        var five = await CommandsForPageAsync(5);
        var fifty = await CommandsForPageAsync(50);

        Assert.NotEmpty(five); // the measurement works at all
        Assert.Equal(five.Count, fifty.Count);
        // products + totalCount + one batch of cooperatives + one batch of stock.
        Assert.True(fifty.Count <= 4, $"a page took {fifty.Count} commands:\n{string.Join("\n", fifty)}");
    }
}
