using System.Text.Json.Nodes;
using OcopMarket.Catalog.Management;
using OcopMarket.Catalog.Model;
using Xunit;

namespace OcopMarket.Tests.Identity;

public class ImportProductsTests(ManagementFixture api) : IClassFixture<ManagementFixture>
{
    private static string Csv(string s) => $"""
        Đường dẫn;Tên sản phẩm;Mã SKU;Quy cách;Đơn vị;Giá bán lẻ;Giá sỉ;SL tối thiểu;Bước đặt;Tồn kho;Ảnh
        gao-tam-{s};Gạo tám Đồng Lạc;GT-{s}-5;Túi 5 kg;túi;180.000;10:170000|50:160000;5;5;200;https://img.example/gao.jpg
        gao-tam-{s};Gạo tám Đồng Lạc;GT-{s}-25;Bao 25 kg;bao;850000;;1;1;40;
        banh-gai-{s};"Bánh gai Hương Cúc; hộp";BG-{s};Hộp 10 chiếc;hộp;0;;1;1;;
        mam-cay-{s};Mắm cáy Hồng Tiến;MC-{s};Hũ 500 g;hũ;65000;10:60000|5:55000;1;1;;
        nuoc-mam-{s};Nước mắm Lạch Giang;NM-{s};Chai;chai;abc;;1;1;;
        """;

    private async Task<JsonNode> ImportAsync(string csv)
    {
        var response = await api.A.Manager.PostAsync(Mgmt.Import, new { csv });
        return response.OkData()["importProducts"]!;
    }

    [Fact]
    public async Task Good_rows_are_imported_and_each_bad_row_is_rejected_with_its_line_and_reason()
    {
        var s = IdentityFixture.Unique();
        var result = await ImportAsync(Csv(s));
        Assert.Empty(result["userErrors"]!.AsArray());
        var rows = result["rows"]!.AsArray();
        Assert.Equal([2, 3, 4, 5, 6], rows.Select(r => r!["line"]!.GetValue<int>()));
        Assert.Equal(["CREATED", "CREATED", "REJECTED", "REJECTED", "REJECTED"], rows.Select(r => r!["status"]!.GetValue<string>()));
        Assert.Contains("retailPrice", rows[2]!["errors"]![0]!.GetValue<string>());
        Assert.Contains("priceTiers", rows[3]!["errors"]![0]!.GetValue<string>());
        Assert.Contains("abc", rows[4]!["errors"]![0]!.GetValue<string>());

        var products = await api.AllAsync<Product>();
        var rice = products.Single(p => p.Slug == $"gao-tam-{s}");
        Assert.Equal(2, rice.Variants.Count);
        Assert.Equal(180000, rice.Variants[0].RetailPrice);
        Assert.Equal([new PriceTier(10, 170000), new PriceTier(50, 160000)], rice.Variants[0].Tiers);
        Assert.Equal(5, rice.Variants[0].OrderIncrement);
        Assert.DoesNotContain(products, p => p.Slug == $"banh-gai-{s}" || p.Slug == $"mam-cay-{s}" || p.Slug == $"nuoc-mam-{s}");
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing()
    {
        var s = IdentityFixture.Unique();
        await ImportAsync(Csv(s));
        var before = (await api.AllAsync<Product>()).Single(p => p.Slug == $"gao-tam-{s}");
        var changesBefore = (await api.AllAsync<ListingChange>()).Count(c => c.ProductSlug == $"gao-tam-{s}");

        var again = await ImportAsync(Csv(s));
        Assert.Equal(0, again["created"]!.GetValue<int>());
        Assert.Equal(0, again["updated"]!.GetValue<int>());
        Assert.Equal(2, again["unchanged"]!.GetValue<int>());
        var after = (await api.AllAsync<Product>()).Single(p => p.Slug == $"gao-tam-{s}");
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.UpdatedAt, after.UpdatedAt);
        Assert.Equal(changesBefore, (await api.AllAsync<ListingChange>()).Count(c => c.ProductSlug == $"gao-tam-{s}"));

        var changed = await ImportAsync(Csv(s).Replace("850000", "840000"));
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
