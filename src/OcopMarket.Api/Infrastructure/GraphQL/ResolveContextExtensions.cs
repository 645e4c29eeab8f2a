namespace OcopMarket.Infrastructure.GraphQL;

public static class ResolveContextExtensions
{
    /// <summary>The request-scoped service a resolver delegates to.</summary>
    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();
}
