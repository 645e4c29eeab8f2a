using System.Security.Claims;
using OcopMarket.Identity.Model;
using OcopMarket.Infrastructure.GraphQL;

namespace OcopMarket.Identity;

/// <summary>Claim names the authentication middleware sets and <see cref="Viewer"/> reads.</summary>
public static class OcopClaims
{
    public const string AuthenticationType = "ocop";
    public const string UserId = "ocop:user_id";
    public const string Email = "ocop:email";
    public const string Role = "ocop:role";
    public const string CooperativeId = "ocop:cooperative_id";
    public const string BuyerId = "ocop:buyer_id";
    public const string ApiKeyId = "ocop:api_key_id";
}

/// <summary>
/// Who is calling, read from the request's claims: a user (with role and tenant), an API-key client, or anonymous.
/// Every authorization decision goes through here, so the rules are written once:
/// mutations use the Check… methods (null or a UserError for the payload), queries the Demand… methods (throw ClientError).
/// </summary>
public sealed class Viewer
{
    public static readonly Viewer Anonymous = new(null, null, null, null, null, null);

    private Viewer(Guid? userId, string? email, Role? role, Guid? cooperativeId, Guid? buyerId, Guid? apiKeyId)
    {
        UserId = userId;
        Email = email;
        Role = role;
        CooperativeId = cooperativeId;
        BuyerId = buyerId;
        ApiKeyId = apiKeyId;
    }

    public Guid? UserId { get; }
    public string? Email { get; }
    public Role? Role { get; }
    /// <summary>Set for cooperative managers: the one cooperative they manage.</summary>
    public Guid? CooperativeId { get; }
    /// <summary>Set for buyer members: the one buyer business they act for.</summary>
    public Guid? BuyerId { get; }
    /// <summary>Set when the caller authenticated with an X-Api-Key (a third-party shop, read-only).</summary>
    public Guid? ApiKeyId { get; }

    public bool IsUser => UserId != null;
    public bool IsAdmin => Role == Model.Role.Admin;
    public bool IsApiClient => ApiKeyId != null;

    public bool HasRole(params Role[] roles) => Role is { } r && roles.Contains(r);

    /// <summary>Admins manage every cooperative; a manager only their own.</summary>
    public bool CanManageCooperative(Guid cooperativeId) =>
        IsAdmin || (Role == Model.Role.CooperativeManager && CooperativeId == cooperativeId);

    /// <summary>Admins see every buyer business; a buyer member only their own.</summary>
    public bool CanActForBuyer(Guid buyerId) => IsAdmin || (Role == Model.Role.Buyer && BuyerId == buyerId);

    /// <summary>Null when the viewer is a user with one of the roles; else UNAUTHENTICATED or FORBIDDEN.</summary>
    public UserError? CheckRole(params Role[] roles) =>
        !IsUser ? UserError.Of(UserErrorCodes.Unauthenticated, "Sign in first (Authorization: Bearer <token from login>).")
        : HasRole(roles) ? null
        : UserError.Of(UserErrorCodes.Forbidden, $"This needs the role {string.Join(" or ", roles.Select(GraphQLName))}.");

    public UserError? CheckCooperative(Guid cooperativeId) =>
        CheckRole(Model.Role.Admin, Model.Role.CooperativeManager)
        ?? (CanManageCooperative(cooperativeId) ? null
            : UserError.Of(UserErrorCodes.Forbidden, "You may change only your own cooperative's data."));

    public UserError? CheckBuyer(Guid buyerId) =>
        CheckRole(Model.Role.Admin, Model.Role.Buyer)
        ?? (CanActForBuyer(buyerId) ? null : UserError.Of(UserErrorCodes.Forbidden, "You may act only for your own buyer business."));

    /// <summary>For query fields: throws UNAUTHENTICATED / FORBIDDEN as a GraphQL error.</summary>
    public void DemandRole(params Role[] roles) => Throw(CheckRole(roles));

    public void DemandCooperative(Guid cooperativeId) => Throw(CheckCooperative(cooperativeId));

    public void DemandBuyer(Guid buyerId) => Throw(CheckBuyer(buyerId));

    private static void Throw(UserError? error)
    {
        if (error != null) throw new ClientError(error.Code, error.Message);
    }

    public static string GraphQLName(Role role) => role switch
    {
        Model.Role.Admin => "ADMIN",
        Model.Role.CooperativeManager => "COOPERATIVE_MANAGER",
        _ => "BUYER"
    };

    public static Viewer From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity is not { IsAuthenticated: true }) return Anonymous;
        return new Viewer(
            GuidClaim(principal, OcopClaims.UserId),
            principal.FindFirstValue(OcopClaims.Email),
            Enum.TryParse<Role>(principal.FindFirstValue(OcopClaims.Role), out var role) ? role : null,
            GuidClaim(principal, OcopClaims.CooperativeId),
            GuidClaim(principal, OcopClaims.BuyerId),
            GuidClaim(principal, OcopClaims.ApiKeyId));
    }

    public static ClaimsPrincipal ToPrincipal(User user)
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

    public static ClaimsPrincipal ToPrincipal(ApiKey key) =>
        new(new ClaimsIdentity([new Claim(OcopClaims.ApiKeyId, key.Id.ToString())], OcopClaims.AuthenticationType));

    private static Guid? GuidClaim(ClaimsPrincipal principal, string type) =>
        Guid.TryParse(principal.FindFirstValue(type), out var id) ? id : null;
}

public static class ViewerExtensions
{
    /// <summary>The caller of this GraphQL request (from ExecutionOptions.User, which the endpoint sets from HttpContext.User).</summary>
    public static Viewer Viewer(this IResolveFieldContext context) => Identity.Viewer.From(context.User);
}
