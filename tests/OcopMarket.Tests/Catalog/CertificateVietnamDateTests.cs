using OcopMarket.Cooperatives;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Catalog;
using OcopMarket.Catalog.Model;
using OcopMarket.Cooperatives.Model;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Catalog;

/// <summary>
/// A database whose session time zone is on another calendar day than Vietnam right now (UTC-12 or UTC+14, whichever
/// differs at the moment the fixture starts). A server in UTC is in this situation every day from 00:00 to 07:00
/// Vietnam time; this fixture makes that situation happen whenever the test runs.
/// </summary>
public class OtherDayDatabaseFixture : ApiFixture
{
    private static readonly string TimeZone = PickTimeZone();

    private static string PickTimeZone()
    {
        var vietnam = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        // POSIX-style names: Etc/GMT+12 is UTC-12.
        return DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-12)) != vietnam ? "Etc/GMT+12" : "Etc/GMT-14";
    }

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Marten"] = ConnectionString + ";Timezone=" + TimeZone,
    };
}

public class CertificateVietnamDateTests(OtherDayDatabaseFixture api) : IClassFixture<OtherDayDatabaseFixture>
{
    [Fact]
    public async Task Certificate_validity_in_filters_follows_the_Vietnamese_calendar_day_not_the_database_clock()
    {
        var today = SeedCatalog.VietnamToday;
        // Expires today (ExpiresOn = issuedOn + 36 months = today): no longer valid. Expires tomorrow: still valid.
        await AddAsync("het-han-hom-nay", today.AddMonths(-36));
        await AddAsync("het-han-ngay-mai", today.AddDays(1).AddMonths(-36));
        Assert.Equal(today, today.AddMonths(-36).AddMonths(36));

        var all = (await api.Client.PostAsync("{ products(first: 10) { nodes { slug certified } } }")).OkData()["products"]!["nodes"]!
            .AsArray().ToDictionary(n => (string)n!["slug"]!, n => (bool)n!["certified"]!);
        Assert.False(all["het-han-hom-nay"]);
        Assert.True(all["het-han-ngay-mai"]);

        foreach (var filter in new[] { "certifiedOnly: true", "minStars: 4" })
        {
            var slugs = (await api.Client.PostAsync($"{{ products(first: 10, filter: {{ {filter} }}) {{ nodes {{ slug }} }} }}"))
                .OkData()["products"]!["nodes"]!.AsArray().Select(n => (string)n!["slug"]!).ToList();
            Assert.Equal(["het-han-ngay-mai"], slugs);
        }

        var stars = (await api.Client.PostAsync("{ productFacets { stars { stars count } } }")).OkData()["productFacets"]!["stars"]!.AsArray();
        Assert.Equal(1, stars.Sum(s => (int)s!["count"]!));

        var byStars = (await api.Client.PostAsync("{ products(first: 10, order: STARS_DESC) { nodes { slug } } }"))
            .OkData()["products"]!["nodes"]!.AsArray().Select(n => (string)n!["slug"]!).ToList();
        Assert.Equal(["het-han-ngay-mai", "het-han-hom-nay"], byStars);
    }

    private async Task AddAsync(string slug, DateOnly issuedOn)
    {
        using var scope = api.App.Services.CreateScope();
        var writer = scope.ServiceProvider.GetRequiredService<CatalogWriter>();
        var cooperative = await writer.Session.Query<Cooperative>().FirstOrDefaultAsync(c => c.Slug == "htx-ngay-viet-nam");
        if (cooperative == null)
        {
            cooperative = new Cooperative
            {
                Id = Guid.NewGuid(), Slug = "htx-ngay-viet-nam", Name = "HTX Ngày Việt Nam", ProvinceCode = "01",
                Status = CooperativeStatus.Verified, CreatedAt = DateTimeOffset.UtcNow,
            };
            writer.Session.Insert(cooperative);
        }
        writer.Save(new Product
        {
            Id = Guid.NewGuid(), Slug = slug, CooperativeId = cooperative.Id, Name = "Chè " + slug, Group = OcopGroup.Drinks,
            Status = ProductStatus.Published, PublishedAt = DateTimeOffset.UtcNow,
            Certificate = new OcopCertificate { Stars = 4, IssuedOn = issuedOn, Verified = true, DecisionNumber = "Quyết định số 1/QĐ-UBND" },
            Variants = [new ProductVariant { Sku = slug.ToUpperInvariant(), Name = "Gói 100 g", Unit = "gói", RetailPrice = 50_000 }],
        }, CooperativeSummary.Of(cooperative));
        await writer.Session.SaveChangesAsync();
    }
}
