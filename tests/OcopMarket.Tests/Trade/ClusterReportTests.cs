using OcopMarket.Cooperatives;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Catalog;
using OcopMarket.Catalog.Model;
using OcopMarket.Cooperatives.Model;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;
using OcopMarket.Ordering.Buyers;
using OcopMarket.Ordering.Orders;
using OcopMarket.Tests.Support;
using OcopMarket.Trade;
using Xunit;

namespace OcopMarket.Tests.Trade;

/// <summary>
/// A small data set whose report figures were worked out by hand (see the expectations in the test):
/// Hải Phòng (31): cooperatives A (verified, 2 published products: one 4★ valid, one 5★ expired; 1 draft) and
/// C (suspended); Ninh Bình (37): cooperative B (verified, only a draft product). Buyers: verified in 31 and 01,
/// unverified in 31. Orders in November 2026: A placed 2,000,000 and confirmed 3,000,000 + 500,000; one in October
/// (outside the period). Requests: 31 ×2 (one quoted and accepted, one quoted), 37 ×1 (no quote), one in October.
/// </summary>
public class ReportFixture : ApiFixture
{
    public GraphQLClient Admin { get; private set; } = null!;
    public GraphQLClient Buyer { get; private set; } = null!;

    protected override async Task AfterStartAsync()
    {
        using var scope = App.Services.CreateScope();
        var writer = scope.ServiceProvider.GetRequiredService<CatalogWriter>();
        var session = writer.Session;
        var a = Coop("a", "31", CooperativeStatus.Verified);
        var b = Coop("b", "37", CooperativeStatus.Verified);
        var c = Coop("c", "31", CooperativeStatus.Suspended);
        session.Insert(a, b, c);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        writer.Save(Product(a, "a1", ProductStatus.Published, new OcopCertificate { Stars = 4, Verified = true, IssuedOn = today.AddMonths(-6) }), CooperativeSummary.Of(a));
        writer.Save(Product(a, "a2", ProductStatus.Published, new OcopCertificate { Stars = 5, Verified = true, IssuedOn = today.AddMonths(-40) }), CooperativeSummary.Of(a));
        writer.Save(Product(a, "a3", ProductStatus.Draft, null), CooperativeSummary.Of(a));
        writer.Save(Product(b, "b1", ProductStatus.Draft, new OcopCertificate { Stars = 3, Verified = true, IssuedOn = today }), CooperativeSummary.Of(b));
        writer.Save(Product(c, "c1", ProductStatus.Published, new OcopCertificate { Stars = 4, Verified = true, IssuedOn = today }), CooperativeSummary.Of(c));

        session.Insert(BuyerIn("31", BuyerStatus.Verified), BuyerIn("01", BuyerStatus.Verified), BuyerIn("31", BuyerStatus.Registered));
        var november = new DateTimeOffset(2026, 11, 10, 3, 0, 0, TimeSpan.Zero);
        session.Insert(Order(a, CooperativeOrderStatus.Placed, 2_000_000, november), Order(a, CooperativeOrderStatus.Confirmed, 3_000_000, november),
            Order(a, CooperativeOrderStatus.Confirmed, 500_000, november), Order(b, CooperativeOrderStatus.Placed, 9_000_000, november.AddMonths(-1)));

        var accepted = Request("31", DemandRequestStatus.Accepted, november);
        var quoted = Request("31", DemandRequestStatus.Open, november);
        session.Insert(accepted, quoted, Request("37", DemandRequestStatus.Open, november), Request("37", DemandRequestStatus.Open, november.AddMonths(-1)));
        session.Insert(Quote(accepted, a), Quote(quoted, a));

        var admin = new User { Id = Guid.NewGuid(), Email = "report-admin@test.local", Role = Role.Admin, CreatedAt = DateTimeOffset.UtcNow };
        var buyerUser = new User { Id = Guid.NewGuid(), Email = "report-buyer@test.local", Role = Role.Buyer, BuyerId = Guid.NewGuid(), CreatedAt = DateTimeOffset.UtcNow };
        session.Insert(admin, buyerUser);
        await session.SaveChangesAsync();
        var login = scope.ServiceProvider.GetRequiredService<LoginService>();
        Admin = Client.WithToken((await login.IssueTokenAsync(admin, CancellationToken.None)).Token);
        Buyer = Client.WithToken((await login.IssueTokenAsync(buyerUser, CancellationToken.None)).Token);
    }

    private static Cooperative Coop(string slug, string province, CooperativeStatus status) => new()
    {
        Id = Guid.NewGuid(), Slug = "report-" + slug, Name = "HTX " + slug, ProvinceCode = province, Status = status, CreatedAt = DateTimeOffset.UtcNow
    };

    private static Product Product(Cooperative cooperative, string slug, ProductStatus status, OcopCertificate? certificate) => new()
    {
        Id = Guid.NewGuid(), Slug = "report-" + slug, CooperativeId = cooperative.Id, Name = slug, Group = OcopGroup.Food, Status = status,
        Certificate = certificate, PublishedAt = DateTimeOffset.UtcNow,
        Variants = [new ProductVariant { Sku = "R-" + slug, Name = slug, Unit = "kg", RetailPrice = 10_000 }]
    };

