using GraphQL.Types;
using OcopMarket.Cooperatives.Provinces;
using OcopMarket.Catalog.Queries;
using OcopMarket.Cooperatives;
using OcopMarket.Cooperatives.Model;
using GraphQL.Builders;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;
using OcopMarket.Cooperatives.GraphQL;
using OcopMarket.Identity.GraphQL;
using Microsoft.Extensions.Options;

namespace OcopMarket.Catalog.GraphQL;

/// <summary>The public catalog: what third-party shops query. Resolvers only translate arguments.</summary>
public sealed class CatalogQueryFields : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ProductConnectionType>>("products")
            .Description("Published products of verified cooperatives, searched, filtered and ordered, as a Relay connection.")
            .ProductConnectionArguments()
            .ResolveAsync(async ctx => await ProductConnectionFields.ResolveAsync(ctx));

        query.Field<ProductType>("product")
            .Description("A published product by its slug; null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("slug")
            .ResolveAsync(async ctx => await ctx.Service<ProductLookup>().BySlugAsync(ctx.GetArgument<string>("slug"), ctx.CancellationToken));

        query.Field<NonNullGraphType<ProductFacetsType>>("productFacets")
            .Description("Counts per province, OCOP group and star level for a search and filter.")
            .Argument<StringGraphType>("search")
            .Argument<ProductFilterInput>("filter")
            .ResolveAsync(async ctx => await ctx.Service<ProductSearch>().FacetsAsync(ctx.GetArgument<string?>("search"),
                ctx.GetArgument<ProductFilter?>("filter") ?? new ProductFilter(), null, ctx.CancellationToken));

        query.Field("cooperative", new GraphQLTypeReference(CooperativeGraphNames.Cooperative))
            .Description("A cooperative's storefront by slug; null when there is none or it is suspended.")
            .Argument<NonNullGraphType<StringGraphType>>("slug")
            .ResolveAsync(async ctx => (await ctx.Service<CooperativeDirectory>().BySlugAsync(ctx.GetArgument<string>("slug"), ctx.CancellationToken))?.Node);

        query.Field("cooperatives", CooperativeGraphNames.CooperativeConnection)
            .Description("Verified cooperatives in slug order (admins: any status; without VERIFIED, the longest waiting first; see filter.status).")
            .Argument<IntGraphType>("first", "Page size (0–100; default 20).")
            .Argument<StringGraphType>("after")
            .Argument<CooperativeFilterInput>("filter")
            .ResolveAsync(async ctx =>
            {
                var filter = ctx.GetArgument<Dictionary<string, object?>?>("filter");
                var codes = (filter?.GetValueOrDefault("provinceCodes") as IEnumerable<object>)?.Cast<string>().ToList();
                var statuses = (filter?.GetValueOrDefault("status") as IEnumerable<object>)?.Cast<CooperativeStatus>().Distinct().ToList();
                if (statuses is { Count: > 0 } && statuses.Any(s => s != CooperativeStatus.Verified)) ctx.Viewer().DemandRole(Role.Admin);
                var first = ctx.GetArgument<int?>("first") ?? ctx.Service<IOptions<QueryLimits>>().Value.DefaultPageSize;
                return await ctx.Service<CooperativeDirectory>().PageAsync(first, ctx.GetArgument<string?>("after"), codes, ctx.CancellationToken,
                    statuses is { Count: > 0 } ? statuses : null);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvinceType>>>>("provinces")
            .Description("The 34 provinces and cities after the 2025 reform, with the provinces merged into each.")
            .Resolve(ctx => ctx.Service<ProvinceDirectory>().All);

        query.Field<NodeInterface>("node")
            .Description("Any object by its global id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx =>
            {
                if (!GlobalId.TryDecode(ctx.GetArgument<string>("id"), out var type, out var id))
                    throw new ClientError(ErrorCodes.BadUserInput, "That is not a valid global id.");
                return type switch
                {
                    ProductType.TypeName => await ctx.Service<ProductLookup>().ByIdAsync(id, ctx.CancellationToken),
                    CooperativeGraphNames.Cooperative => (await ctx.Service<CooperativeDirectory>().ByIdAsync(id, ctx.CancellationToken))?.Node,
                    _ => null
                };
            });
    }
}

/// <summary>User.cooperative: the cooperative a manager manages, read through the catalog's cooperative loader.</summary>
public sealed class UserCooperativeField : ITypeExtension<UserType>
{
    public void Extend(UserType type) =>
        type.Field("cooperative", new GraphQLTypeReference(CooperativeGraphNames.Cooperative))
            .Description("The cooperative a manager manages.")
            .Resolve(ctx => ctx.Source.CooperativeId is { } id ? ctx.Service<CatalogLoaders>().Cooperatives.Load(id).Then(c => c?.Node) : null);
}

/// <summary>Cooperative.products: the catalog owns products, so it adds them to the cooperative's type.</summary>
public sealed class CooperativeProductsField : ITypeExtension<ICooperativeGraphType>
{
    public void Extend(ICooperativeGraphType type) =>
        type.AddField(FieldBuilder<object, object>.Create("products", typeof(NonNullGraphType<ProductConnectionType>))
            .Description("This cooperative's published products.")
            .ProductConnectionArguments()
            .ResolveAsync(async ctx => await ProductConnectionFields.ResolveAsync(ctx, CooperativeGraphNames.CooperativeId(ctx.Source!)))
            .FieldType);
}

/// <summary>Storefront.featuredProducts, looked up among the cooperative's own published listings.</summary>
public sealed class StorefrontFeaturedProductsField : ITypeExtension<IStorefrontGraphType>
{
    public void Extend(IStorefrontGraphType type) =>
        type.AddField(FieldBuilder<object, object>.Create("featuredProducts", typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ProductType>>>))
            .Description("Products the cooperative puts first, in its order; unpublished ones are left out.")
            .ResolveAsync(async ctx =>
                (await ctx.Service<ProductLookup>().BySlugsAsync(CooperativeGraphNames.FeaturedProductSlugs(ctx.Source!).Take(12).ToList(), ctx.CancellationToken))
                .Where(p => p.CooperativeId == CooperativeGraphNames.CooperativeId(ctx.Source!)).ToList())
            .FieldType);
}
