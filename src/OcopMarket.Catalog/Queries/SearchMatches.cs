using OcopMarket.Catalog.Search;

namespace OcopMarket.Catalog.Queries;

/// <summary>
/// A search's matches (every listed product it finds, without a filter), with the listing fields that filters and
/// facets read. Remembered per search like its ranking, so the totalCount and facets of each new filter of the same
/// search (a shop's price slider, a province) are counted here, with the same rules as <see cref="ProductSqlFilter"/>
/// and ProductSearch's facets SQL, instead of scanning the matches in the database again. A search with more than
/// <see cref="MaxMatches"/> matches is not kept (<see cref="Complete"/> is false) and is counted in SQL.
/// </summary>
internal sealed class SearchMatches(List<SearchMatches.Match> rows)
{
    public sealed record Match(string Province, string? FormerProvince, string Group, int Stars, DateOnly? CertifiedUntil,
        long MinPrice, long MaxPrice, string CooperativeSlug);

    public const int MaxMatches = 20_000;

    public bool Complete { get; } = rows.Count <= MaxMatches;

    /// <summary>Units in the search cache (Catalog:SearchCacheSize): about what a ranking's 50 entries take per unit.</summary>
    public int Size => 1 + rows.Count / 20;

    /// <summary>
    /// Filters counted here: all but a price range with both ends (which needs each variant's price) and in-stock
    /// (which follows every order; counted fresh in SQL).
    /// </summary>
    public static bool CanFilter(ProductFilter filter) => filter.InStock == null && !(filter.MinPrice != null && filter.MaxPrice != null);

    public ProductFacets Facets(ProductFilter filter, DateOnly today)
    {
        var provinces = new Dictionary<string, int>();
        var groups = new Dictionary<string, int>();
        var stars = new Dictionary<string, int>();
        var wantedProvinces = filter.ProvinceCodes is { Count: > 0 } p ? p.ToHashSet() : null;
        var wantedGroups = filter.Groups is { Count: > 0 } g ? g.Select(x => x.ToString()).ToHashSet() : null;
        foreach (var m in rows)
        {
            var certified = m.CertifiedUntil > today;
            if (filter.CooperativeSlug is { Length: > 0 } slug && m.CooperativeSlug != slug) continue;
            if (wantedProvinces != null && !wantedProvinces.Contains(m.Province) && (m.FormerProvince == null || !wantedProvinces.Contains(m.FormerProvince))) continue;
            if (wantedGroups != null && !wantedGroups.Contains(m.Group)) continue;
            if (filter.MinStars is { } min && !(m.Stars >= min && certified)) continue;
            if (filter.CertifiedOnly == true && !(m.Stars > 0 && certified)) continue;
            if (filter.MinPrice is { } low && m.MaxPrice < low) continue;
            if (filter.MaxPrice is { } high && m.MinPrice > high) continue;
            provinces[m.Province] = provinces.GetValueOrDefault(m.Province) + 1;
            groups[m.Group] = groups.GetValueOrDefault(m.Group) + 1;
            if (certified && m.Stars > 0) stars[m.Stars.ToString()] = stars.GetValueOrDefault(m.Stars.ToString()) + 1;
        }
        var facets = new ProductFacets();
        facets.Provinces.AddRange(provinces.Select(x => new FacetCount(x.Key, x.Value)));
        facets.Groups.AddRange(groups.Select(x => new FacetCount(x.Key, x.Value)));
        facets.Stars.AddRange(stars.Select(x => new FacetCount(x.Key, x.Value)));
        facets.Sort();
        return facets;
    }
}
