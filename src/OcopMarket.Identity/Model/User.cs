namespace OcopMarket.Identity.Model;

/// <summary>A person who signs in. Failed logins are counted per e-mail and source in ocop_login_failures, not here (see LoginThrottle).</summary>
internal sealed class User
{
    public Guid Id { get; set; }
    /// <summary>Lower-cased, trimmed: the login name (unique index).</summary>
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public Role Role { get; set; }
    public Guid? CooperativeId { get; set; }
    public Guid? BuyerId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastLoginAt { get; set; }
    /// <summary>Marten numeric revision: a password change and a login's update never overwrite each other.</summary>
    public int Version { get; set; }

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();
}
