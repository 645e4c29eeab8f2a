namespace OcopMarket.Catalog.Management.Import;

public sealed class ImportProductsInput
{
    public string Csv { get; set; } = "";
    public string? CooperativeId { get; set; }
    /// <summary>Check every row and report what an import would do, saving nothing.</summary>
    public bool DryRun { get; set; }
}

public sealed class ImportProductsPayload : Payload
{
    public IReadOnlyList<ImportRowResult> Rows { get; init; } = [];
}
