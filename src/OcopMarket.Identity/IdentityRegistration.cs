using Marten;
using Marten.Schema;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OcopMarket.Identity.GraphQL;
using OcopMarket.Identity.Http;
using OcopMarket.Identity.Model;
using OcopMarket.Kernel.Seeding;

namespace OcopMarket.Identity;

public static class IdentityRegistration
{
    /// <summary>Users, tokens, API keys, authentication, rate limits, and the Development demo accounts.</summary>
    public static IServiceCollection AddIdentityAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.ConfigureMarten(options =>
        {
            options.Schema.For<User>()
                .UniqueIndex(UniqueIndexType.Computed, "ux_user_email", x => x.Email)
                .Index(x => x.CooperativeId)
                .Index(x => x.BuyerId)
                .UseNumericRevisions(true)
                .Metadata(m => m.Revision.MapTo(x => x.Version));
            options.Schema.For<AccessToken>().Index(x => x.UserId);
            options.Schema.For<ApiKey>().UniqueIndex(UniqueIndexType.Computed, "ux_api_key_hash", x => x.Hash);
        });

        services.AddSingleton<IMessageTranslations, IdentityMessages>();
        services.TryAddSingleton(TimeProvider.System);
        // Checked at start (ValidateOnStart), so a typo in a number stops the process instead of the first login.
        services.AddOptions<LockoutPolicy>().Bind(configuration.GetSection("Identity:Lockout"))
            .Validate(o => o is { MaxFailures: > 0, SourceMaxFailures: > 0, LockMinutes: > 0, ForgetHours: > 0 } && o.MaxLockMinutes >= o.LockMinutes,
                "Identity:Lockout: MaxFailures, SourceMaxFailures, LockMinutes and ForgetHours must be positive, MaxLockMinutes at least LockMinutes.")
            .ValidateOnStart();
        services.AddOptions<TokenOptions>().Bind(configuration.GetSection("Identity:Tokens"))
            .Validate(o => o.LifetimeHours > 0, "Identity:Tokens:LifetimeHours must be positive.")
            .ValidateOnStart();
        services.AddSingleton<Passwords>();
        services.AddSingleton<LoginThrottle>();
        services.ConfigureMarten(options => options.Storage.ExtendedSchemaObjects.Add(LoginThrottle.DefineTable(options.DatabaseSchemaName)));
        services.AddScoped<LoginService>();
        services.AddScoped<ApiKeyService>();
        services.AddScoped<UserAccounts>();
        services.AddScoped<DemoAccounts>();
        services.AddScoped<People>();
        services.AddSingleton<TenantMembers>();
        services.AddScoped<PeopleLoader>();
        services.AddIdentityHttp();
        services.AddSingleton<IQueryFields, IdentityQueryFields>();
        services.AddSingleton<IMutationFields, IdentityMutationFields>();
        services.AddScoped<ISeeder, IdentitySeeder>();
        services.AddOcopRateLimiting(configuration);
        services.AddSingleton<TokenPurge>();
        services.AddHostedService(sp => sp.GetRequiredService<TokenPurge>());
        return services;
    }
}
