using Npgsql;
using NpgsqlTypes;
using OcopMarket.Catalog.Model;
using OcopMarket.Cooperatives.Provinces;
using OcopMarket.Catalog.Search;
using OcopMarket.Inventory;

namespace OcopMarket.Catalog.Queries;

/// <summary>Words: the search's words must all match (as prefixes). Fuzzy: or the name is close to the search (a typo).</summary>
public enum SearchMode
{
    Words,
    Fuzzy
}

/// <summary>
/// Turns a search and a filter into SQL conditions over the listing table (alias l) with bound parameters.
/// Bad input (unknown province, inverted price range) is refused here with BAD_USER_INPUT, before any SQL runs.
/// </summary>
public sealed class ProductSqlFilter
{
    private readonly List<string> conditions = ["l.listed"];
    private readonly NpgsqlCommand command;
    private readonly DateOnly today;
    private int parameters;

    public ProductSqlFilter(NpgsqlCommand command, DatabaseSchema schema, ProvinceDirectory provinces, string? search,
        ProductFilter filter, Guid? cooperativeId, DateOnly today, SearchMode mode = SearchMode.Words)
    {
        this.command = command;
        this.today = today;
        Validate(filter, provinces);

        if (cooperativeId is { } id) conditions.Add($"l.cooperative_id = {Param(id)}");
        if (filter.CooperativeSlug is { Length: > 0 } slug) conditions.Add($"l.cooperative_slug = {Param(slug)}");
        if (filter.ProvinceCodes is { Count: > 0 } codes)
        {
            var p = Param(codes.ToArray());
            conditions.Add($"(l.province_code = any({p}) or l.former_province_code = any({p}))");
        }
        if (filter.Groups is { Count: > 0 } groups) conditions.Add($"l.grp = any({Param(groups.Select(g => g.ToString()).ToArray())})");
        if (filter.MinStars is { } stars) conditions.Add($"l.stars >= {Param(stars)} and l.certified_until > {Today}");
        if (filter.CertifiedOnly == true) conditions.Add($"l.stars > 0 and l.certified_until > {Today}");
        var minPrice = filter.MinPrice is { } min ? Param(min) : null;
        var maxPrice = filter.MaxPrice is { } max ? Param(max) : null;
        if (minPrice != null) conditions.Add($"l.max_price >= {minPrice}");
        if (maxPrice != null) conditions.Add($"l.min_price <= {maxPrice}");
        if (minPrice != null && maxPrice != null)
        {
            // With both bounds the span checks above are not enough: variants at 50 000 and 2 000 000 straddle a
            // 100 000–300 000 range without either being in it. One variant's retail price must lie in the range.
            conditions.Add($"""
                exists (select 1 from {schema.Table("mt_doc_product")} pd, jsonb_array_elements(pd.data -> 'Variants') v
                        where pd.id = l.id and (v ->> 'RetailPrice')::bigint between {minPrice} and {maxPrice})
                """);
        }
        if (filter.InStock is { } inStock)
        {
            var exists = $"exists (select 1 from {StockLevels.Relation(schema)} s where s.product_id = l.id and s.available > 0)";
            conditions.Add(inStock ? exists : "not " + exists);
        }

        if (PrefixQuery(search) is { } prefixQuery)
        {
            // Every word matches as a prefix (search-as-you-type); names weigh more than the rest (tsvector weights).
            var tsQuery = $"to_tsquery('simple', {Param(prefixQuery)})";
            if (mode == SearchMode.Words)
            {
                conditions.Add($"l.search @@ {tsQuery}");
                RankExpression = $"round(ts_rank(l.search, {tsQuery})::numeric, 6)";
            }
            else
            {
                // The trigram branch forgives a typo in the name ("nuoc mamm").
                var text = Param(string.Join(' ', Tokens(search)));
                conditions.Add($"(l.search @@ {tsQuery} or l.name_text %> {text})");
                RankExpression = $"round((ts_rank(l.search, {tsQuery}) + word_similarity({text}, l.name_text))::numeric, 6)";
            }
        }
    }

    /// <summary>The search as a prefix tsquery ("nước mắm" → "nuoc:* & mam:*"), or null when it has no words.</summary>
    public static string? PrefixQuery(string? search)
    {
        var tokens = Tokens(search);
        return tokens.Count == 0 ? null : string.Join(" & ", tokens.Select(t => t + ":*"));
    }

    private static List<string> Tokens(string? search) =>
        VietnameseText.Fold(search).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(12).ToList();

    /// <summary>Relevance of a row to the search (numeric, so it round-trips exactly through a cursor); null without search.</summary>
    public string? RankExpression { get; }

    public string Where => string.Join(" and ", conditions);

    /// <summary>
    /// Today in Vietnam, bound as a date. Certificates expire on Vietnamese calendar days (the rule the certified field
    /// applies with VietnamClock); current_date would follow the database session's time zone, which on a UTC server
    /// is the previous day from 00:00 to 07:00 in Vietnam.
    /// </summary>
    public string Today => todayParam ??= Param(today, NpgsqlDbType.Date);

    private string? todayParam;

    public void And(string condition) => conditions.Add(condition);

    public string Param(object value, NpgsqlDbType? type = null)
    {
        var name = $"p{parameters++}";
        var parameter = type is { } t ? new NpgsqlParameter(name, t) { Value = value } : new NpgsqlParameter(name, value);
        command.Parameters.Add(parameter);
        return "@" + name;
    }

    internal static void Validate(ProductFilter filter, ProvinceDirectory provinces)
    {
        foreach (var code in filter.ProvinceCodes ?? [])
        {
            if (!provinces.Exists(code) && provinces.FormerName(code) == null)
                throw new ClientError(ErrorCodes.BadUserInput, $"Unknown province code '{code}'. The provinces query lists the codes.");
        }
        if (filter.MinStars is < 1 or > 5)
            throw new ClientError(ErrorCodes.BadUserInput, "minStars must be between 1 and 5.");
        if (filter.MinPrice is < 0 || filter.MaxPrice is < 0)
            throw new ClientError(ErrorCodes.BadUserInput, "Prices cannot be negative.");
        if (filter.MinPrice > filter.MaxPrice)
            throw new ClientError(ErrorCodes.BadUserInput, "minPrice cannot be greater than maxPrice.");
    }
}
