using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Identity;

/// <summary>importProducts with a file (GraphQL multipart request), publishing on import, and OCOP certificates in the CSV.</summary>
public class ImportUploadTests(ManagementFixture api) : IClassFixture<ManagementFixture>
{
    private const string ImportFile = $$"""
        mutation($file: Upload!, $publish: Boolean) { importProducts(input: { file: $file, publish: $publish }) {
          created updated unchanged rejected rows { line sku status errors } {{Mgmt.Errors}} } }
        """;

    private const string ImportText = $$"""
        mutation($csv: String!, $publish: Boolean) { importProducts(input: { csv: $csv, publish: $publish }) {
          created updated unchanged rejected rows { line sku status errors } {{Mgmt.Errors}} } }
        """;

    private const string Header = "slug,name,sku,variantName,unit,retailPrice,priceTiers,minOrderQuantity,orderIncrement,stock,stars,decisionNumber,issuer,level,issuedOn";

    private static async Task<GraphQLResponse> UploadAsync(GraphQLClient client, string operations, string map, params (string Name, byte[] Content)[] files)
    {
        var content = new MultipartFormDataContent();
        content.Add(new StringContent(operations, Encoding.UTF8, "application/json"), "operations");
        content.Add(new StringContent(map, Encoding.UTF8, "application/json"), "map");
        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            content.Add(file, name, "products.csv");
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return await client.SendAsync(request);
    }

    private static string Operations(string query, object variables) => JsonSerializer.Serialize(new { query, variables });

    [Fact]
    public async Task A_file_beyond_the_json_body_limit_goes_up_as_an_upload_and_is_imported_in_one_piece()
    {
        var s = IdentityFixture.Unique();
        var csv = new StringBuilder(Header + "\n");
        // 900 products of two variants: 1,800 rows and about 300 KB, past the 256 KiB JSON body limit.
        for (var i = 0; i < 900; i++)
        {
            foreach (var (size, price) in new[] { ("Chai 500 ml", 85000), ("Can 2 lít", 310000) })
                csv.Append($"nuoc-mam-{s}-{i},Nước mắm truyền thống Cát Hải loại đặc biệt số {i},NM-{s}-{i}-{price},{size},chai,{price},12:{price - 5000}|120:{price - 9000},12,12,500,,,,,\n");
        }
        Assert.True(Encoding.UTF8.GetByteCount(csv.ToString()) > 256 * 1024);

        var asJson = await api.A.Manager.PostAsync(ImportText, new { csv = csv.ToString() });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, asJson.Status);

