namespace OcopMarket.Identity.Model;

/// <summary>
/// An opaque bearer token, stored by the SHA-256 of its text (the text itself is never stored), so any API process
/// sharing the database can check it and a revoked token stops working everywhere at once.
/// </summary>
internal sealed class AccessToken
{
    /// <summary>Hex SHA-256 of the token text.</summary>
    public string Id { get; set; } = "";
    public Guid UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsUsableAt(DateTimeOffset now) => RevokedAt == null && now < ExpiresAt;
}

/// <summary>A third-party shop's key ("ocop_live_…" in Production, "ocop_test_…" elsewhere), shown once at creation and stored only as its SHA-256.</summary>
internal sealed class ApiKey
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Hex SHA-256 of the key text (unique index): the lookup on every request.</summary>
    public string Hash { get; set; } = "";
    /// <summary>The first characters of the key, so an admin can tell keys apart without the secret.</summary>
    public string Prefix { get; set; } = "";
    public Guid CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
