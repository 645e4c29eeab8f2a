using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using OcopMarket.Cooperatives.Model;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;
using OcopMarket.Kernel.Seeding;
using OcopMarket.Ordering.Buyers;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Identity;

public class IdentitySeederTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private sealed class Development : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;
        public string ApplicationName { get; set; } = "OcopMarket";
        public string ContentRootPath { get; set; } = RepoRoot.Path;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    /// <summary>Every module's seeder, in order, with the demo accounts of the given environment.</summary>
    private async Task SeedAsync(IHostEnvironment environment)
    {
        using var scope = api.App.Services.CreateScope();
        var services = scope.ServiceProvider;
        var files = new SeedFiles(Path.Combine(RepoRoot.Path, "seed"));
        var demo = ActivatorUtilities.CreateInstance<DemoAccounts>(services, environment);
        foreach (var registered in services.GetServices<ISeeder>().OrderBy(s => s.Order))
        {
            var type = registered.GetType();
            var takesDemo = type.GetConstructors().Single().GetParameters().Any(p => p.ParameterType == typeof(DemoAccounts));
            var seeder = (ISeeder)(takesDemo ? ActivatorUtilities.CreateInstance(services, type, demo) : registered);
            await seeder.SeedAsync(files, default);
        }
    }

    [Fact]
    public async Task Development_seed_creates_the_demo_accounts_once_and_they_can_log_in()
    {
        await SeedAsync(new Development { EnvironmentName = Environments.Production });
        await using (var session = api.App.Services.GetRequiredService<IDocumentStore>().QuerySession())
            Assert.Equal(0, await session.Query<User>().CountAsync());

        await SeedAsync(new Development());
        await SeedAsync(new Development());
        await using var query = api.App.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var users = await query.Query<User>().ToListAsync();
        var cooperatives = await query.Query<Cooperative>().ToListAsync();
        Assert.Single(users, u => u.Email == "admin@ocop.local" && u.Role == Role.Admin);
        Assert.All(cooperatives, c => Assert.Single(users, u => u.Email == $"{c.Slug}@ocop.local" && u.CooperativeId == c.Id));
        Assert.Equal(1 + cooperatives.Count + 2, users.Count);
        var buyers = await query.Query<Buyer>().ToListAsync();
        Assert.Equal(2, buyers.Count);
        Assert.All(buyers, b => Assert.True(b.Status == BuyerStatus.Verified && TaxCode.IsValid(b.TaxCode)));

        foreach (var email in new[] { "admin@ocop.local", "buyer1@ocop.local", $"{cooperatives[0].Slug}@ocop.local" })
        {
            var login = (await api.Client.PostAsync(Gql.Login, new { input = new { email, password = "ocop-demo" } })).OkData()["login"]!;
            Assert.NotNull(login["token"]);
        }
    }
}
