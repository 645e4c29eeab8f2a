namespace OcopMarket.Kernel.GraphQL;

public static class ResolveContextExtensions
{
    /// <summary>
    /// The request-scoped service a resolver delegates to. Remembered in the request's user context after the first
    /// resolve: a listing page asks for its loaders once per variant, and each resolve from the scope takes a lock.
    /// (Every service resolvers use is a singleton or scoped, so the request sees the same instance either way.)
    /// </summary>
    public static T Service<T>(this IResolveFieldContext context) where T : notnull
    {
        if (context.UserContext.TryGetValue(Key<T>.Name, out var remembered)) return (T)remembered!;
        var service = context.RequestServices!.GetRequiredService<T>();
        context.UserContext[Key<T>.Name] = service;
        return service;
    }

    private static class Key<T>
    {
        public static readonly string Name = "service:" + typeof(T).FullName;
    }
}
