using System.Text.Json.Nodes;
using Npgsql;
using OcopMarket.Catalog.Management;
using OcopMarket.Catalog.Model;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Identity;

public class ImportProductsTests(ManagementFixture api) : IClassFixture<ManagementFixture>
{
    private static string Good(string s) => $"""
        Đường dẫn;Tên sản phẩm;Mã SKU;Quy cách;Đơn vị;Giá bán lẻ;Giá sỉ;SL tối thiểu;Bước đặt;Tồn kho;Ảnh
        gao-tam-{s};Gạo tám Đồng Lạc;GT-{s}-5;Túi 5 kg;túi;180.000;10:170000|50:160000;5;5;200;https://img.example/gao.jpg
        gao-tam-{s};Gạo tám Đồng Lạc;GT-{s}-25;Bao 25 kg;bao;850000;;1;1;40;
        """;

    // Rows 2–3 are good; 4–6 each have a bad cell or break a rule.
    private static string Csv(string s) => Good(s) + $"""

        banh-gai-{s};"Bánh gai Hương Cúc; hộp";BG-{s};Hộp 10 chiếc;hộp;0;;1;1;;
        mam-cay-{s};Mắm cáy Hồng Tiến;MC-{s};Hũ 500 g;hũ;65000;10:60000|5:55000;1;1;;
        nuoc-mam-{s};Nước mắm Lạch Giang;NM-{s};Chai;chai;abc;;1;1;;
        """;

    private async Task<JsonNode> ImportAsync(string csv)
    {
        var response = await api.A.Manager.PostAsync(Mgmt.Import, new { csv });
        return response.OkData()["importProducts"]!;
    }

