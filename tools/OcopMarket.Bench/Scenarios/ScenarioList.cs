namespace OcopMarket.Bench.Scenarios;

/// <summary>
/// Every scenario the benchmark knows, in the order they run. `--scenarios a,b` picks some by name.
///
/// Extension point for ordering (issue 5), once placeOrder exists:
///  - "order-spread": 10 buyers placing orders over 100 SKUs; "order-hot": all buyers on one SKU.
///  - PrepareAsync registers and verifies one buyer per client (keep their tokens by ClientState.Index), picks the SKUs
///    from context.Catalog and tops their stock up (CatalogWriter.QueueSetOnHand) so the run never runs dry.
///  - CreateRequest sends placeOrder with the client's Authorization header and a fresh idempotencyKey per request.
///  - IsFailure also counts a non-empty userErrors (e.g. OUT_OF_STOCK) as an error: the target is zero errors.
/// </summary>
internal static class ScenarioList
{
    public static IReadOnlyList<Scenario> All(BenchOptions options) =>
    [
        new ListingScenario(),
        new ProductBySlugScenario(),
        new SearchWithFacetsScenario(),
        new WalkPageScenario(1),
        new WalkPageScenario(options.DeepPage),
        // new PlaceOrderScenario(skus: 100), new PlaceOrderScenario(skus: 1)   (issue 5)
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
