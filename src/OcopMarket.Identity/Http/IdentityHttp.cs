using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace OcopMarket.Identity.Http;

/// <summary>Identity at the HTTP edge: who the caller of a request is, and the middleware that authenticates and limits it.</summary>
public static class IdentityHttp
{
    /// <summary>The caller of the current HTTP request and where it comes from, for services not handed a resolver context.</summary>
    public static IServiceCollection AddIdentityHttp(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped(sp => Viewer.From(sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User));
        services.AddScoped(sp => ClientSource.Of(sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.Connection.RemoteIpAddress));
        return services;
    }

    /// <summary>Who is calling (bearer token or API key), then the rate limit for that caller.</summary>
    public static IApplicationBuilder UseIdentityAccess(this IApplicationBuilder app) =>
        app.UseMiddleware<AuthenticationMiddleware>().UseMiddleware<RateLimitMiddleware>();
}
