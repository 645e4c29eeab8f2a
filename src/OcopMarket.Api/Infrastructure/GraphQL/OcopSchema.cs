using GraphQL.Types;

namespace OcopMarket.Infrastructure.GraphQL;

/// <summary>Adds root query fields; each capability (Catalog, Ordering…) registers one.</summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}

/// <summary>Adds root mutation fields; each capability registers one.</summary>
public interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}

/// <summary>
/// Adds fields to another capability's object type. The capability that owns the data contributes the field (Payments
/// adds PurchaseOrder.payment), so the type's own capability does not depend on it. Registered as singletons, like the
/// schema; a type that accepts extensions takes them in its constructor and applies them last.
/// </summary>
public interface ITypeExtension<in TGraphType> where TGraphType : IComplexGraphType
{
    void Extend(TGraphType type);
}

public sealed class RootQuery : ObjectGraphType
{
    public RootQuery(IEnumerable<IQueryFields> contributors)
    {
        Name = "Query";
        Field<NonNullGraphType<StringGraphType>>("apiVersion")
            .Description("Version of the OcopMarket API contract.")
            .Resolve(_ => OcopSchema.ApiVersion);
        foreach (var contributor in contributors) contributor.AddTo(this);
    }
}

public sealed class RootMutation : ObjectGraphType
{
    public RootMutation(IEnumerable<IMutationFields> contributors)
    {
        Name = "Mutation";
        foreach (var contributor in contributors) contributor.AddTo(this);
    }
}

public sealed class OcopSchema : Schema
{
    public const string ApiVersion = "2026-11";

    public OcopSchema(IServiceProvider services, RootQuery query, IEnumerable<IMutationFields> mutationFields) : base(services)
    {
        Description = "OcopMarket: catalog and wholesale ordering for OCOP products made by Vietnamese cooperatives.";
        Query = query;
        if (mutationFields.Any()) Mutation = services.GetRequiredService<RootMutation>();
        RegisterType(typeof(VndGraphType));
    }
}

/// <summary>Vietnamese đồng in whole units: 64-bit, because wholesale totals pass GraphQL Int's 2,147,483,647.</summary>
public sealed class VndGraphType : LongGraphType
{
    public VndGraphType()
    {
        Name = "VND";
        Description = "An amount of Vietnamese đồng (VND), a whole number with no minor unit, 64-bit.";
    }
}
