using OcopMarket.Cooperatives;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OcopMarket.Catalog;
using OcopMarket.Catalog.Model;
using OcopMarket.Cooperatives.Model;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;
using OcopMarket.Ordering.Buyers;
using OcopMarket.Tests.Support;

namespace OcopMarket.Tests.Ordering;

/// <summary>
/// Two verified cooperatives with products whose rules the tests know, their managers, verified buyers (and one
/// unverified), all with bearer tokens issued the way login issues them.
/// </summary>
public class OrderingFixture : ApiFixture
{
    public Guid CoopA { get; private set; }
    public Guid CoopB { get; private set; }
    public GraphQLClient ManagerA { get; private set; } = null!;
    public GraphQLClient ManagerB { get; private set; } = null!;
    public GraphQLClient Admin { get; private set; } = null!;
    public GraphQLClient Unverified { get; private set; } = null!;
    public List<GraphQLClient> Buyers { get; } = [];

    /// <summary>How many verified buyers to create (the concurrency fixture needs many).</summary>
    protected virtual int BuyerCount => 3;

    protected override async Task AfterStartAsync()
    {
        using var scope = App.Services.CreateScope();
        var writer = scope.ServiceProvider.GetRequiredService<CatalogWriter>();
        var a = Cooperative("htx-a", "Hợp tác xã Nước mắm Thử A", "31");
        var b = Cooperative("htx-b", "Hợp tác xã Gạo Thử B", "37");
        CoopA = a.Id;
        CoopB = b.Id;
        writer.Session.Insert(a, b);
        AddProduct(writer, a, "nuoc-mam-a", "Nước mắm A",
            Variant("A1-500", 100_000, moq: 12, increment: 12, [new PriceTier(24, 90_000), new PriceTier(120, 80_000)]), 1000);
        AddProduct(writer, a, "mam-ruoc-a", "Mắm ruốc A", Variant("A2-KG", 50_000), 10);
        AddProduct(writer, b, "gao-b", "Gạo nếp B", Variant("B1-TAN", 99_000_000), 100);
        AddProduct(writer, b, "gao-hot", "Gạo tám B", Variant("B2-HOT", 30_000), HotStock);
        await writer.Session.SaveChangesAsync();

        var login = scope.ServiceProvider.GetRequiredService<LoginService>();
        var session = writer.Session;
        Admin = await ClientFor(session, login, new User { Role = Role.Admin });
        ManagerA = await ClientFor(session, login, new User { Role = Role.CooperativeManager, CooperativeId = a.Id });
        ManagerB = await ClientFor(session, login, new User { Role = Role.CooperativeManager, CooperativeId = b.Id });
        for (var i = 0; i < BuyerCount; i++) Buyers.Add(await BuyerClient(session, login, BuyerStatus.Verified, i));
        Unverified = await BuyerClient(session, login, BuyerStatus.Registered, 999);
    }

    protected virtual int HotStock => 40;

    public async Task<(int OnHand, int Reserved)> StockAsync(string sku)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select on_hand, reserved from {Schema}.ocop_stock where sku = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = sku });
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    private protected static Cooperative Cooperative(string slug, string name, string province) => new()
    {
        Id = Guid.NewGuid(), Slug = slug, Name = name, ProvinceCode = province, Status = CooperativeStatus.Verified,
        RegistrationCode = Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(), CreatedAt = DateTimeOffset.UtcNow
    };

    private protected static ProductVariant Variant(string sku, long price, int moq = 1, int increment = 1, List<PriceTier>? tiers = null) => new()
    {
        Sku = sku, Name = sku, Unit = "chai", RetailPrice = price, MinOrderQuantity = moq, OrderIncrement = increment, Tiers = tiers ?? []
    };

    private static void AddProduct(CatalogWriter writer, Cooperative cooperative, string slug, string name, ProductVariant variant, int stock)
    {
        var product = new Product
        {
            Id = Guid.NewGuid(), Slug = slug, CooperativeId = cooperative.Id, Name = name, Description = name, Group = OcopGroup.Food,
            Subgroup = "fish_sauce_soy_sauce", Status = ProductStatus.Published, PublishedAt = DateTimeOffset.UtcNow, Variants = [variant]
        };
        writer.Save(product, CooperativeSummary.Of(cooperative));
        writer.QueueSetOnHand(variant.Sku, product.Id, stock);
    }

    private async Task<GraphQLClient> BuyerClient(IDocumentSession session, LoginService login, BuyerStatus status, int n)
    {
        var buyer = new Buyer
        {
            Id = Guid.NewGuid(), Name = $"Siêu thị Thử {n}", TaxCode = $"01{n:D8}", Status = status, CreatedAt = DateTimeOffset.UtcNow,
            Addresses = [new BuyerAddress { Id = Guid.NewGuid(), Label = "Kho", Recipient = "Nguyễn Văn An", Phone = "0900000000", Line = "Số 1 Phố Huế", Commune = "Phường Hai Bà Trưng", ProvinceCode = "01", IsDefault = true }]
        };
        session.Insert(buyer);
        return await ClientFor(session, login, new User { Role = Role.Buyer, BuyerId = buyer.Id });
    }

    private protected async Task<GraphQLClient> ClientFor(IDocumentSession session, LoginService login, User user)
    {
        user.Id = Guid.NewGuid();
        user.Email = $"{user.Role.ToString().ToLowerInvariant()}-{user.Id:N}@test.local";
        user.DisplayName = user.Email;
        user.CreatedAt = DateTimeOffset.UtcNow;
        session.Insert(user);
        await session.SaveChangesAsync();
        var (token, _) = await login.IssueTokenAsync(user, CancellationToken.None);
        return Client.WithToken(token);
    }
}
