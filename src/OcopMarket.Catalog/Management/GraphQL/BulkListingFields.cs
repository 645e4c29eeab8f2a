using GraphQL.Types;
using OcopMarket.Catalog.GraphQL;
using OcopMarket.Catalog.Model;

namespace OcopMarket.Catalog.Management.GraphQL;

public sealed class ProductsActionInput
{
    public List<string> ProductIds { get; set; } = [];
}

public sealed class ProductsActionInputType : InputObjectGraphType<ProductsActionInput>
{
    public ProductsActionInputType()
    {
        Name = "ProductsActionInput";
        Field(x => x.ProductIds, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>))
            .Description($"1 to {ListingService.MaxBulkItems} product ids.");
    }
}

internal sealed class ProductsPayload : Payload
{
    public IReadOnlyList<Product> Products { get; init; } = [];
}

internal sealed class ProductsPayloadType : ObjectGraphType<ProductsPayload>
{
    public ProductsPayloadType()
    {
        Name = "ProductsPayload";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProductType>>>>("products")
            .Description("The products after the change, in the order named; empty when anything was refused (then nothing changed).")
            .Resolve(ctx => ctx.Source.Products);
        this.AddUserErrors();
    }
}

public sealed class SetStockLevelsInput
{
    public List<SetStockInput> Levels { get; set; } = [];
}

public sealed class SetStockLevelsInputType : InputObjectGraphType<SetStockLevelsInput>
{
    public SetStockLevelsInputType()
    {
        Name = "SetStockLevelsInput";
        Field(x => x.Levels, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<SetStockInputType>>>))
            .Description($"1 to {StockService.MaxBulkItems} counts, each SKU at most once.");
    }
}

public sealed class StockLevelType : ObjectGraphType<StockCount>
{
    public StockLevelType()
    {
        Name = "StockLevel";
        Field(x => x.Sku);
        Field(x => x.OnHand);
        Field(x => x.Reserved).Description("Units held by placed orders.");
        Field<NonNullGraphType<IntGraphType>>("available").Resolve(ctx => ctx.Source.OnHand - ctx.Source.Reserved);
    }
}

public sealed class SetStockLevelsPayload : Payload
{
    public IReadOnlyList<StockCount> Levels { get; init; } = [];
}

public sealed class SetStockLevelsPayloadType : ObjectGraphType<SetStockLevelsPayload>
{
    public SetStockLevelsPayloadType()
    {
        Name = "SetStockLevelsPayload";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StockLevelType>>>>("levels")
            .Description("The SKUs' stock after the change, in the order named; empty when anything was refused (then nothing changed).")
            .Resolve(ctx => ctx.Source.Levels);
        this.AddUserErrors();
    }
}

/// <summary>
/// Bulk listing work: one action on many listings, or many stock counts, all or nothing per call, each refusal naming its
/// item (input.productIds.N, input.levels.N.…). The rate limit counts these by their items (RateLimits:BulkItemsPerOperation).
/// </summary>
public sealed class BulkListingMutationFields : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        Bulk(mutation, "publishProducts", "Publishes many listings at once (see publishProduct); all or nothing.", BulkListingAction.Publish);
        Bulk(mutation, "unpublishProducts", "Takes many listings out of the public catalog (see unpublishProduct); all or nothing.", BulkListingAction.Unpublish);
        Bulk(mutation, "archiveProducts", "Archives many listings (see archiveProduct); all or nothing.", BulkListingAction.Archive);
        Bulk(mutation, "verifyCertificates", "Marks many products' OCOP certificates as checked (admins only); all or nothing.", BulkListingAction.VerifyCertificate);

        mutation.Field<NonNullGraphType<SetStockLevelsPayloadType>>("setStockLevels")
            .Description("Sets many variants' units on hand (see setStock); all or nothing.")
            .Argument<NonNullGraphType<SetStockLevelsInputType>>("input")
            .Bulk()
            .ResolveAsync(async ctx =>
            {
                var result = await ctx.Service<StockService>().SetManyAsync(ctx.Viewer(), ctx.GetArgument<SetStockLevelsInput>("input").Levels,
                    ctx.CancellationToken);
                return new SetStockLevelsPayload { Levels = result.Levels, UserErrors = result.Errors };
            });
    }

    private static void Bulk(ObjectGraphType mutation, string name, string description, BulkListingAction action) =>
        mutation.Field<NonNullGraphType<ProductsPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<ProductsActionInputType>>("input")
            .Bulk()
            .ResolveAsync(async ctx =>
            {
                var globalIds = ctx.GetArgument<ProductsActionInput>("input").ProductIds;
                var ids = new List<Guid>(globalIds.Count);
                var invalid = new List<UserError>();
                for (var i = 0; i < globalIds.Count; i++)
                {
                    if (GlobalIdInput.TryRead(globalIds[i], ProductType.TypeName, out var id, out var error, "input", "productIds", i.ToString()))
                        ids.Add(id);
                    else invalid.Add(error!);
                }
                if (invalid.Count > 0) return new ProductsPayload { UserErrors = invalid };
                var result = await ctx.Service<ListingService>().BulkAsync(ctx.Viewer(), action, ids, ctx.CancellationToken);
                return new ProductsPayload { Products = result.Products, UserErrors = result.Errors };
            });
}
