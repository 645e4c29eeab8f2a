using GraphQL.Types;
using OcopMarket.Cooperatives.Provinces;
using OcopMarket.Cooperatives.Model;

namespace OcopMarket.Cooperatives.GraphQL;

public sealed class CooperativeStatusEnum : EnumerationGraphType<CooperativeStatus>
{
    public CooperativeStatusEnum()
    {
        Name = "CooperativeStatus";
        Description = "UNVERIFIED until the alliance checks the registration; SUSPENDED hides the cooperative's products.";
    }
}

public static class CooperativeGraphNames
{
    public const string Cooperative = "Cooperative";

    /// <summary>The graph type of a page from CooperativeDirectory.PageAsync, non-null. A type, not a name: no field of
    /// Cooperatives itself names the connection, so a GraphQLTypeReference would find nothing registered.</summary>
    public static Type CooperativeConnection { get; } = typeof(NonNullGraphType<CooperativeConnectionType>);

    /// <summary>The id of the cooperative a Cooperative or Storefront field's source stands for (for fields other modules add).</summary>
    public static Guid CooperativeId(object source) => ((Cooperative)source).Id;

    /// <summary>The slugs a Storefront field's source puts first, in its order.</summary>
    public static IReadOnlyList<string> FeaturedProductSlugs(object source) => ((Cooperative)source).Storefront.FeaturedProductSlugs;
}

/// <summary>The Cooperative GraphQL type as other modules extend it (ITypeExtension&lt;ICooperativeGraphType&gt;): the type
/// itself is bound to the internal document; read the source's id with CooperativeGraphNames.CooperativeId.</summary>
public interface ICooperativeGraphType : IComplexGraphType;

/// <summary>The Storefront GraphQL type as other modules extend it; its source is the cooperative (CooperativeGraphNames).</summary>
public interface IStorefrontGraphType : IComplexGraphType;

internal sealed class CooperativeType : ObjectGraphType<Cooperative>, ICooperativeGraphType
{
    public const string TypeName = CooperativeGraphNames.Cooperative;

    public CooperativeType(IEnumerable<ITypeExtension<ICooperativeGraphType>> extensions)
    {
        Name = TypeName;
        Description = "An agricultural cooperative (hợp tác xã, HTX) that makes and sells OCOP products, with its storefront.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field(x => x.Slug);
        Field(x => x.Name);
        Field(x => x.RegistrationCode).Description("Business registration code.");
        Field<NonNullGraphType<ProvinceType>>("province")
            .Description("Today's province or city (after the 2025 reform).")
            .Resolve(ctx => ctx.Service<ProvinceDirectory>().Find(ctx.Source.ProvinceCode));
        Field<FormerProvinceType>("formerProvince")
            .Description("The province before the 2025 merger, where it changed; labels and certificates still use it.")
            .Resolve(ctx => ctx.Source.FormerProvinceCode is { } code && ctx.Service<ProvinceDirectory>().FormerName(code) is { } name
                ? new FormerProvince(code, name) : null);
        Field(x => x.Commune);
        Field(x => x.Address);
        Field(x => x.FoundedYear, nullable: true);
        Field(x => x.MemberCount);
        Field(x => x.Story);
        Field(x => x.StoryEn, nullable: true);
        Field<NonNullGraphType<CooperativeContactsType>>("contacts").Resolve(ctx => ctx.Source.Contacts);
        Field(x => x.LogoUrl, nullable: true);
        Field<NonNullGraphType<CooperativeStatusEnum>>("status").Description("Where the alliance's verification stands (as Buyer.status).")
            .Resolve(ctx => ctx.Source.Status);
        Field<StringGraphType>("statusReason").Description("Why the alliance last verified or suspended it: its managers and admins only, null for others.")
            .Resolve(ctx => ctx.Viewer().CanManageCooperative(ctx.Source.Id) ? ctx.Source.StatusReason : null);
        Field<DateTimeOffsetGraphType>("statusChangedAt").Resolve(ctx => ctx.Source.StatusChangedAt);
        Field<NonNullGraphType<CooperativeStatusEnum>>("verificationStatus").Resolve(ctx => ctx.Source.Status)
            .DeprecationReason("Use status, named as Buyer.status is.");
        Field<NonNullGraphType<StorefrontType>>("storefront").Resolve(ctx => ctx.Source);
        Field(x => x.Version).Description("Revision of the profile; send it back as expectedVersion in updateStorefront.");
        foreach (var extension in extensions) extension.Extend(this); // products (Catalog)
    }
}

internal sealed class CooperativeContactsType : ObjectGraphType<CooperativeContacts>
{
    public CooperativeContactsType()
    {
        Name = "CooperativeContacts";
        Field(x => x.Phone, nullable: true);
        Field(x => x.Email, nullable: true);
        Field(x => x.Website, nullable: true);
    }
}

/// <summary>Resolved from the cooperative itself, so featured products can be looked up among its own listings.</summary>
internal sealed class StorefrontType : ObjectGraphType<Cooperative>, IStorefrontGraphType
{
    public StorefrontType(IEnumerable<ITypeExtension<IStorefrontGraphType>> extensions)
    {
        Name = "Storefront";
        Field<StringGraphType>("tagline").Resolve(ctx => ctx.Source.Storefront.Tagline);
        Field<StringGraphType>("bannerUrl").Resolve(ctx => ctx.Source.Storefront.BannerUrl);
        foreach (var extension in extensions) extension.Extend(this); // featuredProducts (Catalog)
    }
}

public sealed class ProvinceType : ObjectGraphType<Province>
{
    public ProvinceType()
    {
        Name = "Province";
        Description = "A province or centrally-run city after the 2025 reform (2-digit code, Decision 19/2025/QĐ-TTg).";
        Field(x => x.Code);
        Field(x => x.Name);
        Field(x => x.NameEn);
        Field(x => x.Kind).Description("city or province.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FormerProvinceType>>>>("formerProvinces")
            .Description("Provinces merged into this one in 2025; their codes work in filters too.")
            .Resolve(ctx => ctx.Source.FormerProvinces);
    }
}

public sealed class FormerProvinceType : ObjectGraphType<FormerProvince>
{
    public FormerProvinceType()
    {
        Name = "FormerProvince";
        Field(x => x.Code).Description("The pre-2025 province code.");
        Field(x => x.Name);
    }
}

internal sealed class CooperativeConnectionType() : ConnectionType<Cooperative, CooperativeType>(CooperativeType.TypeName);

public sealed class CooperativeFilterInput : InputObjectGraphType
{
    public CooperativeFilterInput()
    {
        Name = "CooperativeFilter";
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("provinceCodes").Description("Today's or former province codes.");
        Field<ListGraphType<NonNullGraphType<CooperativeStatusEnum>>>("status")
            .Description("Default [VERIFIED], the public directory, in slug order. Admins may ask for others; a list without VERIFIED is a queue, the longest waiting (earliest registered) first: [UNVERIFIED] is the verification queue.");
    }
}
