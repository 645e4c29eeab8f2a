using Npgsql;
using OcopMarket.Cooperatives.Provinces;
using OcopMarket.Catalog.Queries;
using OcopMarket.Cooperatives;
using OcopMarket.Ordering;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;

namespace OcopMarket.Trade;

public sealed record CountByKey(string Key, int Count);

public sealed record OrdersByStatus(string Status, int Count, long Value);

/// <summary>One province's figures (or the total when ProvinceCode is null).</summary>
public sealed class ProvinceFigures
{
    public string? ProvinceCode { get; init; }
    public int CooperativesVerified { get; set; }
    /// <summary>Verified cooperatives with at least one published listing.</summary>
    public int CooperativesActive { get; set; }
    /// <summary>Published products with a verified, unexpired certificate, per star level.</summary>
    public List<CountByKey> ProductsByStars { get; } = [];
    public int PublishedListings { get; set; }
    /// <summary>Verified buyer businesses by the province of their default address.</summary>
    public int Buyers { get; set; }
    /// <summary>Cooperative orders placed in the period, by the seller's province.</summary>
    public List<OrdersByStatus> Orders { get; } = [];
    /// <summary>Demand requests posted in the period, by delivery province.</summary>
    public int DemandRequests { get; set; }
    public int DemandRequestsAnswered { get; set; }
    public int DemandRequestsAccepted { get; set; }
}

public sealed record ClusterReportResult(DateOnly From, DateOnly To, IReadOnlyList<ProvinceFigures> Provinces, ProvinceFigures Total);

