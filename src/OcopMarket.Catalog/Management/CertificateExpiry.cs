using Marten;
using Npgsql;
using OcopMarket.Catalog.Model;
using OcopMarket.Catalog.Search;
using OcopMarket.Kernel.Events;
using OcopMarket.Kernel.Jobs;

namespace OcopMarket.Catalog.Management;

/// <summary>
/// Tells a cooperative when a listed product's verified OCOP certificate runs out in 30 days and again in 7
/// (certificate.expiring). Every API process runs it once an hour; each (product, expiry date, threshold) is recorded
/// under a stable event id, so the outbox keeps it once, and a day the API was down is caught up on the next run.
/// </summary>
internal sealed class CertificateExpiry(IDocumentStore store, NpgsqlDataSource db, DatabaseSchema schema, EventOutbox outbox,
    TimeProvider clock, ILogger<CertificateExpiry> logger) : HourlyJob(logger)
{
    public const string Expiring = "certificate.expiring";
    public static readonly int[] Thresholds = [30, 7];

    protected override string Work => "look for expiring certificates";

    protected override Task RunOnceAsync(CancellationToken ct) => RecordDueAsync(ct);

    /// <summary>Records the events now due; returns how many products were looked at.</summary>
    public async Task<int> RecordDueAsync(CancellationToken ct)
    {
        var today = VietnamClock.Today(clock);
        var ids = new List<Guid>();
        await using (var command = db.CreateCommand(
                         $"select id from {schema.Table(ListingTable.Name)} where listed and certified_until > $1 and certified_until <= $2"))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = today });
            command.Parameters.Add(new NpgsqlParameter { Value = today.AddDays(Thresholds.Max()) });
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) ids.Add(reader.GetGuid(0));
        }
        if (ids.Count == 0) return 0;

        await using var session = store.LightweightSession();
        foreach (var product in await session.LoadManyAsync<Product>(ct, ids))
        {
            if (product.Certificate is not { Verified: true } certificate) continue;
            var daysLeft = certificate.ExpiresOn.DayNumber - today.DayNumber;
            // The smallest threshold reached: a product found 5 days out is told "7 days", not "30".
            var threshold = Thresholds.Where(t => daysLeft <= t).DefaultIfEmpty(0).Min();
            if (threshold == 0) continue;
            outbox.Record(session, Expiring, "product:" + product.Id, EventAudience.Cooperative(product.CooperativeId),
                new CertificateExpiringData(GlobalId.Encode(Catalog.GraphQL.ProductGraphNames.Product, product.Id), product.Slug, product.Name,
                    GlobalId.Encode(Cooperatives.GraphQL.CooperativeGraphNames.Cooperative, product.CooperativeId),
                    certificate.ExpiresOn, daysLeft, threshold),
                StableIds.From(Expiring, $"{product.Id:N}:{certificate.ExpiresOn:yyyy-MM-dd}:{threshold}"));
        }
        await session.SaveChangesAsync(ct);
        return ids.Count;
    }
}

/// <summary>The data of certificate.expiring: <see cref="Threshold"/> is 30 or 7, <see cref="DaysLeft"/> the days actually left.</summary>
public sealed record CertificateExpiringData(string ProductId, string Slug, string Name, string CooperativeId, DateOnly ExpiresOn,
    int DaysLeft, int Threshold);
