using GraphQL.Builders;
using GraphQL.Types;
using OcopMarket.Cooperatives.Provinces;
using OcopMarket.Catalog.Queries;

namespace OcopMarket.Catalog.GraphQL;

public sealed class ProductOrderEnum : EnumerationGraphType<ProductOrder>
{
    public ProductOrderEnum()
    {
        Name = "ProductOrder";
        Description = "RELEVANCE is the default when searching (and means NEWEST without a search).";
    }
}

public sealed class ProductFilterInput : InputObjectGraphType<ProductFilter>
{
    public ProductFilterInput()
    {
        Name = "ProductFilter";
        Field(x => x.ProvinceCodes, nullable: true, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>))
            .Description("Today's or former province codes: \"34\" (Thái Bình) finds what is now in Hưng Yên \"33\".");
        Field<ListGraphType<NonNullGraphType<OcopGroupEnum>>>("groups");
        Field(x => x.MinStars, nullable: true).Description("At least this many stars on a verified, unexpired certificate (1–5).");
        Field(x => x.CooperativeSlug, nullable: true);
        Field<VndGraphType>("minPrice").Description("Some variant's retail price is at least this.");
        Field<VndGraphType>("maxPrice").Description("Some variant's retail price is at most this.");
        Field(x => x.InStock, nullable: true).Description("true: some variant has stock available; false: none has.");
        Field(x => x.CertifiedOnly, nullable: true).Description("Only products with a verified, unexpired OCOP certificate.");
    }
}

/// <summary>A page plus the query that made it, so totalCount is computed only when a client asks for it.</summary>
internal sealed record ProductConnection(ProductPage Page, ProductQuery Query);

internal sealed class ProductEdgeType : ObjectGraphType<ProductEdge>
{
    public ProductEdgeType()
    {
        Name = "ProductEdge";
        Field(x => x.Cursor);
        Field<NonNullGraphType<ProductType>>("node").Resolve(ctx => ctx.Source.Node);
    }
}

internal sealed class ProductConnectionType : ObjectGraphType<ProductConnection>
{
    public ProductConnectionType()
    {
        Name = "ProductConnection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProductEdgeType>>>>("edges").Resolve(ctx => ctx.Source.Page.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProductType>>>>("nodes")
            .Resolve(ctx => ctx.Source.Page.Edges.Select(e => e.Node).ToList());
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(ctx => new PageInfo(ctx.Source.Page.HasNextPage,
            ctx.Source.Page.HasPreviousPage, ctx.Source.Page.Edges.FirstOrDefault()?.Cursor, ctx.Source.Page.Edges.LastOrDefault()?.Cursor));
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Number of products matching the search and filter (all pages).")
            .ResolveAsync(async ctx => await ctx.Service<ProductSearch>().CountAsync(ctx.Source.Query.Search, ctx.Source.Query.Filter,
                ctx.Source.Query.CooperativeId, ctx.CancellationToken));
    }
}

/// <summary>The arguments and resolver shared by Query.products and Cooperative.products.</summary>
internal static class ProductConnectionFields
{
    public static FieldBuilder<TSource, object> ProductConnectionArguments<TSource>(this FieldBuilder<TSource, object> field) => field
        .Argument<IntGraphType>("first", "Page size going forward (0–100; default 20).")
        .Argument<StringGraphType>("after")
        .Argument<IntGraphType>("last", "Page size going backward (0–100).")
        .Argument<StringGraphType>("before")
        .Argument<StringGraphType>("search", "Words to find, with or without Vietnamese diacritics; prefixes and one typo are forgiven.")
        .Argument<ProductFilterInput>("filter")
        .Argument<ProductOrderEnum>("order");

    public static async Task<ProductConnection> ResolveAsync(IResolveFieldContext ctx, Guid? cooperativeId = null)
    {
        var query = new ProductQuery(
            ctx.GetArgument<string?>("search"),
            ctx.GetArgument<ProductFilter?>("filter") ?? new ProductFilter(),
            ctx.GetArgument<ProductOrder?>("order"),
            ctx.GetArgument<int?>("first"),
            ctx.GetArgument<string?>("after"),
            ctx.GetArgument<int?>("last"),
            ctx.GetArgument<string?>("before"),
            cooperativeId,
            WithRelated: SelectionScan.Mentions(ctx, "cooperative", "stockAvailable"));
        return new ProductConnection(await ctx.Service<ProductSearch>().PageAsync(query, ctx.CancellationToken), query);
    }
}

public sealed class ProvinceFacetType : ObjectGraphType<FacetCount>
{
    public ProvinceFacetType()
    {
        Name = "ProvinceFacet";
        Field(x => x.Value).Name("code");
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Service<ProvinceDirectory>().Find(ctx.Source.Value)?.Name ?? ctx.Source.Value);
        Field(x => x.Count);
    }
}

public sealed class GroupFacetType : ObjectGraphType<FacetCount>
{
    public GroupFacetType()
    {
        Name = "GroupFacet";
        Field<NonNullGraphType<OcopGroupEnum>>("group").Resolve(ctx => Enum.Parse<Model.OcopGroup>(ctx.Source.Value));
        Field(x => x.Count);
    }
}

public sealed class StarFacetType : ObjectGraphType<FacetCount>
{
    public StarFacetType()
    {
        Name = "StarFacet";
        Field<NonNullGraphType<IntGraphType>>("stars").Resolve(ctx => int.Parse(ctx.Source.Value));
        Field(x => x.Count);
    }
}

public sealed class ProductFacetsType : ObjectGraphType<ProductFacets>
{
    public ProductFacetsType()
    {
        Name = "ProductFacets";
        Description = "Counts for a shop's filter sidebar, for the same search and filter as the listing.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvinceFacetType>>>>("provinces").Resolve(ctx => ctx.Source.Provinces);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GroupFacetType>>>>("groups").Resolve(ctx => ctx.Source.Groups);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StarFacetType>>>>("stars")
            .Description("Products with a valid certificate per star level.").Resolve(ctx => ctx.Source.Stars);
    }
}
