using GraphQL.Types;
using OcopMarket.Identity.GraphQL;
using OcopMarket.Catalog.GraphQL;
using OcopMarket.Catalog.Model;

namespace OcopMarket.Catalog.Management.GraphQL;

internal sealed class ProductPayload : Payload
{
    public Product? Product { get; init; }
}

internal sealed class ProductPayloadType : ObjectGraphType<ProductPayload>
{
    public ProductPayloadType()
    {
        Name = "ProductPayload";
        Field<ProductType>("product").Resolve(ctx => ctx.Source.Product);
        this.AddUserErrors();
    }
}

internal sealed class SetStockPayload : Payload
{
    public string? Sku { get; init; }
    public int? OnHand { get; init; }
    public int? Reserved { get; init; }
    public Product? Product { get; init; }
}

internal sealed class SetStockPayloadType : ObjectGraphType<SetStockPayload>
{
    public SetStockPayloadType()
    {
        Name = "SetStockPayload";
        Field(x => x.Sku, nullable: true);
        Field(x => x.OnHand, nullable: true);
        Field(x => x.Reserved, nullable: true).Description("Units held by placed orders.");
        Field<ProductType>("product").Resolve(ctx => ctx.Source.Product);
        this.AddUserErrors();
    }
}

public sealed class FieldChangeType : ObjectGraphType<FieldChange>
{
    public FieldChangeType()
    {
        Name = "FieldChange";
        Field(x => x.Field).Description("Dotted path, e.g. variants[NM-500].retailPrice.");
        Field<StringGraphType>("before").Resolve(ctx => ListingDiff.Display(ctx.Source.Field, ctx.Source.Before));
        Field<StringGraphType>("after").Resolve(ctx => ListingDiff.Display(ctx.Source.Field, ctx.Source.After));
    }
}

internal sealed class ListingChangeType : ObjectGraphType<ListingChange>
{
    public ListingChangeType()
    {
        Name = "ListingChange";
        Description = "One recorded change to a listing: who, when, what.";
        Field(x => x.Action).Description("created, updated, published, unpublished, archived, stock_set, certificate_attached, certificate_verified, imported.");
        Field(x => x.At);
        Field<PersonType>("by").Description("Who made the change: name and role (null for the system or an account that is gone).")
            .Resolve(ctx => ctx.Source.ActorUserId is { } id ? ctx.Service<PeopleLoader>().People.Load(id) : null);
        Field(x => x.ActorEmail).DeprecationReason("An e-mail is a login name, not a name; use by { name role }.");
        Field(x => x.Version).Description("The listing's version after the change.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldChangeType>>>>("changes").Resolve(ctx => ctx.Source.Changes);
    }
}

internal sealed record ListingChangePage(IReadOnlyList<ListingChange> Items, int Offset, bool HasNextPage, int TotalCount);

internal sealed class ListingChangeEdgeType : ObjectGraphType<(ListingChange Node, string Cursor)>
{
    public ListingChangeEdgeType()
    {
        Name = "ListingChangeEdge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<ListingChangeType>>("node").Resolve(ctx => ctx.Source.Node);
    }
}

internal sealed class ListingChangeConnectionType : ObjectGraphType<ListingChangePage>
{
    public ListingChangeConnectionType()
    {
        Name = "ListingChangeConnection";
        Field(x => x.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ListingChangeEdgeType>>>>("edges")
            .Resolve(ctx => ctx.Source.Items.Select((c, i) => (c, ListingHistory.Cursor(ctx.Source.Offset + i))).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ListingChangeType>>>>("nodes").Resolve(ctx => ctx.Source.Items);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(ctx => new PageInfo(ctx.Source.HasNextPage, ctx.Source.Offset > 0,
            ctx.Source.Items.Count > 0 ? ListingHistory.Cursor(ctx.Source.Offset) : null,
            ctx.Source.Items.Count > 0 ? ListingHistory.Cursor(ctx.Source.Offset + ctx.Source.Items.Count - 1) : null));
    }
}
