namespace OcopMarket.Identity;

/// <summary>Bound from "Identity:Tokens".</summary>
public sealed class TokenOptions
{
    /// <summary>How long a bearer token from login stays valid.</summary>
    public int LifetimeHours { get; set; } = 12;
}
