using OcopMarket.Catalog.Model;
using OcopMarket.Catalog.Search;

namespace OcopMarket.Catalog.Queries;

public enum ProductOrder
{
    Relevance,
    Newest,
    PriceAsc,
    PriceDesc,
    NameAsc,
    StarsDesc
}

/// <summary>What a shop filters the public catalog by. Every condition is optional; all given ones must hold.</summary>
public sealed class ProductFilter
{
    /// <summary>Today's or former province codes ("34" finds Thái Bình's products, now in Hưng Yên "33").</summary>
    public List<string>? ProvinceCodes { get; set; }
    public List<OcopGroup>? Groups { get; set; }
    /// <summary>At least this many stars on a verified, unexpired certificate.</summary>
    public int? MinStars { get; set; }
    public string? CooperativeSlug { get; set; }
    /// <summary>Some variant's retail price is at least this.</summary>
    public long? MinPrice { get; set; }
    /// <summary>Some variant's retail price is at most this.</summary>
    public long? MaxPrice { get; set; }
    public bool? InStock { get; set; }
    /// <summary>Only products with a verified, unexpired OCOP certificate.</summary>
    public bool? CertifiedOnly { get; set; }
}

/// <summary>One page request over the listed products.</summary>
public sealed record ProductQuery(
    string? Search,
    ProductFilter Filter,
    ProductOrder? Order,
    int? First,
    string? After,
    int? Last,
    string? Before,
    Guid? CooperativeId = null,
    bool WithRelated = true)
{
    // WithRelated: read each product's cooperative and stock in the same statement (the client selected them).

    /// <summary>
    /// RELEVANCE is the default when searching and means NEWEST otherwise. A search with no word in it ("!!!") is no
    /// search: ProductSqlFilter adds no condition and no rank for it, so it must not select RELEVANCE either.
    /// </summary>
    public ProductOrder EffectiveOrder =>
        Order is null or ProductOrder.Relevance
            ? VietnameseText.Fold(Search).Length == 0 ? ProductOrder.Newest : ProductOrder.Relevance
            : Order.Value;
}

internal sealed record ProductEdge(Product Node, string Cursor);

internal sealed record ProductPage(IReadOnlyList<ProductEdge> Edges, bool HasNextPage, bool HasPreviousPage);
