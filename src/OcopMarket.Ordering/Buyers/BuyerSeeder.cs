using Marten;
using OcopMarket.Identity;
using OcopMarket.Kernel.Seeding;

namespace OcopMarket.Ordering.Buyers;

/// <summary>Development only: two verified, invented buyer businesses, each with a demo member (buyer1@ / buyer2@ocop.local).</summary>
public sealed class BuyerSeeder(IDocumentSession session, DemoAccounts accounts, TimeProvider clock) : ISeeder
{
    public int Order => 30;

    public async Task SeedAsync(SeedFiles files, CancellationToken ct)
    {
        if (!accounts.Enabled) return;
        foreach (var (email, buyer) in DemoBuyers())
        {
            if (await session.LoadAsync<Buyer>(buyer.Id, ct) == null) session.Insert(buyer);
            await accounts.AddAsync(email, $"Thành viên {buyer.Name}", Role.Buyer, buyerId: buyer.Id, ct: ct);
        }
        await session.SaveChangesAsync(ct);
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
        Id = StableIds.From("buyer", taxCode), Name = name, TaxCode = taxCode, Status = BuyerStatus.Verified,
        CreatedAt = clock.GetUtcNow(), VerifiedAt = clock.GetUtcNow(),
        Addresses =
        [
            new BuyerAddress
            {
                Id = StableIds.From("address", taxCode), Label = label, Recipient = recipient, Phone = phone,
                Line = line, Commune = commune, ProvinceCode = province, IsDefault = true
            }
        ]
    };
}
