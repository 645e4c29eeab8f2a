using Marten;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Identity;
using System.Net;
using OcopMarket.Identity.Model;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Identity;

public class LoginTests(IdentityFixture api) : IClassFixture<IdentityFixture>
{
    [Fact]
    public async Task Login_returns_a_bearer_token_that_identifies_the_user_in_me()
    {
        var response = await api.Client.PostAsync(Gql.Login, new { input = new { email = " Admin@Test.local ", password = IdentityFixture.Password } });
        var login = response.OkData()["login"]!;
        Assert.Empty(login["userErrors"]!.AsArray());
        var token = login["token"]!.GetValue<string>();
        Assert.StartsWith("ocop_at_", token);

        var me = (await api.Client.WithToken(token).PostAsync(Gql.Me)).OkData()["me"]!;
        Assert.Equal(IdentityFixture.AdminEmail, me["email"]!.GetValue<string>());
        Assert.Equal("ADMIN", me["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task Me_is_null_for_anonymous_callers()
    {
        var response = await api.Client.PostAsync(Gql.Me);
        Assert.Null(response.OkData()["me"]);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_email_get_the_same_error()
    {
        var wrongPassword = await api.Client.PostAsync(Gql.Login, new { input = new { email = IdentityFixture.AdminEmail, password = "nope-nope-nope" } });
        var unknownEmail = await api.Client.PostAsync(Gql.Login, new { input = new { email = "nobody@test.local", password = IdentityFixture.Password } });
        var a = wrongPassword.OkData()["login"]!;
        var b = unknownEmail.OkData()["login"]!;
        Assert.Null(a["token"]);
        Assert.Null(b["token"]);
        Assert.Equal(a["userErrors"]!.ToJsonString(), b["userErrors"]!.ToJsonString());
        Assert.Equal("INVALID_CREDENTIALS", a["userErrors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_bearer_token_is_refused_with_401()
    {
        var response = await api.Client.WithToken("ocop_at_forged").PostAsync(Gql.Me);
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
    }

    [Fact]
    public async Task Logout_revokes_the_token_everywhere()
    {
        var client = await api.AdminAsync();
        var logout = (await client.PostAsync("mutation { logout { revoked userErrors { code } } }")).OkData()["logout"]!;
        Assert.True(logout["revoked"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync(Gql.Me)).Status);
    }

    [Fact]
    public async Task Logout_everywhere_ends_every_session_of_the_user_and_no_one_elses()
    {
        var email = $"everywhere-{IdentityFixture.Unique()}@test.local";
        var admin = await api.AdminAsync();
        await api.CreateUserAsync(email, Role.Admin);
        var phone = await api.SignInAsync(email);
        var laptop = await api.SignInAsync(email);
        var ended = (await phone.PostAsync("mutation { logoutEverywhere { revokedSessions userErrors { code } } }")).OkData()["logoutEverywhere"]!;
        Assert.Equal(2, ended["revokedSessions"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.PostAsync(Gql.Me)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await laptop.PostAsync(Gql.Me)).Status);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync(Gql.Me)).Status); // another user's session stands

        var anonymous = (await api.Client.PostAsync("mutation { logoutEverywhere { revokedSessions userErrors { code } } }")).OkData()["logoutEverywhere"]!;
        Assert.Equal("UNAUTHENTICATED", anonymous["userErrors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Tokens_are_stored_only_as_their_sha256()
    {
        var client = await api.AdminAsync();
        var tokens = await api.AllAsync<AccessToken>();
        Assert.DoesNotContain(tokens, t => t.Id == client.BearerToken);
        Assert.Contains(tokens, t => t.Id == OcopMarket.Identity.Secrets.Hash(client.BearerToken!));
        var admin = (await api.AllAsync<User>()).Single(u => u.Email == IdentityFixture.AdminEmail);
        Assert.DoesNotContain(IdentityFixture.Password, admin.PasswordHash);
    }
}

public class TokenPurgeTests(IdentityFixture api) : IClassFixture<IdentityFixture>
{
    [Fact]
    public async Task Tokens_expired_or_revoked_over_a_day_ago_are_deleted_and_live_ones_kept()
    {
        var now = DateTimeOffset.UtcNow;
        var user = Guid.NewGuid();
        AccessToken Token(string id, DateTimeOffset expires, DateTimeOffset? revoked = null) =>
            new() { Id = id + Guid.NewGuid().ToString("N"), UserId = user, CreatedAt = now.AddDays(-3), ExpiresAt = expires, RevokedAt = revoked };
        var tokens = new[]
        {
            Token("expired-long-ago-", now.AddDays(-2)),
            Token("revoked-long-ago-", now.AddHours(5), revoked: now.AddDays(-2)),
            Token("expired-recently-", now.AddHours(-1)),
            Token("revoked-recently-", now.AddHours(5), revoked: now.AddHours(-1)),
            Token("live-", now.AddHours(5)),
        };
        await using (var session = api.App.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            session.Store(tokens);
            await session.SaveChangesAsync();
        }

        await api.App.Services.GetRequiredService<TokenPurge>().PurgeAsync(CancellationToken.None);

        var left = (await api.AllAsync<AccessToken>()).Where(t => t.UserId == user).Select(t => t.Id[..t.Id.LastIndexOf('-')]).Order();
        Assert.Equal(["expired-recently", "live", "revoked-recently"], left);
    }
}

public class ChangePasswordTests(IdentityFixture api) : IClassFixture<IdentityFixture>
{
    private const string Change = """
        mutation($input: ChangePasswordInput!) { changePassword(input: $input) { revokedTokens userErrors { code field message } } }
        """;

    /// <summary>A member account of its own, so each test changes only its own password.</summary>
    private async Task<string> NewUserAsync()
    {
        using var scope = api.App.Services.CreateScope();
        var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
        var user = new User { Id = Guid.NewGuid(), Email = $"member-{IdentityFixture.Unique()}@test.local", DisplayName = "Lan", Role = Role.Admin, CreatedAt = DateTimeOffset.UtcNow };
        user.PasswordHash = scope.ServiceProvider.GetRequiredService<Passwords>().Hash(user, IdentityFixture.Password);
        session.Insert(user);
        await session.SaveChangesAsync();
        return user.Email;
    }

    private async Task<string?> LoginErrorAsync(string email, string password) =>
        (await api.Client.PostAsync(Gql.Login, new { input = new { email, password } })).OkData()["login"]!["userErrors"]!.AsArray()
        .FirstOrDefault()?["code"]?.GetValue<string>();

    [Fact]
    public async Task A_new_password_replaces_the_old_one_and_ends_every_other_session()
    {
        var email = await NewUserAsync();
        var here = await api.SignInAsync(email);
        var elsewhere = await api.SignInAsync(email);

        var payload = (await here.PostAsync(Change, new { input = new { currentPassword = IdentityFixture.Password, newPassword = "mat-khau-moi-2026" } }))
            .OkData()["changePassword"]!;
        Assert.Empty(payload["userErrors"]!.AsArray());
        Assert.Equal(1, payload["revokedTokens"]!.GetValue<int>());

        Assert.Equal(HttpStatusCode.OK, (await here.PostAsync(Gql.Me)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.PostAsync(Gql.Me)).Status);
        Assert.Equal("INVALID_CREDENTIALS", await LoginErrorAsync(email, IdentityFixture.Password));
        Assert.Null(await LoginErrorAsync(email, "mat-khau-moi-2026"));
    }

    [Fact]
    public async Task A_wrong_current_password_or_a_weak_new_one_changes_nothing()
    {
        var email = await NewUserAsync();
        var user = await api.SignInAsync(email);

        async Task<(string Code, string Field)> ErrorAsync(string current, string next)
        {
            var error = (await user.PostAsync(Change, new { input = new { currentPassword = current, newPassword = next } }))
                .OkData()["changePassword"]!["userErrors"]![0]!;
            return (error["code"]!.GetValue<string>(), error["field"]!.AsArray()[^1]!.GetValue<string>());
        }
        Assert.Equal(("INVALID_CREDENTIALS", "currentPassword"), await ErrorAsync("not-the-password", "mat-khau-moi-2026"));
        Assert.Equal(("VALIDATION", "newPassword"), await ErrorAsync(IdentityFixture.Password, "ngan"));
        Assert.Equal(("VALIDATION", "newPassword"), await ErrorAsync(IdentityFixture.Password, IdentityFixture.Password));
        Assert.Null(await LoginErrorAsync(email, IdentityFixture.Password));

        var anonymous = (await api.Client.PostAsync(Change, new { input = new { currentPassword = "x", newPassword = "mat-khau-moi-2026" } }))
            .OkData()["changePassword"]!["userErrors"]![0]!;
        Assert.Equal("UNAUTHENTICATED", anonymous["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Guessing_the_current_password_is_throttled_like_a_login_from_that_source_only()
    {
        var email = await NewUserAsync();
        var user = await api.SignInAsync(email);
        for (var i = 0; i < 5; i++)
            await user.PostAsync(Change, new { input = new { currentPassword = "guess-" + i, newPassword = "mat-khau-moi-2026" } });

        var refused = (await user.PostAsync(Change, new { input = new { currentPassword = IdentityFixture.Password, newPassword = "mat-khau-moi-2026" } }))
            .OkData()["changePassword"]!["userErrors"]![0]!["code"]!.GetValue<string>();
        Assert.Equal("TOO_MANY_ATTEMPTS", refused);
        Assert.Equal("TOO_MANY_ATTEMPTS", await LoginErrorAsync(email, IdentityFixture.Password));
        // The owner on another network is not locked out by what happened on this one.
        var elsewhere = Sources.Client(api.BaseAddress, "127.0.0.42");
        var login = (await elsewhere.PostAsync(Gql.Login, new { input = new { email, password = IdentityFixture.Password } })).OkData()["login"]!;
        Assert.NotNull(login["token"]?.GetValue<string>());
    }
}
