using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Catalog;
using OcopMarket.Catalog.Management;
using OcopMarket.Catalog.Model;
using OcopMarket.Cooperatives;
using OcopMarket.Cooperatives.Model;
using OcopMarket.Kernel.Events;
using OcopMarket.Tests.Ordering;
using OcopMarket.Tests.Support;
using Xunit;
using static OcopMarket.Tests.Ordering.OrderGql;

namespace OcopMarket.Tests.Events;

/// <summary>The ordering fixture's cooperatives, products and buyers, with a consumer that keeps every event the modules record.</summary>
public class ModuleEventsFixture : OrderingFixture
{
    public RecordingConsumer Events { get; } = new("every-event", _ => true);

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Events:PollInterval"] = "00:00:00.1" };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IOutboxConsumer>(Events);

    /// <summary>The events of a subject once at least <paramref name="count"/> have arrived (or what arrived in 20 s).</summary>
    public async Task<List<OutboxEvent>> OfAsync(string subject, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (Events.Handled.Count(e => e.Subject == subject) < count && DateTime.UtcNow < deadline) await Task.Delay(50);
        return Events.Handled.Where(e => e.Subject == subject).ToList();
    }
}

public class ModuleEventsTests(ModuleEventsFixture api) : IClassFixture<ModuleEventsFixture>
{
    private static Guid IdOf(string globalId) => GlobalId.TryDecode(globalId, out _, out var id) ? id : throw new ArgumentException(globalId);

    [Fact]
    public async Task An_order_records_its_placement_and_each_move_for_the_cooperative_and_the_buyer_with_the_stock_it_changed()
    {
        var placed = (await api.Buyers[1].PostAsync(PlaceOrder, Input(Key(), ("A2-KG", 2)))).OkData()["placeOrder"]!["purchaseOrder"]!;
        var id = placed["cooperativeOrders"]![0]!["id"]!.GetValue<string>();
        (await api.ManagerA.PostAsync(Transition("confirmOrder"), new { id, reason = (string?)null })).OkData();
        (await api.ManagerA.PostAsync(Transition("rejectOrder"), new { id, reason = "Hết hàng" })).OkData();

        var events = await api.OfAsync("order:" + IdOf(id), 3);
        Assert.Equal(["order.placed", "order.confirmed", "order.rejected"], events.Select(e => e.Type));
        Assert.All(events, e => Assert.Equal([api.CoopA], e.Audience.CooperativeIds));
        Assert.All(events, e => Assert.NotNull(e.Audience.BuyerId));
        Assert.All(events, e => Assert.False(e.Audience.Public));
        Assert.Equal(id, events[0].Data.GetProperty("cooperativeOrderId").GetString());
        Assert.Equal(placed["number"]!.GetValue<string>(), events[0].Data.GetProperty("orderNumber").GetString());
        Assert.Equal("Hết hàng", events[2].Data.GetProperty("reason").GetString());

        // Reserved, then released: what a shop sees as available, after each change.
        var (onHand, reserved) = await api.StockAsync("A2-KG");
        var stock = (await api.OfAsync("sku:A2-KG", 2)).TakeLast(2).ToList();
        Assert.All(stock, e => Assert.True(e.Audience.Public));
        Assert.Equal(onHand - reserved - 2, stock[0].Data.GetProperty("stockAvailable").GetInt32());
        Assert.Equal(onHand - reserved, stock[1].Data.GetProperty("stockAvailable").GetInt32());
    }

    [Fact]
    public async Task An_order_refused_for_stock_records_nothing()
    {
        var before = api.Events.Handled.Count(e => e.Subject == "sku:B2-HOT");
        var response = (await api.Buyers[2].PostAsync(PlaceOrder, Input(Key(), ("B2-HOT", 100_000)))).OkData()["placeOrder"]!;
        Assert.NotEmpty(response["userErrors"]!.AsArray());

        await api.Buyers[2].PostAsync(PlaceOrder, Input(Key(), ("B2-HOT", 1)));
        var after = await api.OfAsync("sku:B2-HOT", before + 1);
        Assert.Equal(before + 1, after.Count); // only the order that went through
    }

