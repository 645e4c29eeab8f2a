using System.Text.Json.Nodes;
using Npgsql;
using OcopMarket.Catalog.Management;
using OcopMarket.Catalog.Model;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Identity;

public class ListingManagementTests(ManagementFixture api) : IClassFixture<ManagementFixture>
{
    private static JsonArray ErrorsOf(GraphQLResponse response, string field) => response.OkData()[field]!["userErrors"]!.AsArray();

    private static string Code(GraphQLResponse response, string field) => ErrorsOf(response, field)[0]!["code"]!.GetValue<string>();

    private async Task<Product?> ProductBySlugAsync(string slug) => (await api.AllAsync<Product>()).SingleOrDefault(p => p.Slug == slug);

    [Fact]
    public async Task Manager_creates_a_draft_in_their_own_cooperative_with_variants_tiers_moq_and_increment()
    {
        var product = await api.CreateProductAsync(api.A.Manager);
        Assert.Equal("DRAFT", product["status"]!.GetValue<string>());
        var variant = product["variants"]![0]!;
        Assert.Equal(12, variant["minOrderQuantity"]!.GetValue<int>());
        Assert.Equal(12, variant["orderIncrement"]!.GetValue<int>());
        Assert.Equal(2, variant["priceTiers"]!.AsArray().Count);
        var stored = await ProductBySlugAsync(product["slug"]!.GetValue<string>());
        Assert.Equal(api.A.Id, OcopMarket.Kernel.GraphQL.GlobalId.Encode("Cooperative", stored!.CooperativeId));
    }

    public static TheoryData<string, string, string> InvalidInputs => new()
    {
        // name of the rule, JSON patch path, the field path expected in userErrors
        { "price > 0", "variants.0.retailPrice=0", "input.variants.0.retailPrice" },
        { "tiers strictly increasing in quantity", "variants.0.priceTiers.1.minQuantity=24", "input.variants.0.priceTiers" },
        { "tiers non-increasing in price", "variants.0.priceTiers.1.unitPrice=90000", "input.variants.0.priceTiers" },
        { "MOQ >= 1", "variants.0.minOrderQuantity=0", "input.variants.0.minOrderQuantity" },
        { "increment >= 1", "variants.0.orderIncrement=0", "input.variants.0.orderIncrement" },
        { "slug format", "slug=Nuoc Mam!", "input.slug" },
        { "image URLs http(s) only", "imageUrls.0=javascript:alert(1)", "input.imageUrls.0" },
        { "name required", "name=", "input.name" },
        { "name length", "name=" + new string('x', 201), "input.name" },
        { "SKU required", "variants.0.sku=", "input.variants.0.sku" },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public async Task Each_listing_rule_is_a_validation_user_error_and_nothing_is_stored(string rule, string patch, string field)
    {
        var slug = "sp-" + IdentityFixture.Unique();
        var input = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Mgmt.ProductInput(slug, "SKU-" + IdentityFixture.Unique())))!;
        var (path, value) = (patch.Split('=')[0].Split('.'), patch[(patch.IndexOf('=') + 1)..]);
        JsonNode target = input;
        foreach (var part in path[..^1]) target = int.TryParse(part, out var i) ? target[i]! : target[part]!;
        JsonNode newValue = int.TryParse(value, out var number) ? JsonValue.Create(number) : JsonValue.Create(value);
        if (int.TryParse(path[^1], out var index)) target[index] = newValue; else target[path[^1]] = newValue;
        if (path[0] == "slug") slug = value;

