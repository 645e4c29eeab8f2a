using Marten;
using OcopMarket.Cooperatives.Model;
using OcopMarket.Identity.Model;
using OcopMarket.Infrastructure.Seeding;
using OcopMarket.Ordering.Buyers;

namespace OcopMarket.Identity;

/// <summary>
/// Development demo accounts (see README): admin@ocop.local, &lt;cooperative-slug&gt;@ocop.local for each cooperative in
/// the database, and two verified buyer businesses with buyer1@ / buyer2@ocop.local. Runs only in Development (the
/// password is public), after the catalog seeder, and adds only what is missing.
/// </summary>
public sealed class IdentitySeeder(IDocumentSession session, Passwords passwords, IHostEnvironment environment, TimeProvider clock) : ISeeder
{
    // Public on purpose: demo accounts of a local Development database, listed in the README.
    private const string DemoPassword = "ocop-demo";

    public int Order => 20;

    public async Task SeedAsync(SeedFiles files, CancellationToken ct)
    {
        if (!environment.IsDevelopment()) return;
        var existing = (await session.Query<User>().Select(u => u.Email).ToListAsync(ct)).ToHashSet();
        AddUser(existing, "admin@ocop.local", "Quản trị viên liên minh HTX", Role.Admin);

        foreach (var cooperative in await session.Query<Cooperative>().ToListAsync(ct))
        {
            AddUser(existing, $"{cooperative.Slug}@ocop.local", $"Quản lý {cooperative.Name}", Role.CooperativeManager,
                cooperativeId: cooperative.Id);
        }

        foreach (var (email, buyer) in DemoBuyers())
        {
            if (await session.LoadAsync<Buyer>(buyer.Id, ct) == null) session.Insert(buyer);
            AddUser(existing, email, $"Thành viên {buyer.Name}", Role.Buyer, buyerId: buyer.Id);
        }
        await session.SaveChangesAsync(ct);
    }

    private void AddUser(HashSet<string> existing, string email, string name, Role role, Guid? cooperativeId = null, Guid? buyerId = null)
    {
        if (!existing.Add(email)) return;
        var user = new User
        {
            Id = Catalog.CatalogRegistration.StableId("user", email), Email = email, DisplayName = name, Role = role,
            CooperativeId = cooperativeId, BuyerId = buyerId, CreatedAt = clock.GetUtcNow()
        };
        user.PasswordHash = passwords.Hash(user, DemoPassword);
        session.Insert(user);
    }

    /// <summary>Invented businesses; the tax codes only have a valid format.</summary>
    private IEnumerable<(string Email, Buyer Buyer)> DemoBuyers()
    {
        yield return ("buyer1@ocop.local", DemoBuyer("Siêu thị Nông sản Sạch Hồng Hà", "0101234565", "Kho Long Biên",
            "Nguyễn Thị Lan", "0912 345 678", "Số 12 ngõ 45 Nguyễn Văn Cừ", "Phường Bồ Đề", "01"));
        yield return ("buyer2@ocop.local", DemoBuyer("Công ty TNHH Phân phối Đặc sản Duyên Hải", "0201234569-001", "Chi nhánh Lê Chân",
            "Trần Văn Minh", "0936 222 111", "Số 8 đường Tô Hiệu", "Phường Lê Chân", "31"));
    }

    private Buyer DemoBuyer(string name, string taxCode, string label, string recipient, string phone, string line,
        string commune, string province) => new()
    {
        Id = Catalog.CatalogRegistration.StableId("buyer", taxCode), Name = name, TaxCode = taxCode, Status = BuyerStatus.Verified,
        CreatedAt = clock.GetUtcNow(), VerifiedAt = clock.GetUtcNow(),
        Addresses =
        [
            new BuyerAddress
            {
                Id = Catalog.CatalogRegistration.StableId("address", taxCode), Label = label, Recipient = recipient, Phone = phone,
                Line = line, Commune = commune, ProvinceCode = province, IsDefault = true
            }
        ]
    };
}