    [Fact]
    public async Task Listings_record_unlisted_published_and_stock_counts_for_everyone()
    {
        var product = (await api.Client.PostAsync("query { product(slug: \"gao-b\") { id } }")).OkData()["product"]!["id"]!.GetValue<string>();
        const string Act = "mutation($id: ID!) { unpublishProduct(input: { productId: $id }) { userErrors { code } } publishProduct(input: { productId: $id }) { userErrors { code } } }";
        var done = (await api.ManagerB.PostAsync(Act, new { id = product })).OkData();
        Assert.Empty(done["unpublishProduct"]!["userErrors"]!.AsArray());
        (await api.ManagerB.PostAsync("mutation { setStock(input: { sku: \"B1-TAN\", onHand: 77 }) { userErrors { code } } }")).OkData();

        var events = await api.OfAsync("product:" + IdOf(product), 2);
        Assert.Equal(["product.unlisted", "product.published"], events.Select(e => e.Type));
        Assert.All(events, e => Assert.True(e.Audience.Public));
        Assert.Equal("gao-b", events[1].Data.GetProperty("slug").GetString());
        Assert.Equal("PUBLISHED", events[1].Data.GetProperty("status").GetString());
        var stock = (await api.OfAsync("sku:B1-TAN", 1)).Last();
        Assert.Equal(77 - (await api.StockAsync("B1-TAN")).Reserved, stock.Data.GetProperty("stockAvailable").GetInt32());
        Assert.Equal(product, stock.Data.GetProperty("productId").GetString());
    }

    [Fact]
    public async Task A_certificate_running_out_is_told_once_at_30_days_and_once_at_7()
    {
        var today = VietnamClock.Today(TimeProvider.System);
        var soon = await ProductWithCertificateAsync("che-30", today.AddDays(20).AddMonths(-OcopCertificate.ValidityMonths));
        var sooner = await ProductWithCertificateAsync("che-7", today.AddDays(5).AddMonths(-OcopCertificate.ValidityMonths));
        var later = await ProductWithCertificateAsync("che-90", today.AddDays(90).AddMonths(-OcopCertificate.ValidityMonths));
        var job = api.App.Services.GetRequiredService<CertificateExpiry>();

        await job.RecordDueAsync(CancellationToken.None);
        await job.RecordDueAsync(CancellationToken.None); // another process, or the next hour

        var first = await api.OfAsync("product:" + soon, 1);
        var second = await api.OfAsync("product:" + sooner, 1);
        await Task.Delay(500);
        Assert.Equal(30, Assert.Single(api.Events.Handled.Where(e => e.Subject == "product:" + soon && e.Type == "certificate.expiring")).Data.GetProperty("threshold").GetInt32());
        Assert.Equal(7, Assert.Single(api.Events.Handled.Where(e => e.Subject == "product:" + sooner && e.Type == "certificate.expiring")).Data.GetProperty("threshold").GetInt32());
        Assert.DoesNotContain(api.Events.Handled, e => e.Subject == "product:" + later && e.Type == "certificate.expiring");
        Assert.Equal([api.CoopB], first.Single(e => e.Type == "certificate.expiring").Audience.CooperativeIds);
        Assert.False(second.Single(e => e.Type == "certificate.expiring").Audience.Public);
    }

    private async Task<Guid> ProductWithCertificateAsync(string slug, DateOnly issuedOn)
    {
        using var scope = api.App.Services.CreateScope();
        var writer = scope.ServiceProvider.GetRequiredService<CatalogWriter>();
        var cooperative = await scope.ServiceProvider.GetRequiredService<CooperativeDirectory>().ByIdAsync(api.CoopB, CancellationToken.None);
        var product = new Product
        {
            Id = Guid.NewGuid(), Slug = slug + "-" + Guid.NewGuid().ToString("N")[..6], CooperativeId = api.CoopB, Name = "Chè " + slug,
            Group = OcopGroup.Drinks, Status = ProductStatus.Published, PublishedAt = DateTimeOffset.UtcNow,
            Certificate = new OcopCertificate { Stars = 4, IssuedOn = issuedOn, Verified = true, DecisionNumber = "Quyết định số 1/QĐ-UBND" },
            Variants = [new ProductVariant { Sku = slug.ToUpperInvariant() + Guid.NewGuid().ToString("N")[..6], Name = "Gói", Unit = "gói", RetailPrice = 50_000 }],
        };
        writer.Save(product, cooperative!);
        await writer.Session.SaveChangesAsync();
        return product.Id;
    }
}
