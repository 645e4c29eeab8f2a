namespace OcopMarket.Catalog.Management.Import;

public sealed class ImportProductsInput
{
    /// <summary>The CSV as text (up to the JSON body limit), or …</summary>
    public string? Csv { get; set; }
    /// <summary>… as an uploaded file (its own, larger limit).</summary>
    public UploadedFile? File { get; set; }
    /// <summary>Publish every imported product (as publishProduct does) in the same transaction.</summary>
    public bool Publish { get; set; }
    public string? CooperativeId { get; set; }
    /// <summary>Check every row and report what an import would do, saving nothing.</summary>
    public bool DryRun { get; set; }
}

public sealed class ImportProductsPayload : Payload
{
    public IReadOnlyList<ImportRowResult> Rows { get; init; } = [];
}