    private async Task<int> OnHandAsync(string sku)
    {
        await using var connection = new NpgsqlConnection(ApiFixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select on_hand from {api.Schema}.ocop_stock where sku = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = sku });
        return (int)(await command.ExecuteScalarAsync())!;
    }

    private static List<string> Statuses(JsonNode result) => result["rows"]!.AsArray().Select(r => r!["status"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task A_file_with_a_bad_row_imports_nothing_and_reports_every_row()
    {
        var s = IdentityFixture.Unique();
        var result = await ImportAsync(Csv(s));
        Assert.Equal("VALIDATION", result["userErrors"]![0]!["code"]!.GetValue<string>());
        var rows = result["rows"]!.AsArray();
        Assert.Equal([2, 3, 4, 5, 6], rows.Select(r => r!["line"]!.GetValue<int>()));
        Assert.All(Statuses(result), status => Assert.Equal("REJECTED", status));
        Assert.Contains("retailPrice", rows[2]!["errors"]![0]!.GetValue<string>());
        Assert.Contains("priceTiers", rows[3]!["errors"]![0]!.GetValue<string>());
        Assert.Contains("abc", rows[4]!["errors"]![0]!.GetValue<string>());
        Assert.Contains("line 4, 5, 6", rows[0]!["errors"]![0]!.GetValue<string>()); // good rows say why they were not imported

        var products = await api.AllAsync<Product>();
        Assert.DoesNotContain(products, p => p.Slug.EndsWith(s));
    }

    [Fact]
    public async Task A_dry_run_reports_what_an_import_would_do_and_saves_nothing()
    {
        var s = IdentityFixture.Unique();
        const string DryRun = "mutation($csv: String!) { importProducts(input: { csv: $csv, dryRun: true }) { rows { line sku status errors } userErrors { code field message } } }";
        var preview = (await api.A.Manager.PostAsync(DryRun, new { csv = Good(s) })).OkData()["importProducts"]!;
        Assert.Empty(preview["userErrors"]!.AsArray());
        Assert.Equal(["CREATED", "CREATED"], Statuses(preview));
        Assert.DoesNotContain(await api.AllAsync<Product>(), p => p.Slug == $"gao-tam-{s}");
        Assert.DoesNotContain(await api.AllAsync<ListingChange>(), c => c.ProductSlug == $"gao-tam-{s}");

        var bad = (await api.A.Manager.PostAsync(DryRun, new { csv = Csv(s) })).OkData()["importProducts"]!;
        Assert.Equal("VALIDATION", bad["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Contains("REJECTED", Statuses(bad));

        // The preview matches what the import then does, and a preview of the imported file changes nothing.
        Assert.Equal(Statuses(preview), Statuses(await ImportAsync(Good(s))));
        var changes = (await api.AllAsync<ListingChange>()).Count(c => c.ProductSlug == $"gao-tam-{s}");
        var again = (await api.A.Manager.PostAsync(DryRun, new { csv = Good(s).Replace(";200;", ";150;") })).OkData()["importProducts"]!;
        Assert.Equal(["UPDATED", "UNCHANGED"], Statuses(again));
        Assert.Equal(200, await OnHandAsync($"GT-{s}-5"));
        Assert.Equal(changes, (await api.AllAsync<ListingChange>()).Count(c => c.ProductSlug == $"gao-tam-{s}"));
    }

    [Fact]
    public async Task A_bad_cell_after_good_rows_leaves_the_catalog_and_stock_as_they_were()
    {
        // The probe's case: rows before the bad cell used to be committed already.
        var s = IdentityFixture.Unique();
        Assert.Empty((await ImportAsync(Good(s)))["userErrors"]!.AsArray());
        var before = (await api.AllAsync<Product>()).Single(p => p.Slug == $"gao-tam-{s}");
        var changesBefore = (await api.AllAsync<ListingChange>()).Count(c => c.ProductSlug == $"gao-tam-{s}");

        var file = Good(s).Replace("850000", "840000").Replace(";200;", ";150;") + $"""

            ca-kho-{s};Cá kho làng Vũ Đại;CK-{s};Niêu;niêu;12x000;;1;1;5;
            """;
        var result = await ImportAsync(file);
        Assert.Equal(["REJECTED", "REJECTED", "REJECTED"], Statuses(result));
        Assert.Contains("12x000", result["rows"]![2]!["errors"]![0]!.GetValue<string>());

        var after = (await api.AllAsync<Product>()).Single(p => p.Slug == $"gao-tam-{s}");
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(850000, after.Variants[1].RetailPrice);
        Assert.Equal(200, await OnHandAsync($"GT-{s}-5"));
        Assert.Equal(changesBefore, (await api.AllAsync<ListingChange>()).Count(c => c.ProductSlug == $"gao-tam-{s}"));
        Assert.DoesNotContain(await api.AllAsync<Product>(), p => p.Slug == $"ca-kho-{s}");
    }

    [Fact]
    public async Task A_good_file_is_imported_whole_with_a_status_per_row()
    {
        var s = IdentityFixture.Unique();
        var result = await ImportAsync(Good(s));
        Assert.Empty(result["userErrors"]!.AsArray());
        Assert.Equal(["CREATED", "CREATED"], Statuses(result));

        var rice = (await api.AllAsync<Product>()).Single(p => p.Slug == $"gao-tam-{s}");
        Assert.Equal(2, rice.Variants.Count);
        Assert.Equal(180000, rice.Variants[0].RetailPrice);
        Assert.Equal([new PriceTier(10, 170000), new PriceTier(50, 160000)], rice.Variants[0].Tiers);
        Assert.Equal(5, rice.Variants[0].OrderIncrement);
        Assert.Equal(40, await OnHandAsync($"GT-{s}-25"));

        var onlyStock = await ImportAsync(Good(s).Replace(";200;", ";150;"));
        Assert.Equal(["UPDATED", "UNCHANGED"], Statuses(onlyStock));
        Assert.Equal(150, await OnHandAsync($"GT-{s}-5"));
    }

    [Fact]
    public async Task Two_products_of_one_file_cannot_bring_the_same_sku()
    {
        var s = IdentityFixture.Unique();
        var result = await ImportAsync($"slug,name,sku,unit,price\nmot-{s},Một,DUP-{s},chai,1000\nhai-{s},Hai,dup-{s},chai,2000\n");
        Assert.Equal(["REJECTED", "REJECTED"], Statuses(result));
        Assert.Equal([$"SKU 'dup-{s}' is already on line 2."], result["rows"]![1]!["errors"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.Contains("line 3", result["rows"]![0]!["errors"]![0]!.GetValue<string>());
        Assert.DoesNotContain(await api.AllAsync<Product>(), p => p.Slug.EndsWith(s));
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing()
    {
        var s = IdentityFixture.Unique();
        await ImportAsync(Good(s));
        var before = (await api.AllAsync<Product>()).Single(p => p.Slug == $"gao-tam-{s}");
        var changesBefore = (await api.AllAsync<ListingChange>()).Count(c => c.ProductSlug == $"gao-tam-{s}");

        var again = await ImportAsync(Good(s));
        Assert.Equal(0, again["created"]!.GetValue<int>());
        Assert.Equal(0, again["updated"]!.GetValue<int>());
        Assert.Equal(2, again["unchanged"]!.GetValue<int>());
        var after = (await api.AllAsync<Product>()).Single(p => p.Slug == $"gao-tam-{s}");
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.UpdatedAt, after.UpdatedAt);
        Assert.Equal(changesBefore, (await api.AllAsync<ListingChange>()).Count(c => c.ProductSlug == $"gao-tam-{s}"));

        var changed = await ImportAsync(Good(s).Replace("850000", "840000"));
        Assert.Equal(2, changed["updated"]!.GetValue<int>());
    }

    [Fact]
    public async Task Import_cannot_touch_another_cooperatives_listing()
    {
        var theirs = await api.CreateProductAsync(api.B.Manager);
        var slug = theirs["slug"]!.GetValue<string>();
        var result = await ImportAsync($"slug,name,sku,price\n{slug},Hijacked,X-{IdentityFixture.Unique()},1000\n");
        Assert.Equal("REJECTED", result["rows"]![0]!["status"]!.GetValue<string>());
        Assert.Equal("Nước mắm Cát Hải", (await api.AllAsync<Product>()).Single(p => p.Slug == slug).Name);
    }

    [Fact]
    public async Task A_file_without_the_required_columns_is_a_validation_error()
    {
        var result = await ImportAsync("foo,bar\n1,2\n");
        Assert.Equal("VALIDATION", result["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", (await api.Buyer.PostAsync(Mgmt.Import, new { csv = "slug,name,sku,price\n" })).OkData()["importProducts"]!["userErrors"]![0]!["code"]!.GetValue<string>());
    }
}
