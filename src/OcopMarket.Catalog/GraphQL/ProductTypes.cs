using GraphQL.Types;
using OcopMarket.Catalog.Model;
using OcopMarket.Catalog.Queries;
using OcopMarket.Cooperatives.GraphQL;

namespace OcopMarket.Catalog.GraphQL;

public sealed class OcopGroupEnum : EnumerationGraphType<OcopGroup>
{
    public OcopGroupEnum()
    {
        Name = "OcopGroup";
        Description = "Decision 148/QĐ-TTg's six OCOP product groups: food, drinks, herbal products, handicrafts, ornamental plants and animals, community tourism.";
    }
}

public sealed class ProductStatusEnum : EnumerationGraphType<ProductStatus>
{
    public ProductStatusEnum() => Name = "ProductStatus";
}

/// <summary>Names of the catalog's GraphQL types, for other modules' fields typed by reference (the types are internal).</summary>
public static class ProductGraphNames
{
    public const string Product = "Product";
    public const string ProductVariant = "ProductVariant";
}

internal sealed class ProductType : ObjectGraphType<Product>
{
    public const string TypeName = ProductGraphNames.Product;

    public ProductType()
    {
        Name = TypeName;
        Description = "An OCOP product listed by a cooperative, with its sellable variants.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field(x => x.Slug);
        Field(x => x.Name).Description("Name in Vietnamese.");
        Field(x => x.NameEn, nullable: true).Description("Name in English, where the cooperative gave one.");
        Field(x => x.Description);
        Field(x => x.DescriptionEn, nullable: true);
        Field<NonNullGraphType<OcopGroupEnum>>("group").Resolve(ctx => ctx.Source.Group);
        Field(x => x.Subgroup).Description("Subgroup code within the OCOP group, e.g. fish_sauce_soy_sauce.");
        Field<OcopCertificateType>("certificate").Resolve(ctx => ctx.Source.Certificate);
        Field<NonNullGraphType<BooleanGraphType>>("certified")
            .Description("True when the product holds a verified OCOP certificate that has not expired.")
            .Resolve(ctx => ctx.Source.Certificate?.IsValidOn(VietnamClock.Today(ctx.Service<TimeProvider>())) == true);
        Field(x => x.Origin);
        Field(x => x.ImageUrls).Description("Image URLs (http or https).");
        Field(x => x.Tags);
        Field<NonNullGraphType<ProductStatusEnum>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProductVariantType>>>>("variants").Resolve(ctx => ctx.Source.Variants);
        Field<NonNullGraphType<VndGraphType>>("minPrice").Description("Lowest retail price among the variants.")
            .Resolve(ctx => ctx.Source.Variants.Count == 0 ? 0 : ctx.Source.Variants.Min(v => v.RetailPrice));
        Field("cooperative", new NonNullGraphType(new GraphQLTypeReference(CooperativeGraphNames.Cooperative)))
            .Resolve(ctx => ctx.Service<CatalogLoaders>().Cooperatives.Load(ctx.Source.CooperativeId).Then(c => c?.Node));
        Field(x => x.PublishedAt, nullable: true);
        Field(x => x.UpdatedAt);
        Field(x => x.Version).Description("Revision of the listing; send it back as expectedVersion when updating.");
    }
}

internal sealed class ProductVariantType : ObjectGraphType<ProductVariant>
{
    public ProductVariantType()
    {
        Name = ProductGraphNames.ProductVariant;
        Description = "A sellable unit of a product (e.g. \"Chai 500 ml\", \"Thùng 12 chai\") with its wholesale rules.";
        Field(x => x.Sku);
        Field(x => x.Name);
        Field(x => x.NameEn, nullable: true);
        Field(x => x.Unit).Description("Selling unit, e.g. chai (bottle), thùng (case), kg.");
        Field(x => x.WeightGrams);
        Field<NonNullGraphType<VndGraphType>>("retailPrice").Resolve(ctx => ctx.Source.RetailPrice);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PriceTierType>>>>("priceTiers")
            .Description("Wholesale price breaks: from minQuantity units on, each unit costs unitPrice.")
            .Resolve(ctx => ctx.Source.Tiers.OrderBy(t => t.MinQuantity).ToList());
        Field(x => x.MinOrderQuantity).Description("Smallest quantity a wholesale order line may ask for.");
        Field(x => x.OrderIncrement).Description("Case pack: quantities go up in steps of this many units.");
        Field<NonNullGraphType<VndGraphType>>("unitPriceFor")
            .Description("Unit price for an order of this many units, after price breaks.")
            .Argument<NonNullGraphType<IntGraphType>>("quantity")
            .Resolve(ctx => Pricing.UnitPriceFor(ctx.Source, Math.Max(1, ctx.GetArgument<int>("quantity"))));
        Field<NonNullGraphType<IntGraphType>>("stockAvailable")
            .Description("Units on hand and not reserved by placed orders.")
            .Resolve(ctx => ctx.Service<CatalogLoaders>().Stock.Load(ctx.Source.Sku));
        Field<IntGraphType>("stockOnHand").Description("Units in the warehouse: the cooperative's managers and admins only, null for others.")
            .ResolveAsync(async ctx => await OwnLevelAsync(ctx) is { } level ? level.OnHand : null);
        Field<IntGraphType>("stockReserved").Description("Units held for placed orders, not shipped yet: the cooperative's managers and admins only.")
            .ResolveAsync(async ctx => await OwnLevelAsync(ctx) is { } level ? level.Reserved : null);
    }

    /// <summary>The SKU's levels when the caller manages the cooperative whose product it is; null otherwise.</summary>
    private static async Task<StockLevel?> OwnLevelAsync(IResolveFieldContext<ProductVariant> ctx)
    {
        if (!ctx.Viewer().IsUser) return null;
        var level = await ctx.Service<CatalogLoaders>().Levels.Load(ctx.Source.Sku).GetResultAsync(ctx.CancellationToken);
        return level != null && ctx.Viewer().CanManageCooperative(level.CooperativeId) ? level : null;
    }
}

internal sealed class PriceTierType : ObjectGraphType<PriceTier>
{
    public PriceTierType()
    {
        Name = "PriceTier";
        Field(x => x.MinQuantity);
        Field<NonNullGraphType<VndGraphType>>("unitPrice").Resolve(ctx => ctx.Source.UnitPrice);
    }
}

internal sealed class OcopCertificateType : ObjectGraphType<OcopCertificate>
{
    public OcopCertificateType()
    {
        Name = "OcopCertificate";
        Description = "An OCOP recognition decision: stars 3–5, valid 36 months from signing. Only verified, unexpired certificates make a product certified.";
        Field(x => x.Stars);
        Field(x => x.Score, nullable: true).Description("Score out of 100 (5★ 90–100, 4★ 70–89, 3★ 50–69).");
        Field(x => x.DecisionNumber).Description("Recognition decision, e.g. \"Quyết định số 144/QĐ-UBND\".");
        Field(x => x.Issuer);
        Field(x => x.Level).Description("Certifying level as recorded on the decision: District, Province or Central.");
        Field(x => x.IssuedOn);
        Field(x => x.ExpiresOn);
        Field(x => x.Verified).Description("Checked against the decision by the platform operator.");
        Field<NonNullGraphType<BooleanGraphType>>("valid")
            .Description("Verified and not expired today (Vietnam time).")
            .Resolve(ctx => ctx.Source.IsValidOn(VietnamClock.Today(ctx.Service<TimeProvider>())));
    }
}
