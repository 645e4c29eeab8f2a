using GraphQL.Types;
using OcopMarket.Identity.Model;

namespace OcopMarket.Identity.GraphQL;

public sealed class RoleType : EnumerationGraphType
{
    public RoleType()
    {
        Name = "Role";
        Add("ADMIN", Role.Admin, "Platform operator: verifies cooperatives, buyers and certificates; manages API keys.");
        Add("COOPERATIVE_MANAGER", Role.CooperativeManager, "Manages one cooperative's storefront and listings.");
        Add("BUYER", Role.Buyer, "A member of one buyer business.");
    }
}

public sealed class UserType : ObjectGraphType<Account>
{
    public const string TypeName = "User";

    public UserType(IEnumerable<ITypeExtension<UserType>> extensions)
    {
        Name = TypeName;
        Description = "A person who signs in: an admin, a cooperative manager or a buyer member.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field(x => x.Email);
        Field(x => x.DisplayName);
        Field<NonNullGraphType<RoleType>>("role").Resolve(ctx => ctx.Source.Role);
        foreach (var extension in extensions) extension.Extend(this); // cooperative (Catalog), buyer (Ordering)
    }
}

internal sealed class ApiKeyType : ObjectGraphType<ApiKey>
{
    public const string TypeName = "ApiKey";

    public ApiKeyType()
    {
        Name = TypeName;
        Description = "A third-party shop's key for reading the catalog. The secret is shown only when it is created.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field(x => x.Name);
        Field(x => x.Prefix).Description("The first characters of the key, to tell keys apart.");
        Field(x => x.CreatedAt);
        Field(x => x.RevokedAt, nullable: true);
    }
}

public sealed class LoginPayload : Payload
{
    public string? Token { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    public Account? User { get; init; }
}

public sealed class LoginPayloadType : ObjectGraphType<LoginPayload>
{
    public LoginPayloadType()
    {
        Name = "LoginPayload";
        Field(x => x.Token, nullable: true).Description("Send as 'Authorization: Bearer <token>'. Shown once.");
        Field(x => x.ExpiresAt, nullable: true);
        Field<UserType>("user").Resolve(ctx => ctx.Source.User);
        this.AddUserErrors();
    }
}

public sealed class LogoutPayload : Payload
{
    public bool Revoked { get; init; }
}

public sealed class LogoutPayloadType : ObjectGraphType<LogoutPayload>
{
    public LogoutPayloadType()
    {
        Name = "LogoutPayload";
        Field(x => x.Revoked).Description("True when the token sent with this request was revoked.");
        this.AddUserErrors();
    }
}

public sealed class LogoutEverywherePayload : Payload
{
    public int RevokedSessions { get; init; }
}

public sealed class LogoutEverywherePayloadType : ObjectGraphType<LogoutEverywherePayload>
{
    public LogoutEverywherePayloadType()
    {
        Name = "LogoutEverywherePayload";
        Field(x => x.RevokedSessions).Description("How many sessions (tokens) were still live and are now ended, this request's included.");
        this.AddUserErrors();
    }
}

internal sealed class ApiKeyPayload : Payload
{
    public ApiKey? ApiKey { get; init; }
    /// <summary>The key text, only in createApiKey's answer.</summary>
    public string? Secret { get; init; }
}

internal sealed class ApiKeyPayloadType : ObjectGraphType<ApiKeyPayload>
{
    public ApiKeyPayloadType()
    {
        Name = "ApiKeyPayload";
        Field<ApiKeyType>("apiKey").Resolve(ctx => ctx.Source.ApiKey);
        Field(x => x.Secret, nullable: true)
            .Description("The key to send as 'X-Api-Key'; returned once, by createApiKey, and never again.");
        this.AddUserErrors();
    }
}

public sealed class LoginInput
{
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
}

public sealed class ChangePasswordInput
{
    public string CurrentPassword { get; set; } = "";
    public string NewPassword { get; set; } = "";
}

public sealed class ChangePasswordInputType : InputObjectGraphType<ChangePasswordInput>
{
    public ChangePasswordInputType()
    {
        Name = "ChangePasswordInput";
        Field(x => x.CurrentPassword);
        Field(x => x.NewPassword).Description("8 to 128 characters, different from the current one.");
    }
}

public sealed class ChangePasswordPayload : Payload
{
    public int RevokedTokens { get; init; }
}

public sealed class ChangePasswordPayloadType : ObjectGraphType<ChangePasswordPayload>
{
    public ChangePasswordPayloadType()
    {
        Name = "ChangePasswordPayload";
        Field(x => x.RevokedTokens).Description("How many other signed-in sessions of this user were ended.");
        this.AddUserErrors();
    }
}

public sealed class LoginInputType : InputObjectGraphType<LoginInput>
{
    public LoginInputType()
    {
        Name = "LoginInput";
        Field(x => x.Email);
        Field(x => x.Password);
    }
}

public sealed class CreateApiKeyInput
{
    public string Name { get; set; } = "";
}

public sealed class CreateApiKeyInputType : InputObjectGraphType<CreateApiKeyInput>
{
    public CreateApiKeyInputType()
    {
        Name = "CreateApiKeyInput";
        Field(x => x.Name).Description("Whose key this is, e.g. the shop's name.");
    }
}

public sealed class RevokeApiKeyInput
{
    public string Id { get; set; } = "";
}

public sealed class RevokeApiKeyInputType : InputObjectGraphType<RevokeApiKeyInput>
{
    public RevokeApiKeyInputType()
    {
        Name = "RevokeApiKeyInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
    }
}

/// <summary>The account details of a registration (registerCooperative's manager, registerBuyer's member).</summary>
public sealed class AccountInputType : InputObjectGraphType<AccountInput>
{
    public AccountInputType()
    {
        Name = "AccountInput";
        Field(x => x.Email);
        Field(x => x.Password).Description($"At least {Passwords.MinLength} characters.");
        Field(x => x.DisplayName);
    }
}

public sealed class PersonType : ObjectGraphType<Person>
{
    public PersonType()
    {
        Name = "Person";
        Description = "Someone who did something (confirmed an order, changed a listing): the name they go by and their role.";
        Field(x => x.Name).Description("The person's display name.");
        Field<NonNullGraphType<RoleType>>("role").Resolve(ctx => ctx.Source.Role);
    }
}

/// <summary>Per-request batching: a history of twenty changes costs one query for the people in it.</summary>
public sealed class PeopleLoader(People people)
{
    public BatchLoader<Guid, Person> People { get; } = new(people.ByIdsAsync);
}
