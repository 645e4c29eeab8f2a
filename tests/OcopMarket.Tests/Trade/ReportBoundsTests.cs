using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Catalog;
using OcopMarket.Cooperatives.Model;
using OcopMarket.Ordering.Orders;
using Xunit;

namespace OcopMarket.Tests.Trade;

/// <summary>The report's data set plus, in Hà Nội (01), two orders stored before totals were bounded: 2^63−1 đồng each.</summary>
public class LegacyOrderReportFixture : ReportFixture
{
    protected override async Task AfterStartAsync()
    {
        await base.AfterStartAsync();
        using var scope = App.Services.CreateScope();
        var session = scope.ServiceProvider.GetRequiredService<CatalogWriter>().Session;
        var cooperative = new Cooperative
        {
            Id = Guid.NewGuid(), Slug = "report-huge", Name = "HTX huge", ProvinceCode = "01", Status = CooperativeStatus.Verified, CreatedAt = DateTimeOffset.UtcNow
        };
        session.Insert(cooperative);
        var at = new DateTimeOffset(2026, 11, 12, 3, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 2; i++)
        {
            session.Insert(new CooperativeOrder
            {
                Id = Guid.NewGuid(), PurchaseOrderId = Guid.NewGuid(), BuyerId = Guid.NewGuid(), CooperativeId = cooperative.Id,
                Status = CooperativeOrderStatus.Placed, Subtotal = long.MaxValue, CreatedAt = at
            });
        }
        await session.SaveChangesAsync();
    }
}

public class ReportBoundsTests(LegacyOrderReportFixture api) : IClassFixture<LegacyOrderReportFixture>
{
    private const string Report = """
        query($from: DateOnly!, $to: DateOnly!) { clusterReport(provinceCodes: ["01", "31"], from: $from, to: $to) {
          provinces { provinceCode orders { status count value } } total { orders { status count value } } } }
        """;

    private static string Orders(System.Text.Json.Nodes.JsonNode node) =>
        string.Join(',', node["orders"]!.AsArray().Select(o => $"{o!["status"]!.GetValue<string>()}:{o["count"]}:{o["value"]}"));

    [Fact]
    public async Task An_open_ended_period_reports_everything_instead_of_failing()
    {
        var report = (await api.Admin.PostAsync(Report, new { from = "0001-01-01", to = "9999-12-31" })).OkData()["clusterReport"]!;
        var hp = report["provinces"]!.AsArray().Single(p => p!["provinceCode"]!.GetValue<string>() == "31")!;
        Assert.Equal("CONFIRMED:2:3500000,PLACED:1:2000000", Orders(hp));
    }

    [Fact]
    public async Task Orders_too_large_for_64_bits_together_do_not_break_the_report()
    {
        var report = (await api.Admin.PostAsync(Report, new { from = "2026-11-01", to = "2026-11-30" })).OkData()["clusterReport"]!;
        var hanoi = report["provinces"]!.AsArray().Single(p => p!["provinceCode"]!.GetValue<string>() == "01")!;
        Assert.Equal($"PLACED:2:{long.MaxValue}", Orders(hanoi));
        Assert.Equal($"CONFIRMED:2:3500000,PLACED:3:{long.MaxValue}", Orders(report["total"]!));
    }
}
