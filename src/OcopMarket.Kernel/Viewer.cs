using System.Security.Claims;

namespace OcopMarket.Kernel;

/// <summary>What a signed-in user may do; tenants (cooperative, buyer business) are bound on the user, not the role.</summary>
public enum Role
{
    /// <summary>The platform operator (the cooperative alliance): verifies cooperatives, buyers and certificates.</summary>
    Admin,
    /// <summary>Runs one cooperative's storefront and listings.</summary>
    CooperativeManager,
    /// <summary>A member of one buyer business; orders on its behalf.</summary>
    Buyer
}


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
    /// <summary>Set when the caller authenticated with an X-Api-Key (a third-party shop: reads, and manages its own webhook endpoints).</summary>
    public Guid? ApiKeyId { get; }

    public bool IsUser => UserId != null;
    public bool IsAdmin => Role == Kernel.Role.Admin;
    public bool IsApiClient => ApiKeyId != null;

    public bool HasRole(params Role[] roles) => Role is { } r && roles.Contains(r);

    /// <summary>Admins manage every cooperative; a manager only their own.</summary>
    public bool CanManageCooperative(Guid cooperativeId) =>
        IsAdmin || (Role == Kernel.Role.CooperativeManager && CooperativeId == cooperativeId);

    /// <summary>Admins see every buyer business; a buyer member only their own.</summary>
    public bool CanActForBuyer(Guid buyerId) => IsAdmin || (Role == Kernel.Role.Buyer && BuyerId == buyerId);

    /// <summary>Null when the viewer is a user with one of the roles; else UNAUTHENTICATED or FORBIDDEN.</summary>
    public UserError? CheckRole(params Role[] roles) =>
        !IsUser ? UserError.Of(UserErrorCodes.Unauthenticated, "Sign in first (Authorization: Bearer <token from login>).")
        : HasRole(roles) ? null
        : UserError.Of(UserErrorCodes.Forbidden, $"This needs the role {string.Join(" or ", roles.Select(GraphQLName))}.");

    public UserError? CheckCooperative(Guid cooperativeId) =>
        CheckRole(Kernel.Role.Admin, Kernel.Role.CooperativeManager)
        ?? (CanManageCooperative(cooperativeId) ? null
            : UserError.Of(UserErrorCodes.Forbidden, "You may change only your own cooperative's data."));

    public UserError? CheckBuyer(Guid buyerId) =>
        CheckRole(Kernel.Role.Admin, Kernel.Role.Buyer)
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
        Kernel.Role.Admin => "ADMIN",
        Kernel.Role.CooperativeManager => "COOPERATIVE_MANAGER",
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

    private static Guid? GuidClaim(ClaimsPrincipal principal, string type) =>
        Guid.TryParse(principal.FindFirstValue(type), out var id) ? id : null;
}
