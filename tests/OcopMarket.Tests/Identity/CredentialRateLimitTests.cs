using System.Net;
using Marten;
using Marten.Services;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Identity;

/// <summary>Counts the SQL commands that read or write access tokens and API keys: the credential lookups.</summary>
public sealed class CredentialLookupCounter : IMartenLogger, IMartenSessionLogger
{
    private int count;
    public int Count => Volatile.Read(ref count);

    public IMartenSessionLogger StartSession(IQuerySession session) => this;
    public void SchemaChange(string sql) { }
    public void OnBeforeExecute(NpgsqlCommand command) => Note(command.CommandText);
    public void OnBeforeExecute(NpgsqlBatch batch)
    {
        foreach (var command in batch.BatchCommands) Note(command.CommandText);
    }
    public void LogSuccess(NpgsqlCommand command) { }
    public void LogFailure(NpgsqlCommand command, Exception ex) { }
    public void LogSuccess(NpgsqlBatch batch) { }
    public void LogFailure(NpgsqlBatch batch, Exception ex) { }
    public void LogFailure(Exception ex, string message) { }
    public void RecordSavedChanges(IDocumentSession session, IChangeSet commit) { }

    private void Note(string sql)
    {
        if (sql.Contains("accesstoken", StringComparison.OrdinalIgnoreCase) || sql.Contains("apikey", StringComparison.OrdinalIgnoreCase))
            Interlocked.Increment(ref count);
    }
}

/// <summary>Three anonymous requests a minute per IP, and every credential lookup counted.</summary>
public class CredentialRateLimitFixture : IdentityFixture
{
    public CredentialLookupCounter Lookups { get; } = new();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:AnonymousPerMinute"] = "3",
    };

    protected override void ConfigureServices(IServiceCollection services) => services.ConfigureMarten(o => o.Logger(Lookups));
}

public class CredentialRateLimitTests(CredentialRateLimitFixture api) : IClassFixture<CredentialRateLimitFixture>
{
    [Fact]
    public async Task Made_up_credentials_count_against_the_ip_and_a_limited_ip_gets_429_without_any_lookup()
    {
        await RateWindow.FreshMinuteAsync();
        var admin = await api.AdminAsync(); // anonymous: 1 of 3

        // Valid credentials count against their user, not the IP.
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("{ me { email } }")).Status);
        Assert.Equal(HttpStatusCode.OK, (await api.Client.PostAsync("{ apiVersion }")).Status); // 2 of 3

        var before = api.Lookups.Count;
        var madeUp = await api.Client.WithToken("made-up-token").PostAsync("{ apiVersion }"); // 3 of 3
        Assert.Equal((HttpStatusCode.Unauthorized, "UNAUTHENTICATED"), (madeUp.Status, madeUp.FirstErrorCode));
        Assert.True(api.Lookups.Count > before, "the made-up token was looked up (and the counter sees lookups)");

        var spent = api.Lookups.Count;
        var refused = new[]
        {
            await api.Client.WithToken("another-made-up-token").PostAsync("{ apiVersion }"),
            await new GraphQLClient(api.Client.Http) { ApiKey = "ocop_live_made_up" }.PostAsync("{ apiVersion }"),
            await api.Client.PostAsync("{ apiVersion }"),
        };
        Assert.All(refused, r => Assert.Equal((HttpStatusCode.TooManyRequests, "RATE_LIMITED"), (r.Status, r.FirstErrorCode)));
        Assert.Equal(spent, api.Lookups.Count);
    }
}
