using OcopMarket.Cooperatives;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Catalog;
using OcopMarket.Catalog.Model;
using OcopMarket.Cooperatives.Model;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Trade;

/// <summary>
/// Besides the trade fixture's two verified cooperatives: a self-registered, unverified one whose food product is
/// published (so only its status keeps it out), a verified one whose food product is only a draft, and a verified one
/// that the tests suspend after it quoted. All in Hải Phòng (31), like htx-a.
/// </summary>
public class DemandRequestAccessFixture : TradeFixture
{
    public GraphQLClient ManagerUnverified { get; private set; } = null!;
    public GraphQLClient ManagerDraftOnly { get; private set; } = null!;
    public GraphQLClient ManagerLater { get; private set; } = null!;
    public Guid CoopLater { get; private set; }

    protected override async Task AfterStartAsync()
    {
        await base.AfterStartAsync();
        using var scope = App.Services.CreateScope();
        var writer = scope.ServiceProvider.GetRequiredService<CatalogWriter>();
        var login = scope.ServiceProvider.GetRequiredService<LoginService>();
        var unverified = Cooperative("htx-moi", "Hợp tác xã Mới Đăng Ký", "31");
        unverified.Status = CooperativeStatus.Unverified;
        var draftOnly = Cooperative("htx-nhap", "Hợp tác xã Chỉ Có Bản Nháp", "31");
        var later = Cooperative("htx-sau", "Hợp tác xã Sẽ Bị Tạm Ngưng", "31");
        CoopLater = later.Id;
        writer.Session.Insert(unverified, draftOnly, later);
        Product(writer, unverified, "mam-moi", "U1-KG", ProductStatus.Published);
        Product(writer, draftOnly, "mam-nhap", "D1-KG", ProductStatus.Draft);
        Product(writer, later, "mam-sau", "L1-KG", ProductStatus.Published);
        await writer.Session.SaveChangesAsync();
        ManagerUnverified = await ClientFor(writer.Session, login, new User { Role = Role.CooperativeManager, CooperativeId = unverified.Id });
        ManagerDraftOnly = await ClientFor(writer.Session, login, new User { Role = Role.CooperativeManager, CooperativeId = draftOnly.Id });
        ManagerLater = await ClientFor(writer.Session, login, new User { Role = Role.CooperativeManager, CooperativeId = later.Id });
    }

    public async Task SuspendAsync(Guid cooperativeId)
    {
        using var scope = App.Services.CreateScope();
        var writer = scope.ServiceProvider.GetRequiredService<CatalogWriter>();
        var cooperative = (await writer.Session.LoadAsync<Cooperative>(cooperativeId))!;
        cooperative.Status = CooperativeStatus.Suspended;
        writer.Session.Update(cooperative);
        await writer.RefreshListingsAsync(CooperativeSummary.Of(cooperative), CancellationToken.None);
        await writer.Session.SaveChangesAsync();
    }

    private static void Product(CatalogWriter writer, Cooperative cooperative, string slug, string sku, ProductStatus status)
    {
        var product = new Product
        {
            Id = Guid.NewGuid(), Slug = slug, CooperativeId = cooperative.Id, Name = slug, Description = slug, Group = OcopGroup.Food,
            Status = status, Variants = [Variant(sku, 40_000)]
        };
        writer.Save(product, CooperativeSummary.Of(cooperative));
        writer.QueueSetOnHand(sku, product.Id, 100);
    }
}

public class DemandRequestAccessTests(DemandRequestAccessFixture api) : IClassFixture<DemandRequestAccessFixture>
{
    private const string Post = """
        mutation($input: PostDemandRequestInput!) { postDemandRequest(input: $input) { demandRequest { id } userErrors { code message } } }
        """;
    private const string List = "{ demandRequests(first: 100) { nodes { id } } }";
    private const string One = "query($id: ID!) { demandRequest(id: $id) { id quotes { id } } }";
    private const string Submit = """
        mutation($input: QuoteInput!) { submitQuote(input: $input) { quote { id } userErrors { code field message } } }
        """;
    private const string Revise = """
        mutation($id: ID!, $input: QuoteInput!) { reviseQuote(id: $id, input: $input) { quote { id } userErrors { code field message } } }
        """;

