using Marten;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Identity;

/// <summary>An API with an admin account, and helpers to sign in and to read documents straight from the database.</summary>
public class IdentityFixture : ApiFixture
{
    public const string AdminEmail = "admin@test.local";
    public const string Password = "correct-horse-42";

    protected override Task AfterStartAsync() => CreateUserAsync(AdminEmail, Role.Admin);

    /// <summary>Stores a user with <see cref="Password"/>, as an operator would create one.</summary>
    public async Task CreateUserAsync(string email, Role role)
    {
        using var scope = App.Services.CreateScope();
        var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
        var user = new User { Id = Guid.NewGuid(), Email = email, DisplayName = email, Role = role, CreatedAt = DateTimeOffset.UtcNow };
        user.PasswordHash = scope.ServiceProvider.GetRequiredService<Passwords>().Hash(user, Password);
        session.Insert(user);
        await session.SaveChangesAsync();
    }

    /// <summary>A client that sends the token from logging in with these credentials.</summary>
    public async Task<GraphQLClient> SignInAsync(string email, string password = Password)
    {
        var response = await Client.PostAsync(Gql.Login, new { input = new { email, password } });
        var token = response.OkData()["login"]!["token"]?.GetValue<string>()
                    ?? throw new Xunit.Sdk.XunitException($"Login failed for {email}: {response.Body}");
        return Client.WithToken(token);
    }

    public Task<GraphQLClient> AdminAsync() => SignInAsync(AdminEmail);

    public async Task<T?> LoadAsync<T>(object id) where T : class
    {
        await using var session = App.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return id switch
        {
            Guid g => await session.LoadAsync<T>(g),
            string s => await session.LoadAsync<T>(s),
            _ => throw new ArgumentException("id must be a Guid or string")
        };
    }

    public async Task<IReadOnlyList<T>> AllAsync<T>() where T : notnull
    {
        await using var session = App.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Query<T>().ToListAsync();
    }

    /// <summary>A unique suffix, so tests sharing this fixture never collide on emails, slugs or SKUs.</summary>
    public static string Unique() => Guid.NewGuid().ToString("N")[..8];
}

/// <summary>Operations the identity tests send.</summary>
public static class Gql
{
    public const string Login = """
        mutation($input: LoginInput!) { login(input: $input) { token expiresAt user { id email role cooperative { id } buyer { id } } userErrors { code field message } } }
        """;

    public const string Me = "{ me { id email role cooperative { id slug } buyer { id name } } }";

    public const string RegisterBuyer = """
        mutation($input: RegisterBuyerInput!) { registerBuyer(input: $input) {
          buyer { id name taxCode status addresses { isDefault provinceCode } } member { id email role buyer { id } } token
          userErrors { code field message } } }
        """;

    public const string VerifyBuyer = """
        mutation($id: ID!) { verifyBuyer(input: { buyerId: $id }) { buyer { id status } userErrors { code field message } } }
        """;

    /// <summary>A valid, random Hà Nội (01) tax code: nine digits that have a check digit, and that digit.</summary>
    public static string RandomTaxCode()
    {
        while (true)
        {
            var nine = "01" + Random.Shared.Next(1_000_000, 10_000_000);
            if (OcopMarket.Ordering.Buyers.TaxCode.CheckDigit(nine) is { } check) return nine + check;
        }
    }

    public static object BuyerInput(string suffix, string? taxCode = null, string? email = null) => new
    {
        name = $"Cửa hàng Đặc sản {suffix}",
        taxCode = taxCode ?? RandomTaxCode(),
        addresses = new[] { new { label = "Kho", recipient = "Lê Thị Hoa", phone = "0912345678", line = "Số 1 Tràng Tiền", commune = "Phường Hoàn Kiếm", provinceCode = "01" } },
        member = new { email = email ?? $"buyer-{suffix}@test.local", password = IdentityFixture.Password, displayName = "Hoa" }
    };
}
