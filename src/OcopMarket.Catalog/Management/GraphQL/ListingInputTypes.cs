using GraphQL.Types;
using OcopMarket.Catalog.GraphQL;

namespace OcopMarket.Catalog.Management.GraphQL;

public sealed class PriceTierInputType : InputObjectGraphType<PriceTierInput>
{
    public PriceTierInputType()
    {
        Name = "PriceTierInput";
        Field(x => x.MinQuantity);
        Field<NonNullGraphType<VndGraphType>>("unitPrice");
    }
}

public sealed class VariantInputType : InputObjectGraphType<VariantInput>
{
    public VariantInputType()
    {
        Name = "VariantInput";
        Field(x => x.Sku).Description("Unique across the whole catalog.");
        Field(x => x.Name);
        Field(x => x.NameEn, nullable: true);
        Field(x => x.Unit);
        Field(x => x.WeightGrams).DefaultValue(0);
        Field<NonNullGraphType<VndGraphType>>("retailPrice");
        Field<ListGraphType<NonNullGraphType<PriceTierInputType>>>("priceTiers")
            .Description("Strictly increasing minQuantity, non-increasing unitPrice.").DefaultValue(new List<PriceTierInput>());
        Field(x => x.MinOrderQuantity).DefaultValue(1);
        Field(x => x.OrderIncrement).DefaultValue(1).Description("Case pack: quantities go up in steps of this many.");
    }
}

/// <summary>The listing fields both createProduct and updateProduct take.</summary>
public abstract class ProductFieldsInputType<T> : InputObjectGraphType<T> where T : ProductFieldsInput
{
    protected ProductFieldsInputType(bool required)
    {
        Add<StringGraphType>("slug", required).Description("URL name: lower-case letters, digits and single hyphens; unique.");
        Add<StringGraphType>("name", required);
        Field(x => x.NameEn, nullable: true);
        Field(x => x.Description, nullable: true);
        Field(x => x.DescriptionEn, nullable: true);
        Add<OcopGroupEnum>("group", required);
        Field(x => x.Subgroup, nullable: true);
        Field(x => x.Origin, nullable: true);
        Field(x => x.ImageUrls, nullable: true).Description("http(s) URLs.");
        Field(x => x.Tags, nullable: true);
        Add<ListGraphType<NonNullGraphType<VariantInputType>>>("variants", required)
            .Description(required ? "At least one." : "When given, replaces all variants.");
    }

    private global::GraphQL.Builders.FieldBuilder<T, object> Add<TGraph>(string name, bool required) where TGraph : IGraphType =>
        required ? Field<NonNullGraphType<TGraph>>(name) : Field<TGraph>(name);
}

public sealed class CreateProductInputType : ProductFieldsInputType<CreateProductInput>
{
    public CreateProductInputType() : base(required: true)
    {
        Name = "CreateProductInput";
        Field(x => x.CooperativeId, type: typeof(IdGraphType)).Description("Managers may leave it out (their own cooperative); admins must give it.");
    }
}

public sealed class UpdateProductInputType : ProductFieldsInputType<UpdateProductInput>
{
    public UpdateProductInputType() : base(required: false)
    {
        Name = "UpdateProductInput";
        Description = "Fields left out (or null) keep their value.";
        Field(x => x.ProductId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion).Description("The product's version as you read it; a stale version gets CONFLICT and changes nothing.");
    }
}

public sealed class ProductActionInput
{
    public string ProductId { get; set; } = "";
    public int? ExpectedVersion { get; set; }
}

public sealed class ProductActionInputType : InputObjectGraphType<ProductActionInput>
{
    public ProductActionInputType()
    {
        Name = "ProductActionInput";
        Field(x => x.ProductId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion, nullable: true).Description("Optional: refuse with CONFLICT if the product changed since this version.");
    }
}

public sealed class CertificateInputType : InputObjectGraphType<CertificateInput>
{
    public CertificateInputType()
    {
        Name = "AttachCertificateInput";
        Field(x => x.ProductId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Stars).Description("3 to 5.");
        Field(x => x.Score, nullable: true).Description("Out of 100.");
        Field(x => x.DecisionNumber).Description("e.g. \"Quyết định số 144/QĐ-UBND\".");
        Field(x => x.Issuer);
        Field(x => x.Level).Description("District, Province or Central.");
        Field(x => x.IssuedOn).Description("Signing date (not in the future); the certificate expires 36 months later.");
    }
}

public sealed class SetStockInputType : InputObjectGraphType<SetStockInput>
{
    public SetStockInputType()
    {
        Name = "SetStockInput";
        Field(x => x.Sku);
        Field(x => x.OnHand).Description("Units on hand; never below what placed orders have reserved.");
    }
}