    private static Buyer BuyerIn(string province, BuyerStatus status) => new()
    {
        Id = Guid.NewGuid(), Name = "Buyer " + province, TaxCode = Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(), Status = status, CreatedAt = DateTimeOffset.UtcNow,
        Addresses = [new BuyerAddress { Id = Guid.NewGuid(), ProvinceCode = "79" }, new BuyerAddress { Id = Guid.NewGuid(), ProvinceCode = province, IsDefault = true }]
    };

    private static CooperativeOrder Order(Cooperative cooperative, CooperativeOrderStatus status, long subtotal, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(), PurchaseOrderId = Guid.NewGuid(), BuyerId = Guid.NewGuid(), CooperativeId = cooperative.Id, Status = status,
        Subtotal = subtotal, CreatedAt = at
    };

    private static DemandRequest Request(string province, DemandRequestStatus status, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(), BuyerId = Guid.NewGuid(), Description = "x", Group = OcopGroup.Food, Quantity = 1, Unit = "kg",
        DeliveryProvinceCode = province, Status = status, CreatedAt = at, ExpiresAt = at.AddDays(30)
    };

    private static Quote Quote(DemandRequest request, Cooperative cooperative) => new()
    {
        Id = Guid.NewGuid(), RequestId = request.Id, BuyerId = request.BuyerId, CooperativeId = cooperative.Id, Sku = "R-a1", UnitPrice = 1, Quantity = 1
    };
}

public class ClusterReportTests(ReportFixture api) : IClassFixture<ReportFixture>
{
    private const string Report = """
        query($codes: [String!]) { clusterReport(provinceCodes: $codes, from: "2026-11-01", to: "2026-11-30") {
          provinces { provinceCode provinceName cooperativesVerified cooperativesActive productsByStars { stars count } publishedListings buyers
                      orders { status count value } demandRequests demandRequestsAnswered demandRequestsAccepted }
          total { cooperativesVerified cooperativesActive publishedListings buyers orders { status count value } demandRequests demandRequestsAnswered demandRequestsAccepted } } }
        """;

    [Fact]
    public async Task Report_figures_match_the_hand_checked_data_set()
    {
        var report = (await api.Admin.PostAsync(Report, new { codes = new[] { "31", "37" } })).OkData()["clusterReport"]!;
        var hp = report["provinces"]![0]!;
        var nb = report["provinces"]![1]!;
        Assert.Equal("Hải Phòng", hp["provinceName"]!.GetValue<string>());
        Assert.Equal((1, 1, 2, 1), Ints(hp, "cooperativesVerified", "cooperativesActive", "publishedListings", "buyers"));
        Assert.Equal("4:1", Stars(hp));   // the 5★ certificate expired; the suspended cooperative is not listed
        Assert.Equal("CONFIRMED:2:3500000,PLACED:1:2000000", Orders(hp));
        Assert.Equal(2, hp["demandRequests"]!.GetValue<int>());
        Assert.Equal(2, hp["demandRequestsAnswered"]!.GetValue<int>());
        Assert.Equal(1, hp["demandRequestsAccepted"]!.GetValue<int>());

        Assert.Equal((1, 0, 0, 0), Ints(nb, "cooperativesVerified", "cooperativesActive", "publishedListings", "buyers"));
        Assert.Equal("", Stars(nb));
        Assert.Equal("", Orders(nb)); // its only order is in October
        Assert.Equal(1, nb["demandRequests"]!.GetValue<int>());
        Assert.Equal(0, nb["demandRequestsAnswered"]!.GetValue<int>());

        var total = report["total"]!;
        Assert.Equal((2, 1, 2, 1), Ints(total, "cooperativesVerified", "cooperativesActive", "publishedListings", "buyers"));
        Assert.Equal("CONFIRMED:2:3500000,PLACED:1:2000000", Orders(total));
        Assert.Equal(3, total["demandRequests"]!.GetValue<int>());
    }

    [Fact]
    public async Task Report_is_for_admins_only_and_checks_its_arguments()
    {
        Assert.Equal("FORBIDDEN", (await api.Buyer.PostAsync(Report, new { codes = new[] { "31" } })).FirstErrorCode);
        Assert.Equal("UNAUTHENTICATED", (await api.Client.PostAsync(Report, new { codes = new[] { "31" } })).FirstErrorCode);
        Assert.Equal("BAD_USER_INPUT", (await api.Admin.PostAsync(Report, new { codes = new[] { "99" } })).FirstErrorCode);
    }

    private static (int, int, int, int) Ints(JsonNode node, string a, string b, string c, string d) =>
        (node[a]!.GetValue<int>(), node[b]!.GetValue<int>(), node[c]!.GetValue<int>(), node[d]!.GetValue<int>());

    private static string Stars(JsonNode node) =>
        string.Join(',', node["productsByStars"]!.AsArray().Select(s => $"{s!["stars"]}:{s["count"]}"));

    private static string Orders(JsonNode node) =>
        string.Join(',', node["orders"]!.AsArray().Select(o => $"{o!["status"]!.GetValue<string>()}:{o["count"]}:{o["value"]}"));
}
