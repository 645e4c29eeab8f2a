using System.Security.Claims;
using OcopMarket.Identity.Model;

namespace OcopMarket.Identity;

/// <summary>The claims the authentication middleware sets for a signed-in user or an API key; <see cref="Viewer"/> reads them.</summary>
public static class Principals
{
    internal static ClaimsPrincipal For(User user)
    {
        var claims = new List<Claim>
        {
            new(OcopClaims.UserId, user.Id.ToString()),
            new(OcopClaims.Email, user.Email),
            new(OcopClaims.Role, user.Role.ToString()),
        };
        if (user.CooperativeId is { } c) claims.Add(new Claim(OcopClaims.CooperativeId, c.ToString()));
        if (user.BuyerId is { } b) claims.Add(new Claim(OcopClaims.BuyerId, b.ToString()));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, OcopClaims.AuthenticationType, OcopClaims.Email, OcopClaims.Role));
    }

    internal static ClaimsPrincipal For(ApiKey key) =>
        new(new ClaimsIdentity([new Claim(OcopClaims.ApiKeyId, key.Id.ToString())], OcopClaims.AuthenticationType));

}
