using OcopMarket.Identity.Model;

namespace OcopMarket.Identity;

/// <summary>
/// A user account as other modules see it (the User GraphQL type, a registration's first member or manager): the
/// document stays internal to Identity. Only Identity creates one, so a token is issued only for an account it handed out.
/// </summary>
public sealed class Account
{
    internal Account(User user)
    {
        Id = user.Id;
        Email = user.Email;
        DisplayName = user.DisplayName;
        Role = user.Role;
        CooperativeId = user.CooperativeId;
        BuyerId = user.BuyerId;
    }

    public Guid Id { get; }
    public string Email { get; }
    public string DisplayName { get; }
    public Role Role { get; }
    public Guid? CooperativeId { get; }
    public Guid? BuyerId { get; }
}
