namespace OcopMarket.Kernel.GraphQL;

public static class ViewerExtensions
{
    /// <summary>The caller of this GraphQL request (from ExecutionOptions.User, which the endpoint sets from HttpContext.User).</summary>
    public static Viewer Viewer(this IResolveFieldContext context) => Kernel.Viewer.From(context.User);
}
