using GraphQL.Types;
using OcopMarket.Catalog.GraphQL;
using OcopMarket.Catalog.Management.Import;
using OcopMarket.Catalog.Model;
using OcopMarket.Cooperatives.GraphQL;
using OcopMarket.Identity;
using Microsoft.Extensions.Options;

namespace OcopMarket.Catalog.Management.GraphQL;

internal sealed class ListingConnectionType() : ConnectionType<Product, ProductType>("Listing");

public sealed class ListingQueryFields : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListingConnectionType>>("listings")
            .Description("The signed-in manager's listings in every status, drafts and archived ones too, by slug (admins: all, or one cooperative's).")
            .Argument<IntGraphType>("first", "Page size (0–100; default 20).")
            .Argument<StringGraphType>("after")
            .Argument<ListGraphType<NonNullGraphType<ProductStatusEnum>>>("status", "Only listings in one of these statuses.")
            .Argument<IdGraphType>("cooperativeId", "Admins: one cooperative's listings; managers may name only their own.")
            .Argument<BooleanGraphType>("certificateUnverified",
                "true: only listings whose OCOP certificate awaits the alliance's check (the admins' certificate queue), the longest waiting first " +
                "(since the certificate last changed); false: none waiting. Otherwise by slug.")
            .Argument<StringGraphType>("search",
                "Words each found in the name (vi or en), slug, a tag or a SKU, with or without Vietnamese diacritics.")
            .ResolveAsync(async ctx => await ctx.Service<ListingQueries>().PageAsync(
                ctx.GetArgument<int?>("first") ?? ctx.Service<IOptions<QueryLimits>>().Value.DefaultPageSize,
                ctx.GetArgument<string?>("after"), ctx.GetArgument<List<ProductStatus>?>("status"),
                ctx.GetArgument<string?>("cooperativeId") is { } c ? GlobalId.Require(c, CooperativeGraphNames.Cooperative) : null,
                ctx.CancellationToken, ctx.GetArgument<bool?>("certificateUnverified"), ctx.GetArgument<string?>("search")));

        query.Field<ProductType>("listing")
            .Description("One listing by slug in any status, drafts and archived ones too: the cooperative's own managers and admins; null when there is none or it is another cooperative's.")
            .Argument<NonNullGraphType<StringGraphType>>("slug")
            .ResolveAsync(async ctx => await ctx.Service<ListingQueries>().BySlugAsync(ctx.GetArgument<string>("slug"), ctx.CancellationToken));

        query.Field<NonNullGraphType<ListingChangeConnectionType>>("listingHistory")
            .Description("Every recorded change to a listing, newest first (the cooperative's managers and admins).")
            .Argument<NonNullGraphType<StringGraphType>>("productSlug")
            .Argument<IntGraphType>("first", "Page size (0–100; default 20).")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async ctx => await ctx.Service<ListingHistory>().PageAsync(ctx.Viewer(), ctx.GetArgument<string>("productSlug"),
                ctx.GetArgument<int?>("first") ?? ctx.Service<IOptions<QueryLimits>>().Value.DefaultPageSize,
                ctx.GetArgument<string?>("after"), ctx.CancellationToken));
    }
}

