namespace OcopMarket.Bench.Scenarios;

/// <summary>
/// Every scenario the benchmark knows, in the order they run. `--scenarios a,b` picks some by name.
///
/// Adding one: subclass Scenario (PrepareAsync for setup, CreateRequest per request, IsFailure, VerifyAsync after the run)
/// and list it here. Issue 5's order scenarios are PlaceOrderScenario (Scenarios/OrderScenarios.cs, set up by OrderSetup).
/// </summary>
internal static class ScenarioList
{
    public static IReadOnlyList<Scenario> All(BenchOptions options) =>
    [
        new ListingScenario(),
        // Issue 15: each compressed (Accept-Encoding: br) run right after the same request without, so both see the same machine.
        new CompressedScenario(new ListingScenario()),
        new ProductBySlugScenario(),
        new SearchWithFacetsScenario(),
        new CompressedScenario(new SearchWithFacetsScenario()),
        // Issue 17: the listing shops send (with its total) and a search no cache holds.
        new ShopListingScenario(),
        new UncachedSearchScenario(),
        new WalkPageScenario(1),
        new WalkPageScenario(options.DeepPage),
        // Issue 15: a GET of the listing (public, with its ETag) and the same GET revalidated (304).
        new ListingGetScenario(revalidate: false),
        new ListingGetScenario(revalidate: true),
        PlaceOrderScenario.Spread(),
        PlaceOrderScenario.Hot(),
    ];

    public static IReadOnlyList<Scenario> Selected(BenchOptions options)
    {
        var all = All(options);
        if (options.Scenarios is not { Count: > 0 } names) return all;
        var unknown = names.Where(n => all.All(s => s.Name != n)).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"Unknown scenario(s) {string.Join(", ", unknown)}; known: {string.Join(", ", all.Select(s => s.Name))}.");
        return all.Where(s => names.Contains(s.Name)).ToList();
    }
}