        var uploaded = await UploadAsync(api.A.Manager, Operations(ImportFile, new { file = (string?)null }), """{"0":["variables.file"]}""",
            ("0", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())])); // with the BOM spreadsheets write
        Assert.Equal(HttpStatusCode.OK, uploaded.Status);
        var result = uploaded.OkData()["importProducts"]!;
        Assert.Empty(result["userErrors"]!.AsArray());
        Assert.Equal(1800, result["created"]!.GetValue<int>());
        Assert.Equal(1800, result["rows"]!.AsArray().Count);
        var listed = (await api.A.Manager.PostAsync("""{ listings(first: 1, status: [DRAFT]) { totalCount } }""")).OkData();
        Assert.True(listed["listings"]!["totalCount"]!.GetValue<int>() >= 900);
    }

    [Fact]
    public async Task Publish_on_import_lists_the_products_with_their_certificates_and_a_reimport_keeps_the_verification()
    {
        var s = IdentityFixture.Unique();
        var csv = $"""
            {Header}
            mat-ong-{s},Mật ong hoa nhãn Hưng Yên,MO-{s}-1,Chai 500 ml,chai,150000,10:140000,1,1,80,4,1234/QĐ-UBND,UBND tỉnh Hưng Yên,tỉnh,15/03/2025
            mat-ong-{s},Mật ong hoa nhãn Hưng Yên,MO-{s}-2,Chai 1 lít,chai,280000,,1,1,30,,,,,
            """;
        var result = (await api.A.Manager.PostAsync(ImportText, new { csv, publish = true })).OkData()["importProducts"]!;
        Assert.Empty(result["userErrors"]!.AsArray());
        Assert.Equal(2, result["created"]!.GetValue<int>());

        const string Public = """query($slug: String!) { product(slug: $slug) { status certificate { stars decisionNumber level issuedOn verified } variants { sku stockAvailable } } }""";
        var product = (await api.Client.PostAsync(Public, new { slug = $"mat-ong-{s}" })).OkData()["product"]!;
        Assert.Equal("PUBLISHED", product["status"]!.GetValue<string>());
        Assert.Equal(4, product["certificate"]!["stars"]!.GetValue<int>());
        Assert.Equal("Province", product["certificate"]!["level"]!.GetValue<string>());
        Assert.Equal("2025-03-15", product["certificate"]!["issuedOn"]!.GetValue<string>());
        Assert.False(product["certificate"]!["verified"]!.GetValue<bool>());
        Assert.Equal([80, 30], product["variants"]!.AsArray().Select(v => v!["stockAvailable"]!.GetValue<int>()));

        var id = (await api.A.Manager.PostAsync("""query($slug: String!) { product(slug: $slug) { id } }""", new { slug = $"mat-ong-{s}" })).OkData()["product"]!["id"]!.GetValue<string>();
        Assert.Empty((await api.Admin.PostAsync(Mgmt.VerifyCertificate, new { id })).OkData()["verifyCertificate"]!["userErrors"]!.AsArray());

        var again = (await api.A.Manager.PostAsync(ImportText, new { csv, publish = true })).OkData()["importProducts"]!;
        Assert.Equal(2, again["unchanged"]!.GetValue<int>());
        Assert.True((await api.Client.PostAsync(Public, new { slug = $"mat-ong-{s}" })).OkData()["product"]!["certificate"]!["verified"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_certificate_that_breaks_the_rules_rejects_its_row_and_nothing_is_saved()
    {
        var s = IdentityFixture.Unique();
        var csv = $"""
            {Header}
            tra-{s},Chè Shan tuyết,TRA-{s},Gói 200 g,gói,120000,,1,1,10,2,55/QĐ,UBND huyện,huyện,2025-01-10
            banh-{s},Bánh cáy,BC-{s},Hộp,hộp,60000,,1,1,10,4,56/QĐ,UBND tỉnh,tỉnh,31-12-2025
            """;
        var result = (await api.A.Manager.PostAsync(ImportText, new { csv, publish = true })).OkData()["importProducts"]!;
        Assert.Equal(2, result["rejected"]!.GetValue<int>());
        var rows = result["rows"]!.AsArray();
        Assert.Contains(rows[0]!["errors"]!.AsArray(), e => e!.GetValue<string>().StartsWith("certificate.stars:"));
        Assert.Contains(rows[1]!["errors"]!.AsArray(), e => e!.GetValue<string>().Contains("31-12-2025"));
        Assert.Null((await api.A.Manager.PostAsync("""query($slug: String!) { product(slug: $slug) { id } }""", new { slug = $"tra-{s}" })).OkData()["product"]);
    }

    [Fact]
    public async Task Malformed_uploads_get_a_400_with_a_reason_and_an_upload_cannot_be_faked_in_json()
    {
        var operations = Operations(ImportFile, new { file = (string?)null });
        var csv = Encoding.UTF8.GetBytes(Header + "\n");

        var wrongPath = await UploadAsync(api.A.Manager, operations, """{"0":["variables.input.nothing"]}""", ("0", csv));
        Assert.Equal(HttpStatusCode.BadRequest, wrongPath.Status);
        Assert.Equal("BAD_REQUEST", wrongPath.FirstErrorCode);

        var missingFile = await UploadAsync(api.A.Manager, operations, """{"0":["variables.file"]}""");
        Assert.Equal(HttpStatusCode.BadRequest, missingFile.Status);
        Assert.Contains("not sent", missingFile.Errors![0]!["message"]!.GetValue<string>());

        var badMap = await UploadAsync(api.A.Manager, operations, """["variables.file"]""", ("0", csv));
        Assert.Equal(HttpStatusCode.BadRequest, badMap.Status);

        var notUtf8 = await UploadAsync(api.A.Manager, operations, """{"0":["variables.file"]}""", ("0", [0x73, 0x6c, 0x75, 0x67, 0xff, 0xfe, 0x0a]));
        Assert.Equal("VALIDATION", notUtf8.OkData()["importProducts"]!["userErrors"]![0]!["code"]!.GetValue<string>());

        var faked = await api.A.Manager.PostAsync(ImportFile, new { file = "slug,name\n" });
        Assert.Null(faked.Data);
        Assert.NotNull(faked.FirstErrorCode);

        // Uploads are read only for a signed-in caller: an anonymous one is refused before its body is buffered.
        var anonymous = await UploadAsync(api.Client, operations, """{"0":["variables.file"]}""", ("0", csv));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal("UNAUTHENTICATED", anonymous.FirstErrorCode);

        var both = (await api.A.Manager.PostAsync("""mutation { importProducts(input: {}) { userErrors { code field } } }""")).OkData()["importProducts"]!;
        Assert.Equal("VALIDATION", both["userErrors"]![0]!["code"]!.GetValue<string>());
    }
}
