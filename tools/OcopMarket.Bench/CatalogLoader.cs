using System.Diagnostics;
using Marten;
using Npgsql;
using OcopMarket.Bench.Generation;
using OcopMarket.Catalog;
using OcopMarket.Cooperatives.Provinces;
using OcopMarket.Cooperatives.Model;

namespace OcopMarket.Bench;

internal sealed record LoadReport(bool Reused, TimeSpan Elapsed, int Cooperatives, int Products, int Variants, int Batches);

/// <summary>
/// Loads a synthetic catalog into the benchmark's schema through the application's own document store and write path
/// (CatalogWriter.Save and QueueSetOnHand), so documents, listing rows and stock rows are exactly what the app writes,
/// only batched: one unit of work (one transaction) per batch of products. A schema whose marker says it holds the same
/// generator version and size is reused as it is.
/// </summary>
internal sealed class CatalogLoader(IServiceProvider services, string connectionString, string schema)
{
    private string Marker(int size) => $"ocop-bench generator={CatalogGenerator.Version} products={size}";

    public async Task<LoadReport> EnsureLoadedAsync(SyntheticCatalog catalog, int batchSize, int parallelism, bool force,
        CancellationToken ct)
    {
        await using var db = NpgsqlDataSource.Create(connectionString);
        if (!force && await ReadMarkerAsync(db, ct) == Marker(catalog.Size))
            return new LoadReport(true, TimeSpan.Zero, catalog.Cooperatives.Count, catalog.Products.Count, catalog.VariantCount, 0);

        await using (var drop = db.CreateCommand($"drop schema if exists {schema} cascade")) await drop.ExecuteNonQueryAsync(ct);
        var store = services.GetRequiredService<IDocumentStore>();
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        var clock = Stopwatch.StartNew();
        await using (var session = store.LightweightSession())
        {
            session.Insert(catalog.Cooperatives.ToArray());
            await session.SaveChangesAsync(ct);
        }

        var cooperatives = catalog.Cooperatives.ToDictionary(c => c.Slug, OcopMarket.Cooperatives.CooperativeSummary.Of);
        var batches = catalog.Products.Chunk(batchSize).ToList();
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct },
            async (batch, token) => await SaveBatchAsync(batch, cooperatives, token));

        // Fresh tables have no statistics until autovacuum gets to them; plans are measured on analysed tables.
        await using (var analyze = db.CreateCommand(
            $"analyze {schema}.mt_doc_product; analyze {schema}.mt_doc_cooperative; analyze {schema}.ocop_product_listing; analyze {schema}.ocop_stock"))
            await analyze.ExecuteNonQueryAsync(ct);
        clock.Stop();

        await using (var mark = db.CreateCommand($"comment on schema {schema} is '{Marker(catalog.Size)}'")) await mark.ExecuteNonQueryAsync(ct);
        return new LoadReport(false, clock.Elapsed, catalog.Cooperatives.Count, catalog.Products.Count, catalog.VariantCount, batches.Count);
    }

    private async Task SaveBatchAsync(ProductSeed[] batch, Dictionary<string, OcopMarket.Cooperatives.CooperativeSummary> cooperatives, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<CatalogWriter>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        foreach (var seed in batch)
        {
            var cooperative = cooperatives[seed.CooperativeSlug];
            var product = seed.ToProduct(cooperative.Id, now);
            writer.Save(product, cooperative);
            foreach (var variant in seed.Variants) writer.QueueSetOnHand(variant.Sku, product.Id, variant.Stock);
        }
        await writer.Session.SaveChangesAsync(ct);
    }

    private async Task<string?> ReadMarkerAsync(NpgsqlDataSource db, CancellationToken ct)
    {
        await using var command = db.CreateCommand(
            "select obj_description(oid, 'pg_namespace') from pg_namespace where nspname = @schema");
        command.Parameters.AddWithValue("schema", schema);
        return await command.ExecuteScalarAsync(ct) as string;
    }

    public static ProvinceDirectory Provinces(IServiceProvider services) => services.GetRequiredService<ProvinceDirectory>();
}