/// <summary>
/// The alliance's report per province and in total. Each module computes its own figures in PostgreSQL (GROUP BY over
/// its own tables; nothing is loaded document by document) and publishes them: Cooperatives the verified
/// cooperatives, Catalog the listings, certificates and active cooperatives, Ordering the buyers and orders; Trade adds
/// the demand requests it owns. Four round trips, one per owner.
/// </summary>
public sealed class ClusterReport(NpgsqlDataSource db, DatabaseSchema schema, ProvinceDirectory provinces, Viewer viewer,
    CooperativeStatistics cooperatives, CatalogStatistics catalog, OrderStatistics orders)
{
    public async Task<ClusterReportResult> BuildAsync(IReadOnlyList<string>? provinceCodes, DateOnly from, DateOnly to, CancellationToken ct)
    {
        viewer.DemandRole(Role.Admin);
        if (to < from) throw new ClientError(ErrorCodes.BadUserInput, "'to' must be on or after 'from'.");
        var codes = provinceCodes is { Count: > 0 } ? provinceCodes.Distinct().ToArray() : provinces.All.Select(p => p.Code).ToArray();
        foreach (var code in codes.Where(c => !provinces.Exists(c)))
            throw new ClientError(ErrorCodes.BadUserInput, $"Unknown province code '{code}' (use today's codes; the provinces query lists them).");

        var (start, end) = ReportPeriod.ToUtc(from, to);
        var figures = codes.ToDictionary(c => c, c => new ProvinceFigures { ProvinceCode = c });

        foreach (var (code, count) in await cooperatives.VerifiedByProvinceAsync(codes, ct)) figures[code].CooperativesVerified = count;
        var listed = await catalog.ByProvinceAsync(codes, ct);
        foreach (var (code, count) in listed.ActiveCooperatives) figures[code].CooperativesActive = count;
        foreach (var (code, count) in listed.ListedProducts) figures[code].PublishedListings = count;
        foreach (var (code, stars, count) in listed.CertifiedByStars) figures[code].ProductsByStars.Add(new CountByKey(stars.ToString(), count));
        var ordered = await orders.ByProvinceAsync(codes, start, end, ct);
        foreach (var (code, count) in ordered.Buyers) figures[code].Buyers = count;
        foreach (var (code, status, count, value) in ordered.Orders) figures[code].Orders.Add(new OrdersByStatus(status, count, ReportPeriod.Vnd(value)));
        await AddDemandRequestsAsync(figures, codes, start, end, ct);

        var list = codes.Select(c => figures[c]).ToList();
        return new ClusterReportResult(from, to, list, Sum(list));
    }

    /// <summary>Demand requests posted in the period by delivery province: answered (a quote) and accepted.</summary>
    private async Task AddDemandRequestsAsync(Dictionary<string, ProvinceFigures> figures, string[] codes, DateTimeOffset start,
        DateTimeOffset end, CancellationToken ct)
    {
        await using var command = db.CreateCommand($"""
            select r.delivery_province_code, count(*),
                   count(*) filter (where exists (select 1 from {schema.Table("mt_doc_quote")} q where q.request_id = r.id)),
                   count(*) filter (where r.status = 'Accepted')
            from {schema.Table("mt_doc_demandrequest")} r
            where r.created_at >= $2 and r.created_at < $3 and r.delivery_province_code = any($1) group by 1
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = codes });
        command.Parameters.Add(new NpgsqlParameter { Value = start });
        command.Parameters.Add(new NpgsqlParameter { Value = end });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var f = figures[reader.GetString(0)];
            f.DemandRequests = (int)reader.GetInt64(1);
            f.DemandRequestsAnswered = (int)reader.GetInt64(2);
            f.DemandRequestsAccepted = (int)reader.GetInt64(3);
        }
    }

    private static ProvinceFigures Sum(IReadOnlyList<ProvinceFigures> list)
    {
        var total = new ProvinceFigures
        {
            CooperativesVerified = list.Sum(f => f.CooperativesVerified), CooperativesActive = list.Sum(f => f.CooperativesActive),
            PublishedListings = list.Sum(f => f.PublishedListings), Buyers = list.Sum(f => f.Buyers),
            DemandRequests = list.Sum(f => f.DemandRequests), DemandRequestsAnswered = list.Sum(f => f.DemandRequestsAnswered),
            DemandRequestsAccepted = list.Sum(f => f.DemandRequestsAccepted)
        };
        total.ProductsByStars.AddRange(list.SelectMany(f => f.ProductsByStars).GroupBy(s => s.Key)
            .Select(g => new CountByKey(g.Key, g.Sum(s => s.Count))).OrderByDescending(s => s.Key));
        total.Orders.AddRange(list.SelectMany(f => f.Orders).GroupBy(o => o.Status)
            .Select(g => new OrdersByStatus(g.Key, g.Sum(o => o.Count), ReportPeriod.Vnd(g.Sum(o => (decimal)o.Value)))).OrderBy(o => o.Status));
        return total;
    }
}

/// <summary>The report's period and sums, kept within what the API can carry.</summary>
public static class ReportPeriod
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    // No order or request predates the platform nor lies centuries ahead: clamping an open-ended period ("0001-01-01"
    // to "9999-12-31") to these bounds selects the same rows and keeps the time arithmetic in range.
    private static readonly DateOnly Earliest = new(2000, 1, 1), Latest = new(2999, 12, 31);

    /// <summary>Whole days in Vietnam time (UTC+7), 'to' included, as a half-open UTC range [start, end).</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) ToUtc(DateOnly from, DateOnly to) =>
        (StartOf(from), StartOf(to >= Latest ? Latest.AddDays(1) : to.AddDays(1)));

    /// <summary>Vietnam midnight at the start of the day, the day clamped to [Earliest, Latest + 1].</summary>
    private static DateTimeOffset StartOf(DateOnly day) =>
        Midnight(day < Earliest ? Earliest : day > Latest ? Latest.AddDays(1) : day);

    private static DateTimeOffset Midnight(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Vietnam).ToUniversalTime();

    /// <summary>
    /// A sum of order values as VND. Orders are bounded (Money.MaxOrderTotal), so only orders stored before the bound
    /// could pass Int64; the report then shows the largest VND value rather than failing for everyone.
    /// </summary>
    public static long Vnd(decimal sum) => sum >= long.MaxValue ? long.MaxValue : (long)sum;
}
