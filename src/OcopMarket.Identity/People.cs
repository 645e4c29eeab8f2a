using Marten;
using OcopMarket.Identity.Model;

namespace OcopMarket.Identity;

/// <summary>
/// Someone who did something, as other modules show them (who confirmed an order, who changed a listing): a name and
/// a role. Never the e-mail, which is a login name.
/// </summary>
public sealed record Person(string Name, Role Role);

/// <summary>Identity's published lookup of people by user id.</summary>
public sealed class People(IQuerySession session)
{
    public async Task<IReadOnlyDictionary<Guid, Person>> ByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var users = await session.LoadManyAsync<User>(ct, ids);
        return users.ToDictionary(u => u.Id, u => new Person(u.DisplayName, u.Role));
    }
}