/// <summary>Listing management for cooperative managers (their own cooperative) and admins. Resolvers only translate.</summary>
public sealed class ListingMutationFields : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        Product<CreateProductInputType>(mutation, "createProduct", "Creates a DRAFT listing.", async (ctx, listings, viewer) =>
        {
            var input = ctx.GetArgument<CreateProductInput>("input");
            Guid cooperativeId;
            if (input.CooperativeId != null)
            {
                if (!GlobalIdInput.TryRead(input.CooperativeId, CooperativeGraphNames.Cooperative, out cooperativeId, out var invalid, "input", "cooperativeId"))
                    return ListingResult.Fail(invalid!);
            }
            else if (viewer.CooperativeId is { } own) cooperativeId = own;
            else return ListingResult.Fail(viewer.CheckRole(Kernel.Role.CooperativeManager, Kernel.Role.Admin)
                ?? UserError.Of(UserErrorCodes.Validation, "Name the cooperative.", "input", "cooperativeId"));
            return await listings.CreateAsync(viewer, cooperativeId, input, ctx.CancellationToken);
        });
        Product<UpdateProductInputType>(mutation, "updateProduct", "Edits a listing; expectedVersion must be the version you read.",
            async (ctx, listings, viewer) =>
            {
                var input = ctx.GetArgument<UpdateProductInput>("input");
                return await WithProductId(input.ProductId, id => listings.UpdateAsync(viewer, id, input.ExpectedVersion, input, ctx.CancellationToken));
            });
        Action(mutation, "publishProduct", "Puts a listing in the public catalog (when its cooperative is verified).",
            (listings, viewer, id, version, ct) => listings.PublishAsync(viewer, id, version, ct));
        Action(mutation, "unpublishProduct", "Takes a listing out of the public catalog (back to DRAFT).",
            (listings, viewer, id, version, ct) => listings.UnpublishAsync(viewer, id, version, ct));
        Action(mutation, "archiveProduct", "Retires a listing for good.",
            (listings, viewer, id, version, ct) => listings.ArchiveAsync(viewer, id, version, ct));
        Product<CertificateInputType>(mutation, "attachCertificate",
            "Attaches an OCOP certificate (unverified until an admin verifies it; only verified, unexpired certificates count).",
            async (ctx, listings, viewer) =>
            {
                var input = ctx.GetArgument<CertificateInput>("input");
                return await WithProductId(input.ProductId, id => listings.AttachCertificateAsync(viewer, id, input.ToCertificate(), ctx.CancellationToken));
            });
        Action(mutation, "verifyCertificate", "Marks a product's OCOP certificate as checked against the decision (admins only).",
            (listings, viewer, id, _, ct) => listings.VerifyCertificateAsync(viewer, id, ct));

        mutation.Field<NonNullGraphType<SetStockPayloadType>>("setStock")
            .Description("Sets a variant's units on hand; refused below what placed orders have reserved.")
            .Argument<NonNullGraphType<SetStockInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var r = await ctx.Service<StockService>().SetOnHandAsync(ctx.Viewer(), ctx.GetArgument<SetStockInput>("input"), ctx.CancellationToken);
                return new SetStockPayload { Sku = r.Sku, OnHand = r.OnHand, Reserved = r.Reserved, Product = r.Product, UserErrors = r.Errors };
            });

        mutation.Field<NonNullGraphType<ImportProductsPayloadType>>("importProducts")
            .Description("Creates or updates the manager's own cooperative's listings from CSV (UTF-8, Vietnamese or English headers). "
                         + "Each row is accepted or rejected on its own; importing the same file again changes nothing.")
            .Argument<NonNullGraphType<ImportProductsInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<ProductImporter>().ImportAsync(ctx.Viewer(),
                ctx.GetArgument<ImportProductsInput>("input"), ctx.CancellationToken));
    }

    private static void Product<TInput>(ObjectGraphType mutation, string name, string description,
        Func<IResolveFieldContext, ListingService, Viewer, Task<ListingResult>> run) where TInput : IGraphType =>
        mutation.Field<NonNullGraphType<ProductPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input")
            .ResolveAsync(async ctx => ToPayload(await run(ctx, ctx.Service<ListingService>(), ctx.Viewer())));

    private static void Action(ObjectGraphType mutation, string name, string description,
        Func<ListingService, Viewer, Guid, int?, CancellationToken, Task<ListingResult>> run) =>
        Product<ProductActionInputType>(mutation, name, description, async (ctx, listings, viewer) =>
        {
            var input = ctx.GetArgument<ProductActionInput>("input");
            return await WithProductId(input.ProductId, id => run(listings, viewer, id, input.ExpectedVersion, ctx.CancellationToken));
        });

    private static async Task<ListingResult> WithProductId(string globalId, Func<Guid, Task<ListingResult>> run) =>
        GlobalIdInput.TryRead(globalId, ProductType.TypeName, out var id, out var error, "input", "productId")
            ? await run(id)
            : ListingResult.Fail(error!);

    private static ProductPayload ToPayload(ListingResult result) => new() { Product = result.Product, UserErrors = result.Errors };
}
