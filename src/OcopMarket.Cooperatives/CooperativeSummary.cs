using OcopMarket.Cooperatives.Model;

namespace OcopMarket.Cooperatives;

/// <summary>
/// What other modules read of a cooperative (the document stays internal): the catalog's listing columns, the rules'
/// "is it verified", the storefront's featured slugs. <see cref="Node"/> is the value the Cooperative GraphQL type
/// resolves: a field of another module typed <c>GraphQLTypeReference("Cooperative")</c> returns it.
/// </summary>
public sealed record CooperativeSummary(Guid Id, string Slug, string Name, string ProvinceCode, string? FormerProvinceCode, bool IsActive,
    int Version, object Node)
{
    internal static CooperativeSummary Of(Cooperative cooperative) => new(cooperative.Id, cooperative.Slug, cooperative.Name,
        cooperative.ProvinceCode, cooperative.FormerProvinceCode, cooperative.IsActive, cooperative.Version, cooperative);
}
