using GraphQL.Types;

namespace OcopMarket.Kernel.GraphQL;

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
/// Adds root subscription fields (streams: the GraphQL-over-SSE transport sends each event as it comes).
/// </summary>
public interface ISubscriptionFields
{
    void AddTo(ObjectGraphType subscription);
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

/// <summary>Vietnamese đồng in whole units: 64-bit, because wholesale totals pass GraphQL Int's 2,147,483,647.</summary>
public sealed class VndGraphType : LongGraphType
{
    public VndGraphType()
    {
        Name = "VND";
        Description = "An amount of Vietnamese đồng (VND), a whole number with no minor unit, 64-bit.";
    }
}
