using GraphQL.Types;

using OcopMarket.Catalog.Management.Import;

namespace OcopMarket.Catalog.Management.GraphQL;

public sealed class ImportProductsInputType : InputObjectGraphType<ImportProductsInput>
{
    public ImportProductsInputType()
    {
        Name = "ImportProductsInput";
        Field(x => x.Csv, nullable: true).Description(
            "UTF-8 CSV, one row per variant (or send it as `file`). Columns (English or Vietnamese): slug, name/Tên sản phẩm, sku/Mã SKU, retailPrice/Giá bán lẻ; "
            + "optional description/Mô tả, group/Nhóm, subgroup, origin/Xuất xứ, imageUrls/Ảnh (| separated), tags/Thẻ, "
            + "variantName/Quy cách, unit/Đơn vị, weightGrams/Khối lượng, priceTiers/Giá sỉ (10:45000|50:42000), "
            + "minOrderQuantity/SL tối thiểu, orderIncrement/Bước đặt, stock/Tồn kho; the OCOP certificate (on a product's first row): "
            + "stars/Số sao, score/Điểm, decisionNumber/Số quyết định, issuer/Cơ quan cấp, level/Cấp (District/Province/Central or huyện/tỉnh/trung ương), "
            + "issuedOn/Ngày cấp (2025-03-01 or 01/03/2025).");
        Field<UploadGraphType>("file").Description(
            "The CSV as a file in a multipart request (GraphQL multipart request specification), up to GraphQL:MaxUploadBytes; instead of csv.");
        Field(x => x.Publish).DefaultValue(false)
            .Description("Also publish every product of the file (as publishProduct does; listed once the cooperative is verified), in the same transaction.");
        Field(x => x.CooperativeId, type: typeof(IdGraphType)).Description("Admins only; managers import into their own cooperative.");
        Field(x => x.DryRun).DefaultValue(false)
            .Description("A preview: every row is checked and reported (CREATED, UPDATED, UNCHANGED, REJECTED) and nothing is saved.");
    }
}

public sealed class ImportRowStatusType : EnumerationGraphType<ImportRowStatus>
{
    public ImportRowStatusType() => Name = "ImportRowStatus";
}

public sealed class ImportRowResultType : ObjectGraphType<ImportRowResult>
{
    public ImportRowResultType()
    {
        Name = "ImportRow";
        Field(x => x.Line).Description("Line number in the file (the header is line 1).");
        Field(x => x.Sku);
        Field(x => x.Slug);
        Field<NonNullGraphType<ImportRowStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("errors").Description("Why the row was rejected, in the caller's language.")
            .Resolve(ctx => ctx.Source.Errors.Select(ctx.Service<Messages>().Localize).ToList());
    }
}

public sealed class ImportProductsPayloadType : ObjectGraphType<ImportProductsPayload>
{
    public ImportProductsPayloadType()
    {
        Name = "ImportProductsPayload";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportRowResultType>>>>("rows").Resolve(ctx => ctx.Source.Rows);
        Field<NonNullGraphType<IntGraphType>>("created").Resolve(ctx => ctx.Source.Rows.Count(r => r.Status == ImportRowStatus.Created));
        Field<NonNullGraphType<IntGraphType>>("updated").Resolve(ctx => ctx.Source.Rows.Count(r => r.Status == ImportRowStatus.Updated));
        Field<NonNullGraphType<IntGraphType>>("unchanged").Resolve(ctx => ctx.Source.Rows.Count(r => r.Status == ImportRowStatus.Unchanged));
        Field<NonNullGraphType<IntGraphType>>("rejected").Resolve(ctx => ctx.Source.Rows.Count(r => r.Status == ImportRowStatus.Rejected));
        this.AddUserErrors();
    }
}
