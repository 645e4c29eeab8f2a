using GraphQL.Types;
using OcopMarket.Cooperatives.GraphQL;
using OcopMarket.Cooperatives.Model;
using OcopMarket.Identity;
using OcopMarket.Identity.GraphQL;
using OcopMarket.Identity.Model;

using OcopMarket.Cooperatives.Management;

namespace OcopMarket.Cooperatives.GraphQL;

internal sealed class CooperativePayload : Payload
{
    public Cooperative? Cooperative { get; init; }
    public Account? Manager { get; init; }
    public string? Token { get; init; }
}

internal sealed class CooperativePayloadType : ObjectGraphType<CooperativePayload>
{
    public CooperativePayloadType()
    {
        Name = "CooperativePayload";
        Field<CooperativeType>("cooperative").Resolve(ctx => ctx.Source.Cooperative);
        Field<UserType>("manager").Description("registerCooperative only: the first manager's account.").Resolve(ctx => ctx.Source.Manager);
        Field(x => x.Token, nullable: true).Description("registerCooperative only: a bearer token for the new manager.");
        this.AddUserErrors();
    }
}

public sealed class ContactsInputType : InputObjectGraphType<ContactsInput>
{
    public ContactsInputType()
    {
        Name = "ContactsInput";
        Field(x => x.Phone, nullable: true);
        Field(x => x.Email, nullable: true);
        Field(x => x.Website, nullable: true);
    }
}

public sealed class RegisterCooperativeInputType : InputObjectGraphType<RegisterCooperativeInput>
{
    public RegisterCooperativeInputType()
    {
        Name = "RegisterCooperativeInput";
        Field(x => x.Name);
        Field(x => x.Slug).Description("URL name: lower-case letters, digits and single hyphens.");
        Field(x => x.RegistrationCode).Description("Business registration code of the HTX.");
        Field(x => x.ProvinceCode).Description("2025 province code.");
        Field(x => x.FormerProvinceCode, nullable: true).Description("Pre-2025 province code, where it changed.");
        Field(x => x.Commune);
        Field(x => x.Address);
        Field(x => x.FoundedYear, nullable: true);
        Field(x => x.MemberCount).DefaultValue(0);
        Field(x => x.Story).DefaultValue("");
        Field<ContactsInputType>("contacts");
        Field<NonNullGraphType<AccountInputType>>("manager").Description("The first manager's sign-in.");
    }
}

public sealed class UpdateStorefrontInputType : InputObjectGraphType<UpdateStorefrontInput>
{
    public UpdateStorefrontInputType()
    {
        Name = "UpdateStorefrontInput";
        Description = "Fields left out (or null) keep their value.";
        Field(x => x.CooperativeId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion).Description("The cooperative's version as you read it; a stale version gets CONFLICT.");
        Field(x => x.Tagline, nullable: true);
        Field(x => x.BannerUrl, nullable: true).Description("http(s) URL; an empty string removes the banner.");
        Field(x => x.FeaturedProductSlugs, nullable: true);
        Field(x => x.Story, nullable: true);
        Field(x => x.StoryEn, nullable: true);
        Field(x => x.LogoUrl, nullable: true).Description("http(s) URL; an empty string removes the logo.");
        Field<ContactsInputType>("contacts");
    }
}

public sealed class CooperativeIdInput
{
    public string CooperativeId { get; set; } = "";
    public string? Reason { get; set; }
}

public sealed class CooperativeIdInputType : InputObjectGraphType<CooperativeIdInput>
{
    public CooperativeIdInputType()
    {
        Name = "CooperativeIdInput";
        Field(x => x.CooperativeId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Reason, nullable: true).Description($"Why (at most {StatusReasons.MaxLength} characters), for a suspension above all; the managers see it.");
    }
}

public sealed class CooperativeMutationFields : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CooperativePayloadType>>("registerCooperative")
            .Description("Open registration: creates the cooperative UNVERIFIED (not in the public catalog) and its first manager, signed in.")
            .Argument<NonNullGraphType<RegisterCooperativeInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var result = await ctx.Service<CooperativeService>().RegisterAsync(ctx.GetArgument<RegisterCooperativeInput>("input"), ctx.CancellationToken);
                if (result.Manager == null) return new CooperativePayload { UserErrors = result.Errors };
                var (token, _) = await ctx.Service<LoginService>().IssueTokenAsync(result.Manager, ctx.CancellationToken);
                return new CooperativePayload { Cooperative = result.Cooperative, Manager = result.Manager, Token = token };
            });

        mutation.Field<NonNullGraphType<CooperativePayloadType>>("verifyCooperative")
            .Description("Marks a cooperative VERIFIED: its published products enter the public catalog (admins only).")
            .Argument<NonNullGraphType<CooperativeIdInputType>>("input")
            .ResolveAsync(async ctx => await ChangeStatusAsync(ctx, CooperativeStatus.Verified));

        mutation.Field<NonNullGraphType<CooperativePayloadType>>("suspendCooperative")
            .Description("Suspends a cooperative: its products leave the public catalog at once (admins only).")
            .Argument<NonNullGraphType<CooperativeIdInputType>>("input")
            .ResolveAsync(async ctx => await ChangeStatusAsync(ctx, CooperativeStatus.Suspended));

        mutation.Field<NonNullGraphType<CooperativePayloadType>>("updateStorefront")
            .Description("Edits the storefront and profile (the cooperative's managers and admins).")
            .Argument<NonNullGraphType<UpdateStorefrontInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<UpdateStorefrontInput>("input");
                if (!GlobalIdInput.TryRead(input.CooperativeId, CooperativeType.TypeName, out var id, out var error, "input", "cooperativeId"))
                    return new CooperativePayload { UserErrors = [error!] };
                return ToPayload(await ctx.Service<CooperativeService>().UpdateStorefrontAsync(ctx.Viewer(), id, input, ctx.CancellationToken));
            });
    }

    private static async Task<CooperativePayload> ChangeStatusAsync(IResolveFieldContext ctx, CooperativeStatus status)
    {
        var input = ctx.GetArgument<CooperativeIdInput>("input");
        if (!GlobalIdInput.TryRead(input.CooperativeId, CooperativeType.TypeName, out var id, out var error, "input", "cooperativeId"))
            return new CooperativePayload { UserErrors = [error!] };
        return ToPayload(await ctx.Service<CooperativeService>().ChangeStatusAsync(ctx.Viewer(), id, status, ctx.CancellationToken, input.Reason));
    }

    private static CooperativePayload ToPayload(CooperativeResult result) => new() { Cooperative = result.Cooperative, UserErrors = result.Errors };
}
