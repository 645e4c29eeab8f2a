namespace OcopMarket.Catalog.Management.Import;

public sealed class ImportProductsInput
{
    public string Csv { get; set; } = "";
    public string? CooperativeId { get; set; }
}

public sealed class ImportProductsPayload : Payload
{
    public IReadOnlyList<ImportRowResult> Rows { get; init; } = [];
}
