using GraphQL.Types;
using OcopMarket.Kernel.GraphQL;

namespace OcopMarket.Infrastructure.GraphQL;

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

public sealed class RootSubscription : ObjectGraphType
{
    public RootSubscription(IEnumerable<ISubscriptionFields> contributors)
    {
        Name = "Subscription";
        foreach (var contributor in contributors) contributor.AddTo(this);
    }
}

public sealed class OcopSchema : Schema
{
    public const string ApiVersion = "2026-11";

    public OcopSchema(IServiceProvider services, RootQuery query, IEnumerable<IMutationFields> mutationFields,
        IEnumerable<ISubscriptionFields> subscriptionFields) : base(services)
    {
        Description = "OcopMarket: catalog and wholesale ordering for OCOP products made by Vietnamese cooperatives.";
        Query = query;
        if (mutationFields.Any()) Mutation = services.GetRequiredService<RootMutation>();
        if (subscriptionFields.Any()) Subscription = services.GetRequiredService<RootSubscription>();
        RegisterType(typeof(VndGraphType));
        ModernIntrospection.Enable(this);
    }

    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        base.OnBeforeInitializeType(graphType);
        ModernIntrospection.BeforeInitialize(graphType);
    }
}