    private async Task<string> PostAsync(string description)
    {
        var input = new
        {
            description, group = "FOOD", quantity = 100, unit = "kg", deliveryProvinceCode = "31",
            neededBy = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd"), expiresAt = api.Clock.GetUtcNow().AddDays(7)
        };
        var payload = (await api.Buyers[0].PostAsync(Post, new { input })).OkData()["postDemandRequest"]!;
        Assert.Empty(payload["userErrors"]!.AsArray());
        return payload["demandRequest"]!["id"]!.GetValue<string>();
    }

    private static object QuoteFields(string requestId, string sku, long price) => new
    {
        requestId, sku, unitPrice = price, quantity = 5, deliveryDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10)).ToString("yyyy-MM-dd"),
        validUntil = DateTimeOffset.UtcNow.AddDays(3)
    };

    private static async Task<string?> SubmitCodeAsync(GraphQLClient manager, string requestId, string sku) =>
        (await manager.PostAsync(Submit, new { input = QuoteFields(requestId, sku, 41_000) })).OkData()["submitQuote"]!["userErrors"]!
        .AsArray().FirstOrDefault()?["code"]?.GetValue<string>();

    private static async Task<List<string>> VisibleTo(GraphQLClient manager) =>
        (await manager.PostAsync(List)).OkData()["demandRequests"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task An_unverified_cooperative_neither_sees_nor_quotes_on_buyers_requests()
    {
        var request = await PostAsync("Cần 100 kg mắm cho nhà hàng");
        Assert.Contains(request, await VisibleTo(api.ManagerA)); // a verified cooperative with a published food product does

        var list = await api.ManagerUnverified.PostAsync(List);
        Assert.Equal("FORBIDDEN", list.FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await api.ManagerUnverified.PostAsync(One, new { id = request })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", await SubmitCodeAsync(api.ManagerUnverified, request, "U1-KG"));
        var quotes = (await api.Buyers[0].PostAsync(One, new { id = request })).OkData()["demandRequest"]!["quotes"]!.AsArray();
        Assert.Empty(quotes);
    }

    [Fact]
    public async Task A_cooperatives_drafts_do_not_open_requests_to_it()
    {
        var request = await PostAsync("Cần mắm tôm, nhà cung cấp có hàng đang bán");
        Assert.DoesNotContain(request, await VisibleTo(api.ManagerDraftOnly));
        Assert.Equal("FORBIDDEN", (await api.ManagerDraftOnly.PostAsync(One, new { id = request })).FirstErrorCode);
        Assert.Equal("NOT_FOUND", await SubmitCodeAsync(api.ManagerDraftOnly, request, "D1-KG"));
    }

    [Fact]
    public async Task A_suspended_cooperative_loses_the_requests_it_quoted_on()
    {
        var request = await PostAsync("Cần mắm cáy cho hội chợ");
        var submitted = (await api.ManagerLater.PostAsync(Submit, new { input = QuoteFields(request, "L1-KG", 41_000) })).OkData()["submitQuote"]!;
        Assert.Empty(submitted["userErrors"]!.AsArray());
        var quote = submitted["quote"]!["id"]!.GetValue<string>();

        await api.SuspendAsync(api.CoopLater);

        Assert.Equal("FORBIDDEN", (await api.ManagerLater.PostAsync(List)).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await api.ManagerLater.PostAsync(One, new { id = request })).FirstErrorCode);
        var revised = (await api.ManagerLater.PostAsync(Revise, new { id = quote, input = QuoteFields(request, "L1-KG", 39_000) })).OkData()["reviseQuote"]!;
        Assert.Equal("FORBIDDEN", revised["userErrors"]![0]!["code"]!.GetValue<string>());
    }
}