        var response = await api.A.Manager.PostAsync(Mgmt.CreateProduct, new { input });
        var errors = ErrorsOf(response, "createProduct");
        Assert.True(errors.Count > 0, $"{rule}: expected a user error, got {response.Body}");
        Assert.Equal("VALIDATION", errors[0]!["code"]!.GetValue<string>());
        Assert.Contains(errors, e => string.Join('.', e!["field"]!.AsArray().Select(f => f!.GetValue<string>())) == field);
        Assert.Null(response.OkData()["createProduct"]!["product"]);
        Assert.Null(await ProductBySlugAsync(slug));
    }

    [Fact]
    public async Task Duplicate_slug_and_duplicate_sku_are_conflicts_and_nothing_is_stored()
    {
        var first = await api.CreateProductAsync(api.A.Manager);
        var sku = first["variants"]![0]!["sku"]!.GetValue<string>();
        var sameSlug = await api.B.Manager.PostAsync(Mgmt.CreateProduct, new { input = Mgmt.ProductInput(first["slug"]!.GetValue<string>(), "SKU-" + IdentityFixture.Unique()) });
        Assert.Equal("CONFLICT", Code(sameSlug, "createProduct"));
        var newSlug = "khac-" + IdentityFixture.Unique();
        var sameSku = await api.B.Manager.PostAsync(Mgmt.CreateProduct, new { input = Mgmt.ProductInput(newSlug, sku) });
        Assert.Equal("CONFLICT", Code(sameSku, "createProduct"));
        Assert.Equal(["input", "variants", "0", "sku"], ErrorsOf(sameSku, "createProduct")[0]!["field"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Null(await ProductBySlugAsync(newSlug));
    }

    [Fact]
    public async Task Stale_expected_version_is_a_conflict_and_loses_nothing()
    {
        var product = await api.CreateProductAsync(api.A.Manager);
        var id = product["id"]!.GetValue<string>();
        var seen = product["version"]!.GetValue<int>();
        var first = await api.A.Manager.PostAsync(Mgmt.UpdateProduct, new { input = new { productId = id, expectedVersion = seen, name = "Nước mắm nhĩ Cát Hải" } });
        Assert.Empty(ErrorsOf(first, "updateProduct"));
        Assert.Equal(seen + 1, first.OkData()["updateProduct"]!["product"]!["version"]!.GetValue<int>());

        // A second editor who read the same version.
        var stale = await api.A.Manager.PostAsync(Mgmt.UpdateProduct, new { input = new { productId = id, expectedVersion = seen, name = "Tên cũ" } });
        Assert.Equal("CONFLICT", Code(stale, "updateProduct"));
        var stored = await ProductBySlugAsync(product["slug"]!.GetValue<string>());
        Assert.Equal("Nước mắm nhĩ Cát Hải", stored!.Name);
        Assert.Equal(seen + 1, stored.Version);
    }

    [Fact]
    public async Task Concurrent_edits_at_the_same_version_store_exactly_one()
    {
        var product = await api.CreateProductAsync(api.A.Manager);
        var id = product["id"]!.GetValue<string>();
        var seen = product["version"]!.GetValue<int>();
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            api.A.Manager.PostAsync(Mgmt.UpdateProduct, new { input = new { productId = id, expectedVersion = seen, name = "Tên " + i } })));
        Assert.Equal(1, results.Count(r => ErrorsOf(r, "updateProduct").Count == 0));
        Assert.All(results.Where(r => ErrorsOf(r, "updateProduct").Count > 0), r => Assert.Equal("CONFLICT", Code(r, "updateProduct")));
        Assert.Equal(seen + 1, (await ProductBySlugAsync(product["slug"]!.GetValue<string>()))!.Version);
    }

    [Fact]
    public async Task Every_cross_tenant_listing_change_is_forbidden_and_changes_nothing()
    {
        var product = await api.CreateProductAsync(api.A.Manager);
        var id = product["id"]!.GetValue<string>();
        var slug = product["slug"]!.GetValue<string>();
        var sku = product["variants"]![0]!["sku"]!.GetValue<string>();
        var before = await ProductBySlugAsync(slug);
        var intruder = api.B.Manager;

        Assert.Equal("FORBIDDEN", Code(await intruder.PostAsync(Mgmt.UpdateProduct, new { input = new { productId = id, expectedVersion = product["version"]!.GetValue<int>(), name = "Hijacked" } }), "updateProduct"));
        Assert.Equal("FORBIDDEN", Code(await intruder.PostAsync(Mgmt.Publish, new { id }), "publishProduct"));
        Assert.Equal("FORBIDDEN", Code(await intruder.PostAsync(Mgmt.Unpublish, new { id }), "unpublishProduct"));
        Assert.Equal("FORBIDDEN", Code(await intruder.PostAsync(Mgmt.Archive, new { id }), "archiveProduct"));
        Assert.Equal("FORBIDDEN", Code(await intruder.PostAsync(Mgmt.SetStock, new { sku, n = 999 }), "setStock"));
        Assert.Equal("FORBIDDEN", Code(await intruder.PostAsync(Mgmt.AttachCertificate, new { input = Certificate(id) }), "attachCertificate"));
        Assert.Equal("FORBIDDEN", Code(await intruder.PostAsync(Mgmt.CreateProduct, new { input = new Dictionary<string, object?>(Mgmt.ProductInput("x-" + IdentityFixture.Unique(), "S-" + IdentityFixture.Unique())) { ["cooperativeId"] = api.A.Id } }), "createProduct"));
        Assert.Equal("FORBIDDEN", Code(await intruder.PostAsync(Mgmt.UpdateStorefront, new { input = new { cooperativeId = api.A.Id, expectedVersion = 1, tagline = "Hijacked" } }), "updateStorefront"));
        Assert.Equal("FORBIDDEN", (await intruder.PostAsync(Mgmt.History, new { slug })).FirstErrorCode);

        var after = await ProductBySlugAsync(slug);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(before), System.Text.Json.JsonSerializer.Serialize(after));
        Assert.Equal(0, await OnHandAsync(sku));
    }

    [Fact]
    public async Task Buyers_and_anonymous_callers_cannot_manage_listings()
    {
        var product = await api.CreateProductAsync(api.A.Manager);
        var id = product["id"]!.GetValue<string>();
        Assert.Equal("FORBIDDEN", Code(await api.Buyer.PostAsync(Mgmt.Publish, new { id }), "publishProduct"));
        Assert.Equal("UNAUTHENTICATED", Code(await api.Client.PostAsync(Mgmt.Publish, new { id }), "publishProduct"));
        Assert.Equal("FORBIDDEN", Code(await api.Buyer.PostAsync(Mgmt.CreateProduct, new { input = Mgmt.ProductInput("b-" + IdentityFixture.Unique(), "B-" + IdentityFixture.Unique()) }), "createProduct"));
        Assert.Equal("UNAUTHENTICATED", (await api.Client.PostAsync(Mgmt.History, new { slug = product["slug"]!.GetValue<string>() })).FirstErrorCode);
        Assert.Equal(ProductStatus.Draft, (await ProductBySlugAsync(product["slug"]!.GetValue<string>()))!.Status);
    }

    [Fact]
    public async Task Publish_puts_the_product_in_the_public_catalog_and_archive_takes_it_out()
    {
        var product = await api.CreateProductAsync(api.A.Manager);
        var id = product["id"]!.GetValue<string>();
        var slug = product["slug"]!.GetValue<string>();
        Assert.Null((await api.Client.PostAsync(Mgmt.PublicProduct, new { slug })).OkData()["product"]);
        Assert.Equal("PUBLISHED", (await api.A.Manager.PostAsync(Mgmt.Publish, new { id })).OkData()["publishProduct"]!["product"]!["status"]!.GetValue<string>());
        Assert.NotNull((await api.Client.PostAsync(Mgmt.PublicProduct, new { slug })).OkData()["product"]);
        Assert.Equal("ARCHIVED", (await api.A.Manager.PostAsync(Mgmt.Archive, new { id })).OkData()["archiveProduct"]!["product"]!["status"]!.GetValue<string>());
        Assert.Null((await api.Client.PostAsync(Mgmt.PublicProduct, new { slug })).OkData()["product"]);
        Assert.Equal("INVALID_TRANSITION", Code(await api.A.Manager.PostAsync(Mgmt.Publish, new { id }), "publishProduct"));
    }

    [Fact]
    public async Task Certificate_counts_only_after_an_admin_verifies_it()
    {
        var product = await api.CreateProductAsync(api.A.Manager);
        var id = product["id"]!.GetValue<string>();
        var attached = (await api.A.Manager.PostAsync(Mgmt.AttachCertificate, new { input = Certificate(id) })).OkData()["attachCertificate"]!["product"]!;
        Assert.False(attached["certified"]!.GetValue<bool>());
        Assert.Equal("FORBIDDEN", Code(await api.A.Manager.PostAsync(Mgmt.VerifyCertificate, new { id }), "verifyCertificate"));
        var verified = (await api.Admin.PostAsync(Mgmt.VerifyCertificate, new { id })).OkData()["verifyCertificate"]!["product"]!;
        Assert.True(verified["certified"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData(2, "2024-03-01", "input.stars")]
    [InlineData(6, "2024-03-01", "input.stars")]
    [InlineData(4, "2099-01-01", "input.issuedOn")]
    public async Task Certificate_rules_are_validation_errors_and_nothing_is_stored(int stars, string issuedOn, string field)
    {
        var product = await api.CreateProductAsync(api.A.Manager);
        var id = product["id"]!.GetValue<string>();
        var response = await api.A.Manager.PostAsync(Mgmt.AttachCertificate, new { input = Certificate(id, stars, issuedOn) });
        var errors = ErrorsOf(response, "attachCertificate");
        Assert.Contains(errors, e => e!["code"]!.GetValue<string>() == "VALIDATION"
                                     && string.Join('.', e["field"]!.AsArray().Select(f => f!.GetValue<string>())) == field);
        Assert.Null((await ProductBySlugAsync(product["slug"]!.GetValue<string>()))!.Certificate);
    }

    [Fact]
    public async Task Set_stock_refuses_on_hand_below_reserved()
    {
        var product = await api.CreateProductAsync(api.A.Manager);
        var sku = product["variants"]![0]!["sku"]!.GetValue<string>();
        var set = (await api.A.Manager.PostAsync(Mgmt.SetStock, new { sku, n = 100 })).OkData()["setStock"]!;
        Assert.Equal(100, set["onHand"]!.GetValue<int>());
        await ExecuteAsync($"update {api.Schema}.ocop_stock set reserved = 40 where sku = '{sku}'");
        var refused = await api.A.Manager.PostAsync(Mgmt.SetStock, new { sku, n = 39 });
        Assert.Equal("CONFLICT", Code(refused, "setStock"));
        Assert.Equal(100, await OnHandAsync(sku));
        Assert.Empty(ErrorsOf(await api.A.Manager.PostAsync(Mgmt.SetStock, new { sku, n = 40 }), "setStock"));
    }

    [Fact]
    public async Task Every_change_is_recorded_with_who_when_and_a_field_level_diff()
    {
        var product = await api.CreateProductAsync(api.A.Manager);
        var id = product["id"]!.GetValue<string>();
        var slug = product["slug"]!.GetValue<string>();
        var sku = product["variants"]![0]!["sku"]!.GetValue<string>();
        var variant = Mgmt.Variant(sku);
        variant["retailPrice"] = 90000;
        await api.A.Manager.PostAsync(Mgmt.UpdateProduct, new { input = new { productId = id, expectedVersion = 1, variants = new[] { variant } } });
        await api.A.Manager.PostAsync(Mgmt.Publish, new { id });
        await api.A.Manager.PostAsync(Mgmt.SetStock, new { sku, n = 50 });

        foreach (var reader in new[] { api.A.Manager, api.Admin })
        {
            var history = (await reader.PostAsync(Mgmt.History, new { slug })).OkData()["listingHistory"]!;
            Assert.Equal(4, history["totalCount"]!.GetValue<int>());
            var nodes = history["nodes"]!.AsArray();
            Assert.Equal(["stock_set", "published", "updated", "created"], nodes.Select(n => n!["action"]!.GetValue<string>()));
            Assert.All(nodes, n => Assert.Equal($"{api.A.Slug}@test.local", n!["actorEmail"]!.GetValue<string>()));
            var price = nodes[2]!["changes"]!.AsArray().Single();
            Assert.Equal($"variants[{sku}].retailPrice", price!["field"]!.GetValue<string>());
            Assert.Equal("85000", price["before"]!.GetValue<string>());
            Assert.Equal("90000", price["after"]!.GetValue<string>());
        }
        var page = (await api.A.Manager.PostAsync(Mgmt.History, new { slug, first = 3 })).OkData()["listingHistory"]!;
        Assert.True(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var rest = (await api.A.Manager.PostAsync(Mgmt.History, new { slug, first = 3, after = page["pageInfo"]!["endCursor"]!.GetValue<string>() })).OkData()["listingHistory"]!;
        Assert.Equal("created", rest["nodes"]![0]!["action"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_edit_that_changes_nothing_writes_nothing()
    {
        var product = await api.CreateProductAsync(api.A.Manager);
        var response = await api.A.Manager.PostAsync(Mgmt.UpdateProduct, new { input = new { productId = product["id"]!.GetValue<string>(), expectedVersion = 1, name = product["name"]!.GetValue<string>() } });
        Assert.Equal(1, response.OkData()["updateProduct"]!["product"]!["version"]!.GetValue<int>());
        Assert.Single(await api.AllAsync<ListingChange>(), c => c.ProductSlug == product["slug"]!.GetValue<string>());
    }

    private static object Certificate(string productId, int stars = 4, string issuedOn = "2024-03-01") => new
    {
        productId, stars, score = 78, decisionNumber = "Quyết định số 144/QĐ-UBND", issuer = "UBND thành phố Hải Phòng", level = "Province", issuedOn
    };

    private async Task<int> OnHandAsync(string sku)
    {
        await using var connection = new NpgsqlConnection(ApiFixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select on_hand from {api.Schema}.ocop_stock where sku = @sku", connection);
        command.Parameters.AddWithValue("sku", sku);
        return (int)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ApiFixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
