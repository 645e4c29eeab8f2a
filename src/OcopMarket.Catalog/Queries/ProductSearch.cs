using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using OcopMarket.Catalog.Model;
using OcopMarket.Cooperatives.Provinces;
using OcopMarket.Catalog.Search;

namespace OcopMarket.Catalog.Queries;

/// <summary>
/// The public catalog's read side: keyset-paged product listings, search, counts and facets, one SQL statement
/// each, over the listing table's indexes (a page's documents not yet cached cost one more, see ProductRows).
/// Deep pages cost what the first page costs. Per search it remembers whether
/// the words match (so the typo branch runs only when they do not), its matches with the fields filters read (so the
/// facets and totalCount of any filter of it are counted in memory: a total is the facets' sum), its ranking (see RankedRowsAsync) and a listing's total — for
/// Catalog:FacetCacheSeconds in this process (default 5), since a filter sidebar or a search's order may lag a few
/// seconds behind the catalog (the products shown never do); 0 keeps them for the request only. A total counted afresh on
/// every request cost as much as the page itself and grew with the catalog.
/// </summary>
internal sealed class ProductSearch(NpgsqlDataSource db, DatabaseSchema schema, ProvinceDirectory provinces, ProductRows documents,
    IOptions<QueryLimits> limits, IMemoryCache cache, IConfiguration configuration, TimeProvider clock)
{
    private sealed record OrderSpec(string Key, bool Descending, NpgsqlDbType KeyType);

    private readonly Dictionary<string, object> requestMemo = new();
    private readonly TimeSpan shared = TimeSpan.FromSeconds(configuration.GetValue("Catalog:FacetCacheSeconds", 5));

    /// <summary>
    /// The value for this key from the request, the process cache or the database, in that order. The process cache
    /// is bounded (Catalog:SearchCacheSize units, see CatalogRegistration): a remembered value counts 1, a ranking 1
    /// per 50 entries more.
    /// </summary>
    private async Task<T> RememberedAsync<T>(string key, Func<Task<T>> compute, int size = 1, Func<T, int>? sizeOf = null) where T : notnull
    {
        key = $"{schema.Name}|{key}";
        if (requestMemo.TryGetValue(key, out var mine)) return (T)mine;
        if (shared > TimeSpan.Zero && cache.TryGetValue(key, out T? cached) && cached != null) return (T)(requestMemo[key] = cached);
        var value = await compute();
        if (shared > TimeSpan.Zero)
            cache.Set(key, value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = shared, Size = sizeOf?.Invoke(value) ?? size });
        requestMemo[key] = value;
        return value;
    }

    public async Task<ProductPage> PageAsync(ProductQuery query, CancellationToken ct)
    {
        var mode = await ModeAsync(query.Search, ct);
        var (command, order, size, backward, after, before) = PreparePage(query, mode);
        await using var _ = command;
        if (size == 0) return new ProductPage([], false, false);

        var rows = (order == ProductOrder.Relevance && !backward ? await RankedRowsAsync(query, mode, size, after, ct) : null)
            ?? await PageRowsAsync(command, order, ct);
        var products = await documents.ProductsAsync(rows.Select(r => r.Row).ToList(), ct);
        var edges = new List<ProductEdge>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
            if (products[i] is { } product) edges.Add(new ProductEdge(product, rows[i].Cursor));
        var more = edges.Count > size;
        if (more) edges.RemoveAt(edges.Count - 1);
        if (backward) edges.Reverse();
        return backward
            ? new ProductPage(edges, HasNextPage: before != null, HasPreviousPage: more)
            : new ProductPage(edges, HasNextPage: more, HasPreviousPage: after != null);
    }

    private static async Task<List<(ProductRow Row, string Cursor)>> PageRowsAsync(NpgsqlCommand command, ProductOrder order, CancellationToken ct)
    {
        var rows = new List<(ProductRow, string)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            rows.Add((ProductRows.Read(reader, 2), new Cursor(order, KeyString(order, reader, 0), reader.GetGuid(1)).Encode()));
        return rows;
    }

    /// <summary>How many of a search's best matches its remembered ranking holds (25 pages of 20).</summary>
    private const int RankingSize = 500;

    private readonly record struct RankedId(string Key, Guid Id);

    private sealed record Ranking(List<RankedId> Entries, bool Complete);

    /// <summary>
    /// A forward relevance page from the search's ranking, remembered like the facets (Catalog:FacetCacheSeconds):
    /// ranking means computing ts_rank for every match before the best 20 are known (21 ms for the 4,572 matches of
    /// "nuoc mam" among 100,000 products), while the page's rows by id cost what a listing page does. A match's rank
    /// does not depend on the filter, so one ranking per search (and cooperative) serves every filter: the page is the
    /// ranking's entries that pass the filter, checked in windows by id, so a shop's price or province filter costs no
    /// new ranking. The rows are read now, so a product unlisted since (or no longer passing the filter) is left out and
    /// documents, stock and cooperatives are current; a product listed since, or re-ranked by an edit, shows once the
    /// ranking expires. Null when the ranking cannot answer: no cache, a cursor it does not hold, a page past its 500
    /// entries, or a filter that lets too few of them through.
    /// </summary>
    private async Task<List<(ProductRow Row, string Cursor)>?> RankedRowsAsync(ProductQuery query, SearchMode mode, int size,
        Cursor? after, CancellationToken ct)
    {
        if (shared <= TimeSpan.Zero) return null;
        var ranking = await RememberedAsync("ranking|" + JsonSerializer.Serialize(new { query.Search, query.CooperativeId, mode }),
            () => ReadRankingAsync(query, mode, ct), size: 1 + RankingSize / 50);
        var entries = ranking.Entries;
        var start = 0;
        if (after != null)
        {
            var at = entries.FindIndex(e => e.Id == after.Id && e.Key == after.Key);
            if (at < 0) return null;
            start = at + 1;
        }

        // Windows of the ranking, checked against the filter by id, until the page (and one more, for hasNextPage) is
        // found. Without a filter the first window almost always does (a few spare for products unlisted since).
        var filtered = !IsEmpty(query.Filter);
        var rows = new List<(ProductRow, string)>(size + 1);
        for (var windows = 0; rows.Count < size + 1 && start < entries.Count && windows < MaxRankingWindows; windows++)
        {
            var window = entries.GetRange(start, Math.Min(filtered ? Math.Max(100, 2 * (size + 1)) : size + 6, entries.Count - start));
            var found = await RowsByIdAsync(query, window.Select(e => e.Id).ToArray(), ct);
            rows.AddRange(window.Where(e => found.ContainsKey(e.Id)).Take(size + 1 - rows.Count)
                .Select(e => (found[e.Id], new Cursor(ProductOrder.Relevance, e.Key, e.Id).Encode())));
            start += window.Count;
        }
        var exhausted = start >= entries.Count && ranking.Complete;
        return rows.Count == size + 1 || exhausted ? rows : null;
    }

    /// <summary>How many windows of a remembered ranking a filtered page may check before the page is ranked afresh.</summary>
    private const int MaxRankingWindows = 3;

    private static bool IsEmpty(ProductFilter filter) =>
        filter.ProvinceCodes is not { Count: > 0 } && filter.Groups is not { Count: > 0 } && filter.MinStars == null && filter.CooperativeSlug == null
        && filter.MinPrice == null && filter.MaxPrice == null && filter.InStock == null && filter.CertifiedOnly != true;

    private async Task<Ranking> ReadRankingAsync(ProductQuery query, SearchMode mode, CancellationToken ct)
    {
        await using var command = db.CreateCommand();
        var filter = new ProductSqlFilter(command, schema, provinces, query.Search, new ProductFilter(), query.CooperativeId, VietnamClock.Today(clock), mode);
        command.CommandText = $"""
            select {filter.RankExpression} as sort_key, l.id from {schema.Table(ListingTable.Name)} l
            where {filter.Where}
            order by sort_key desc, l.id desc
            limit {RankingSize + 1}
            """;
        var entries = new List<RankedId>(RankingSize + 1);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) entries.Add(new RankedId(KeyString(ProductOrder.Relevance, reader, 0), reader.GetGuid(1)));
        var complete = entries.Count <= RankingSize;
        if (!complete) entries.RemoveAt(RankingSize);
        return new Ranking(entries, complete);
    }

    /// <summary>
    /// The ones of these products that are listed and pass the query's filter, as rows. The search's own condition is
    /// left out: the ids come from its ranking, and with it PostgreSQL would intersect the id lookup with a scan of every
    /// match in the search index (measured: twice the database time of a cached search page).
    /// </summary>
    private async Task<Dictionary<Guid, ProductRow>> RowsByIdAsync(ProductQuery query, Guid[] ids, CancellationToken ct)
    {
        await using var command = db.CreateCommand();
        var filter = new ProductSqlFilter(command, schema, provinces, null, query.Filter, query.CooperativeId, VietnamClock.Today(clock));
        filter.And($"l.id = any({filter.Param(ids)})");
        command.CommandText = $"""
            select {ProductRows.Columns(schema, query.WithRelated)}
            from {schema.Table(ListingTable.Name)} l join {schema.Table("mt_doc_product")} d on d.id = l.id
            {ProductRows.Join(schema, query.WithRelated)}
            where {filter.Where}
            """;
        var rows = new Dictionary<Guid, ProductRow>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var row = ProductRows.Read(reader, 0);
            rows[row.Id] = row;
        }
        return rows;
    }

    /// <summary>A page query's command (SQL and bound parameters, not yet run) and what reading its rows needs.</summary>
    internal sealed record PageCommand(NpgsqlCommand Command, ProductOrder Order, int Size, bool Backward, Cursor? After, Cursor? Before);

    /// <summary>Builds the page's SQL without running it (PageAsync runs it; the benchmark EXPLAINs it). Dispose the command.</summary>
    internal PageCommand PreparePage(ProductQuery query, SearchMode mode = SearchMode.Words)
    {
        if (query.First != null && query.Last != null)
            throw new ClientError(ErrorCodes.BadUserInput, "Use first/after or last/before, not both.");
        var backward = query.Last != null || (query.First == null && query.Before != null);
        var size = query.First ?? query.Last ?? limits.Value.DefaultPageSize;
        var order = query.EffectiveOrder;
        var after = query.After is { } a ? Cursor.Decode(a, order) : null;
        var before = query.Before is { } b ? Cursor.Decode(b, order) : null;

        var command = db.CreateCommand();
        var filter = new ProductSqlFilter(command, schema, provinces, query.Search, query.Filter, query.CooperativeId, VietnamClock.Today(clock), mode);
        var spec = Spec(order, filter);
        // Walking backward reads the order reversed from the `before` cursor, then flips the page.
        var descending = spec.Descending ^ backward;
        var boundary = backward ? before : after;
        if (boundary != null)
        {
            var op = descending ? "<" : ">";
            filter.And($"({spec.Key}, l.id) {op} ({filter.Param(KeyValue(boundary), spec.KeyType)}, {filter.Param(boundary.Id)})");
        }

        var direction = descending ? "desc" : "asc";
        // The page is chosen on the narrow listing rows first; only its rows are joined to their documents (a search
        // may match hundreds of products, and sorting them with their documents attached cost 3x as much).
        command.CommandText = $"""
            with page as (
              select {spec.Key} as sort_key, l.id, l.cooperative_id from {schema.Table(ListingTable.Name)} l
              where {filter.Where}
              order by {spec.Key} {direction}, l.id {direction}
              limit {size + 1})
            select l.sort_key, l.id, {ProductRows.Columns(schema, query.WithRelated)}
            from page l join {schema.Table("mt_doc_product")} d on d.id = l.id
            {ProductRows.Join(schema, query.WithRelated)}
            order by l.sort_key {direction}, l.id {direction}
            """;
        return new PageCommand(command, order, size, backward, after, before);
    }

    public async Task<int> CountAsync(string? search, ProductFilter filter, Guid? cooperativeId, CancellationToken ct)
    {
        // A search's matches are few: counting them by group costs what counting them does, and the facets that a
        // search page almost always asks for next are then already there (every product is in exactly one group).
        if (ProductSqlFilter.PrefixQuery(search) != null)
            return (await FacetsAsync(search, filter, cooperativeId, ct)).Groups.Sum(g => g.Count);
        // Without a search the total is a count of listed rows, which grows with the catalog: remembered like the facets.
        return await RememberedAsync("count|" + JsonSerializer.Serialize(new { filter, cooperativeId }), async () =>
        {
            await using var command = PrepareCount(search, filter, cooperativeId, SearchMode.Words);
            return Convert.ToInt32(await command.ExecuteScalarAsync(ct));
        });
    }

    internal NpgsqlCommand PrepareCount(string? search, ProductFilter filter, Guid? cooperativeId, SearchMode mode = SearchMode.Words)
    {
        var command = db.CreateCommand();
        var where = new ProductSqlFilter(command, schema, provinces, search, filter, cooperativeId, VietnamClock.Today(clock), mode);
        command.CommandText = $"select count(*) from {schema.Table(ListingTable.Name)} l where {where.Where}";
        return command;
    }

    public async Task<ProductFacets> FacetsAsync(string? search, ProductFilter filter, Guid? cooperativeId, CancellationToken ct)
    {
        var mode = await ModeAsync(search, ct);
        if (shared > TimeSpan.Zero && ProductSqlFilter.PrefixQuery(search) != null && SearchMatches.CanFilter(filter))
        {
            // Every filter of a search counts over the same matches: read them once (with the fields filters look at)
            // and count each new filter in memory, instead of scanning the matches again per filter.
            ProductSqlFilter.Validate(filter, provinces);
            var matches = await RememberedAsync("matches|" + JsonSerializer.Serialize(new { search, cooperativeId, mode }),
                () => ReadMatchesAsync(search, cooperativeId, mode, ct), sizeOf: m => m.Size);
            if (matches.Complete) return matches.Facets(filter, VietnamClock.Today(clock));
        }
        return await RememberedAsync("facets|" + JsonSerializer.Serialize(new { search, filter, cooperativeId }),
            () => ReadFacetsAsync(search, filter, cooperativeId, mode, ct));
    }

    private async Task<SearchMatches> ReadMatchesAsync(string? search, Guid? cooperativeId, SearchMode mode, CancellationToken ct)
    {
        await using var command = db.CreateCommand();
        var where = new ProductSqlFilter(command, schema, provinces, search, new ProductFilter(), cooperativeId, VietnamClock.Today(clock), mode);
        command.CommandText = $"""
            select l.province_code, l.former_province_code, l.grp, l.stars, l.certified_until, l.min_price, l.max_price, l.cooperative_slug
            from {schema.Table(ListingTable.Name)} l where {where.Where}
            limit {SearchMatches.MaxMatches + 1}
            """;
        var rows = new List<SearchMatches.Match>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new SearchMatches.Match(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2),
                reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4), reader.GetInt64(5), reader.GetInt64(6),
                reader.GetString(7)));
        }
        return new SearchMatches(rows);
    }

    private async Task<ProductFacets> ReadFacetsAsync(string? search, ProductFilter filter, Guid? cooperativeId, SearchMode mode, CancellationToken ct)
    {
        await using var command = PrepareFacets(search, filter, cooperativeId, mode);
        var facets = new ProductFacets();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var count = (int)reader.GetInt64(2);
            var key = reader.GetString(1);
            switch (reader.GetString(0))
            {
                case "province": facets.Provinces.Add(new FacetCount(key, count)); break;
                case "group": facets.Groups.Add(new FacetCount(key, count)); break;
                default: facets.Stars.Add(new FacetCount(key, count)); break;
            }
        }
        facets.Sort();
        return facets;
    }

    internal NpgsqlCommand PrepareFacets(string? search, ProductFilter filter, Guid? cooperativeId = null, SearchMode mode = SearchMode.Words)
    {
        var command = db.CreateCommand();
        var where = new ProductSqlFilter(command, schema, provinces, search, filter, cooperativeId, VietnamClock.Today(clock), mode);
        command.CommandText = $"""
            with base as (
              select l.province_code, l.grp, case when l.certified_until > {where.Today} then l.stars else 0 end as stars
              from {schema.Table(ListingTable.Name)} l where {where.Where})
            select 'province', province_code, count(*) from base group by province_code
            union all select 'group', grp, count(*) from base group by grp
            union all select 'stars', stars::text, count(*) from base where stars > 0 group by stars
            """;
        return command;
    }

    /// <summary>
    /// Words when the search's words (as prefixes) match some listed product; Fuzzy (words or a close name, for a typo)
    /// only when they match nothing. Word similarity costs ~10 µs a row, so it is not computed for searches that work.
    /// Decided once per search text and request, so a page, its count and its facets agree.
    /// </summary>
    private async Task<SearchMode> ModeAsync(string? search, CancellationToken ct)
    {
        var prefixQuery = ProductSqlFilter.PrefixQuery(search);
        if (prefixQuery == null) return SearchMode.Words;
        return await RememberedAsync("mode|" + prefixQuery, async () =>
        {
            await using var command = db.CreateCommand(
                $"select exists (select 1 from {schema.Table(ListingTable.Name)} l where l.listed and l.search @@ to_tsquery('simple', $1))");
            command.Parameters.Add(new NpgsqlParameter { Value = prefixQuery });
            return (bool)(await command.ExecuteScalarAsync(ct))! ? SearchMode.Words : SearchMode.Fuzzy;
        });
    }

    private static OrderSpec Spec(ProductOrder order, ProductSqlFilter filter) => order switch
    {
        // EffectiveOrder only yields Relevance when there is a search, hence a rank.
        ProductOrder.Relevance => new(filter.RankExpression!, true, NpgsqlDbType.Numeric),
        ProductOrder.Newest => new("l.sort_date", true, NpgsqlDbType.TimestampTz),
        ProductOrder.PriceAsc => new("l.min_price", false, NpgsqlDbType.Bigint),
        ProductOrder.PriceDesc => new("l.min_price", true, NpgsqlDbType.Bigint),
        ProductOrder.NameAsc => new("l.name_text", false, NpgsqlDbType.Text),
        ProductOrder.StarsDesc => new($"(case when l.certified_until > {filter.Today} then l.stars else 0 end)", true, NpgsqlDbType.Integer),
        _ => throw new ArgumentOutOfRangeException(nameof(order))
    };

    private static string KeyString(ProductOrder order, DbDataReader reader, int i) => order switch
    {
        ProductOrder.Newest => ((reader.GetDateTime(i).ToUniversalTime().Ticks - DateTime.UnixEpoch.Ticks) / 10).ToString(CultureInfo.InvariantCulture),
        ProductOrder.Relevance => reader.GetDecimal(i).ToString(CultureInfo.InvariantCulture),
        ProductOrder.NameAsc => reader.GetString(i),
        _ => Convert.ToInt64(reader.GetValue(i)).ToString(CultureInfo.InvariantCulture)
    };

    private static object KeyValue(Cursor cursor) => cursor.Order switch
    {
        ProductOrder.Newest => FromMicros(cursor.Key),
        ProductOrder.Relevance => decimal.Parse(cursor.Key, CultureInfo.InvariantCulture),
        ProductOrder.NameAsc => cursor.Key,
        ProductOrder.StarsDesc => int.Parse(cursor.Key, CultureInfo.InvariantCulture),
        _ => long.Parse(cursor.Key, CultureInfo.InvariantCulture)
    };

    private static DateTime FromMicros(string micros) =>
        new(DateTime.UnixEpoch.Ticks + long.Parse(micros, CultureInfo.InvariantCulture) * 10, DateTimeKind.Utc);
}

public sealed record FacetCount(string Value, int Count);

/// <summary>Counts per province, OCOP group and star level for one search and filter: a shop's filter sidebar.</summary>
public sealed class ProductFacets
{
    public List<FacetCount> Provinces { get; } = [];
    public List<FacetCount> Groups { get; } = [];
    public List<FacetCount> Stars { get; } = [];

    public void Sort()
    {
        Provinces.Sort((a, b) => b.Count != a.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Value, b.Value));
        Groups.Sort((a, b) => b.Count != a.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Value, b.Value));
        Stars.Sort((a, b) => string.CompareOrdinal(b.Value, a.Value));
    }
}
