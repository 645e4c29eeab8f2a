using Microsoft.AspNetCore.Identity;
using OcopMarket.Identity.Model;

namespace OcopMarket.Identity;

/// <summary>
/// ASP.NET Core Identity's hasher (PBKDF2-HMAC-SHA512, 100,000 iterations, per-password salt in the V3 format):
/// slow and salted, and it tells us when a stored hash should be upgraded to newer parameters.
/// </summary>
public sealed class Passwords
{
    public const int MinLength = 8;

    private readonly PasswordHasher<User> hasher = new();

    // Verifying against this when the email is unknown costs the same time as a real check, so response time does
    // not reveal which emails have accounts.
    private readonly Lazy<string> dummyHash;

    public Passwords() => dummyHash = new Lazy<string>(() => hasher.HashPassword(new User(), "not-a-real-password"));

    internal string Hash(User user, string password) => hasher.HashPassword(user, password);

    internal PasswordVerificationResult Verify(User user, string password) =>
        hasher.VerifyHashedPassword(user, user.PasswordHash, password);

    public void VerifyDummy(string password) => hasher.VerifyHashedPassword(new User(), dummyHash.Value, password);
}
