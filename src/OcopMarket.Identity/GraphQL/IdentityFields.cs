using Microsoft.AspNetCore.Http;
using GraphQL.Types;
using Marten;
using OcopMarket.Identity.Model;

namespace OcopMarket.Identity.GraphQL;

public sealed class IdentityQueryFields : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<UserType>("me")
            .Description("The signed-in user, or null for anonymous and API-key callers.")
            .ResolveAsync(async ctx => ctx.Viewer().UserId is { } id
                && await ctx.Service<IQuerySession>().LoadAsync<User>(id, ctx.CancellationToken) is { } user
                ? new Account(user) : null);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApiKeyType>>>>("apiKeys")
            .Description("All API keys, newest first (admins only).")
            .ResolveAsync(async ctx => await ctx.Service<ApiKeyService>().ListAsync(ctx.Viewer(), ctx.CancellationToken));
    }
}

public sealed class IdentityMutationFields : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<LoginPayloadType>>("login")
            .Description("Exchanges email and password for a bearer token. Repeated failures from one network are refused for a while (TOO_MANY_ATTEMPTS).")
            .Argument<NonNullGraphType<LoginInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<LoginInput>("input");
                var result = await ctx.Service<LoginService>().LoginAsync(input.Email, input.Password, ctx.Service<ClientSource>(),
                    ctx.CancellationToken);
                return result.Error != null
                    ? new LoginPayload { UserErrors = [result.Error] }
                    : new LoginPayload { Token = result.Token, ExpiresAt = result.ExpiresAt, User = result.User is { } user ? new Account(user) : null };
            });

        mutation.Field<NonNullGraphType<LogoutPayloadType>>("logout")
            .Description("Revokes the bearer token sent with this request, in every API process at once.")
            .ResolveAsync(async ctx =>
            {
                var token = BearerToken(ctx);
                if (token == null || ctx.Viewer().UserId == null)
                    return new LogoutPayload { UserErrors = [UserError.Of(UserErrorCodes.Unauthenticated, "Send the token to revoke as a bearer token.")] };
                return new LogoutPayload { Revoked = await ctx.Service<LoginService>().RevokeAsync(token, ctx.CancellationToken) };
            });

        mutation.Field<NonNullGraphType<LogoutEverywherePayloadType>>("logoutEverywhere")
            .Description("Ends every session of the signed-in user on every device, this one too (every API process at once).")
            .ResolveAsync(async ctx =>
            {
                if (ctx.Viewer().UserId is not { } userId)
                    return new LogoutEverywherePayload { UserErrors = [UserError.Of(UserErrorCodes.Unauthenticated, "Sign in first (Authorization: Bearer <token from login>).")] };
                return new LogoutEverywherePayload { RevokedSessions = await ctx.Service<LoginService>().RevokeAllAsync(userId, ctx.CancellationToken) };
            });

        mutation.Field<NonNullGraphType<ChangePasswordPayloadType>>("changePassword")
            .Description("Sets a new password after checking the current one (counted like a login); ends every other session of the user.")
            .Argument<NonNullGraphType<ChangePasswordInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                if (ctx.Viewer().UserId is not { } userId)
                    return new ChangePasswordPayload { UserErrors = [UserError.Of(UserErrorCodes.Unauthenticated, "Sign in first (Authorization: Bearer <token from login>).")] };
                var input = ctx.GetArgument<ChangePasswordInput>("input");
                var (revoked, error) = await ctx.Service<LoginService>().ChangePasswordAsync(userId, BearerToken(ctx), input.CurrentPassword,
                    input.NewPassword, ctx.Service<ClientSource>(), ctx.CancellationToken);
                return error != null ? new ChangePasswordPayload { UserErrors = [error] } : new ChangePasswordPayload { RevokedTokens = revoked };
            });

        mutation.Field<NonNullGraphType<ApiKeyPayloadType>>("createApiKey")
            .Description("Creates an API key for a third-party shop (admins only). The secret is in this answer only.")
            .Argument<NonNullGraphType<CreateApiKeyInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<CreateApiKeyInput>("input");
                var (key, secret, error) = await ctx.Service<ApiKeyService>().CreateAsync(ctx.Viewer(), input.Name, ctx.CancellationToken);
                return new ApiKeyPayload { ApiKey = key, Secret = secret, UserErrors = error != null ? [error] : [] };
            });

        mutation.Field<NonNullGraphType<ApiKeyPayloadType>>("revokeApiKey")
            .Description("Revokes an API key (admins only); requests with it are refused from then on.")
            .Argument<NonNullGraphType<RevokeApiKeyInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<RevokeApiKeyInput>("input");
                if (!GlobalIdInput.TryRead(input.Id, ApiKeyType.TypeName, out var id, out var invalid, "input", "id"))
                    return new ApiKeyPayload { UserErrors = [invalid!] };
                var (key, error) = await ctx.Service<ApiKeyService>().RevokeAsync(ctx.Viewer(), id, ctx.CancellationToken);
                return new ApiKeyPayload { ApiKey = key, UserErrors = error != null ? [error] : [] };
            });
    }

    private static string? BearerToken(IResolveFieldContext ctx)
    {
        var header = ctx.Service<IHttpContextAccessor>().HttpContext?.Request.Headers.Authorization.ToString() ?? "";
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
    }
}
