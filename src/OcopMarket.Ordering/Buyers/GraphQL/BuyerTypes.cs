using Marten;
using GraphQL.Types;
using OcopMarket.Identity;
using OcopMarket.Identity.GraphQL;
using OcopMarket.Identity.Model;

namespace OcopMarket.Ordering.Buyers.GraphQL;

public sealed class BuyerStatusType : EnumerationGraphType<BuyerStatus>
{
    public BuyerStatusType()
    {
        Name = "BuyerStatus";
        Description = "REGISTERED until an admin verifies the business; only VERIFIED buyers may order.";
    }
}

public sealed class BuyerAddressType : ObjectGraphType<BuyerAddress>
{
    public const string TypeName = "BuyerAddress";

    public BuyerAddressType()
    {
        Name = TypeName;
        Field<NonNullGraphType<IdGraphType>>("id").Description("A global id, like every other id (addressId accepts it).")
            .Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field(x => x.Label);
        Field(x => x.Recipient);
        Field(x => x.Phone);
        Field(x => x.Line);
        Field(x => x.Commune);
        Field(x => x.ProvinceCode);
        Field(x => x.IsDefault);
    }
}

/// <summary>The Buyer type's name, published for other modules' global ids (the type itself is bound to the internal document).</summary>
public static class BuyerIds
{
    public const string TypeName = "Buyer";
}

internal sealed class BuyerType : ObjectGraphType<Buyer>
{
    public const string TypeName = BuyerIds.TypeName;

    public BuyerType()
    {
        Name = TypeName;
        Description = "A wholesale buyer business (shop, supermarket, restaurant, distributor).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field(x => x.Name);
        Field(x => x.TaxCode).Description("Mã số thuế: 10 digits, or 10 + '-' + 3 for a branch.");
        Field<NonNullGraphType<BuyerStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BuyerAddressType>>>>("addresses").Resolve(ctx => ctx.Source.Addresses);
        Field<BuyerAddressType>("defaultAddress").Resolve(ctx => ctx.Source.DefaultAddress);
        Field(x => x.CreatedAt);
        Field(x => x.VerifiedAt, nullable: true);
        Field(x => x.StatusReason, nullable: true).Description("Why the alliance last verified or suspended the business.");
        Field(x => x.StatusChangedAt, nullable: true);
    }
}

internal sealed class BuyerConnectionType() : ConnectionType<Buyer, BuyerType>(BuyerType.TypeName);

internal sealed class BuyerPayload : Payload
{
    public Buyer? Buyer { get; init; }
    public Account? Member { get; init; }
    public string? Token { get; init; }
}

internal sealed class BuyerPayloadType : ObjectGraphType<BuyerPayload>
{
    public BuyerPayloadType()
    {
        Name = "BuyerPayload";
        Field<BuyerType>("buyer").Resolve(ctx => ctx.Source.Buyer);
        Field<UserType>("member").Description("registerBuyer only: the first member's account.").Resolve(ctx => ctx.Source.Member);
        Field(x => x.Token, nullable: true).Description("registerBuyer only: a bearer token for the new member.");
        this.AddUserErrors();
    }
}

public sealed class AddressInputType : InputObjectGraphType<AddressInput>
{
    public AddressInputType()
    {
        Name = "AddressInput";
        Field(x => x.Label, nullable: true).DefaultValue("");
        Field(x => x.Recipient);
        Field(x => x.Phone);
        Field(x => x.Line).Description("Street and number.");
        Field(x => x.Commune).Description("Commune or ward (xã, phường).");
        Field(x => x.ProvinceCode).Description("2025 province code, e.g. 01 for Hà Nội.");
    }
}

public sealed class RegisterBuyerInputType : InputObjectGraphType<RegisterBuyerInput>
{
    public RegisterBuyerInputType()
    {
        Name = "RegisterBuyerInput";
        Field(x => x.Name);
        Field(x => x.TaxCode).Description("Mã số thuế: 10 digits, or 10 + '-' + 3 for a branch.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AddressInputType>>>>("addresses").Description("The first is the default.");
        Field<NonNullGraphType<AccountInputType>>("member").Description("The first member's sign-in.");
    }
}

public sealed class BuyerIdInput
{
    public string BuyerId { get; set; } = "";
    public string? Reason { get; set; }
}

public sealed class BuyerIdInputType : InputObjectGraphType<BuyerIdInput>
{
    public BuyerIdInputType()
    {
        Name = "BuyerIdInput";
        Field(x => x.BuyerId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Reason, nullable: true).Description($"Why (at most {StatusReasons.MaxLength} characters), for a suspension above all; the buyer sees it.");
    }
}

public abstract class BuyerAddressChangeInputType : InputObjectGraphType<BuyerAddressChangeInput>
{
    /// <summary>One input type per mutation: which fields each takes is in its name.</summary>
    protected BuyerAddressChangeInputType(string name, bool addressId, bool address)
    {
        Name = name;
        Field(x => x.BuyerId, type: typeof(IdGraphType)).Description("Admins: the buyer. Members: leave out (their own business).");
        if (addressId) Field(x => x.AddressId, type: typeof(NonNullGraphType<IdGraphType>));
        if (address)
        {
            Field<NonNullGraphType<AddressInputType>>("address");
            Field(x => x.IsDefault, nullable: true).Description("True: orders without an address go here.");
        }
    }
}

public sealed class AddBuyerAddressInputType() : BuyerAddressChangeInputType("AddBuyerAddressInput", addressId: false, address: true);

public sealed class UpdateBuyerAddressInputType() : BuyerAddressChangeInputType("UpdateBuyerAddressInput", addressId: true, address: true);

public sealed class RemoveBuyerAddressInputType() : BuyerAddressChangeInputType("RemoveBuyerAddressInput", addressId: true, address: false);

/// <summary>User.buyer: the buyer business a buyer member acts for.</summary>
public sealed class UserBuyerField : ITypeExtension<UserType>
{
    public void Extend(UserType type) =>
        type.Field<BuyerType>("buyer")
            .Description("The buyer business a buyer member acts for.")
            .ResolveAsync(async ctx => ctx.Source.BuyerId is { } id
                ? await ctx.Service<IQuerySession>().LoadAsync<Buyer>(id, ctx.CancellationToken) : null);
}
