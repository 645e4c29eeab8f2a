using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Npgsql;
using OcopMarket.Bench.Generation;
using OcopMarket.Catalog;
using OcopMarket.Ordering.Buyers;

namespace OcopMarket.Bench;

/// <summary>
/// `--api-load` (issue 17): loads the synthetic catalog through the public API as a client would, against a fresh API
/// process with the default rate limits, and reports the time of each phase. Six cooperatives register themselves; an
/// admin verifies them; each manager uploads one CSV file (GraphQL multipart request) of its products with their OCOP
/// certificates and stock, published on import; the admin verifies the certificates in bulk. The one step outside the
/// API is giving the admin account its role, which an operator does in the database (there is no API for it).
/// </summary>
internal static class ApiLoad
{
    private const int Cooperatives = 6;
    private const string Password = "mat-khau-tai-du-lieu-1";

    public static async Task<int> RunAsync(BenchOptions options, SyntheticCatalog catalog, CancellationToken ct)
    {
        var schema = $"apiload_{options.Products}";
        await using (var db = NpgsqlDataSource.Create(options.ConnectionString!))
        {
            await using var drop = db.CreateCommand($"drop schema if exists {schema} cascade");
            await drop.ExecuteNonQueryAsync(ct);
        }
        options.Schema = schema;
        await using var api = await ApiProcess.StartAsync(options, Path.Combine(".artifacts", "bench", $"api-{schema}.log"), ct,
            defaultRateLimits: true);
        using var http = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        var phases = new List<(string Phase, TimeSpan Took, string Detail)>();
        var total = Stopwatch.StartNew();

        async Task<T> Phase<T>(string name, Func<Task<(T Result, string Detail)>> run)
        {
            var clock = Stopwatch.StartNew();
            var (result, detail) = await run();
            phases.Add((name, clock.Elapsed, detail));
            Console.Error.WriteLine($"[api-load] {name}: {clock.Elapsed.TotalSeconds:0.0} s ({detail})");
            return result;
        }

        var admin = await Phase("admin account", async () =>
        {
            var email = $"admin-{Guid.NewGuid():N}@load.local";
            var registered = await PostAsync(http, null, """
                mutation($input: RegisterBuyerInput!) { registerBuyer(input: $input) { userErrors { code message } } }
                """, new { input = new { name = "Tài khoản quản trị tải dữ liệu", taxCode = TaxCodeFor(1),
                addresses = new[] { new { label = "Kho", recipient = "Quản trị", phone = "0912345678", line = "Số 1 Tràng Tiền", commune = "Phường Hoàn Kiếm", provinceCode = "01" } },
                member = new { email, password = Password, displayName = "Quản trị" } } }, ct);
            Expect(registered, "registerBuyer");
            await using (var db = NpgsqlDataSource.Create(options.ConnectionString!))
            {
                await using var promote = db.CreateCommand(
                    $"update {schema}.mt_doc_user set data = jsonb_set(data - 'BuyerId', '{{Role}}', '\"Admin\"') where data->>'Email' = $1");
                promote.Parameters.Add(new NpgsqlParameter { Value = email });
                await promote.ExecuteNonQueryAsync(ct);
            }
            return (await LoginAsync(http, email, ct), "registerBuyer, role set in the database, login");
        });

        var managers = await Phase("register and verify 6 cooperatives", async () =>
        {
            var registered = await Task.WhenAll(Enumerable.Range(0, Cooperatives).Select(async i =>
            {
                var slug = $"htx-tai-du-lieu-{i + 1}";
                var result = await PostAsync(http, null, """
                    mutation($input: RegisterCooperativeInput!) { registerCooperative(input: $input) { token cooperative { id } userErrors { code message } } }
                    """, new { input = new { name = $"HTX Tải dữ liệu {i + 1}", slug, registrationCode = $"08{i + 1:D2}000{i + 1:D3}", provinceCode = "31",
                    commune = "Xã Thụy Hương", address = "Thôn Đông", memberCount = 30,
                    manager = new { email = $"{slug}@load.local", password = Password, displayName = "Quản lý" } } }, ct);
                var payload = Expect(result, "registerCooperative");
                return (Token: payload.GetProperty("token").GetString()!, Id: payload.GetProperty("cooperative").GetProperty("id").GetString()!);
            }));
            var aliases = string.Concat(registered.Select((c, i) =>
                $" v{i}: verifyCooperative(input: {{ cooperativeId: \"{c.Id}\" }}) {{ userErrors {{ code message }} }}"));
            var verified = await PostAsync(http, admin, "mutation {" + aliases + " }", null, ct);
            for (var i = 0; i < registered.Length; i++) Expect(verified, $"v{i}");
            return (registered.Select(r => r.Token).ToArray(), "6 × registerCooperative in parallel, 1 request of 6 aliased verifyCooperative");
        });

        var files = Enumerable.Range(0, Cooperatives)
            .Select(i => Csv(catalog.Products.Where((_, index) => index % Cooperatives == i).ToList())).ToArray();
        var imported = await Phase("import (one CSV upload per cooperative, publish: true)", async () =>
        {
            var created = await Task.WhenAll(files.Select((csv, i) => UploadAsync(http, managers[i], csv, ct)));
            return (created.Sum(), $"{created.Sum():N0} variants in {files.Length} files of {files.Average(f => f.Length) / 1024:N0} KB, 2 uploads at a time");
        });

        var certificates = await Phase("verify certificates (bulk)", async () =>
        {
            var ids = new List<string>();
            string? after = null;
            do
            {
                var page = Expect(await PostAsync(http, admin, """
                    query($after: String) { listings(first: 100, after: $after, certificateUnverified: true) { nodes { id } pageInfo { hasNextPage endCursor } } }
                    """, new { after }, ct), "listings");
                ids.AddRange(page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
                var info = page.GetProperty("pageInfo");
                after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
            } while (after != null);
            foreach (var chunk in ids.Chunk(1000))
                Expect(await PostAsync(http, admin, "mutation($ids: [ID!]!) { verifyCertificates(input: { productIds: $ids }) { userErrors { code message field } } }",
                    new { ids = chunk }, ct), "verifyCertificates");
            return (ids.Count, $"{ids.Count:N0} certificates: read in pages of 100, verified in calls of 1,000");
        });

        var listed = Expect(await PostAsync(http, null, "{ products(first: 1) { totalCount } }", null, ct), "products").GetProperty("totalCount").GetInt32();
        total.Stop();
        Console.WriteLine($"## Catalog loaded through the public API ({options.Products:N0} products, {Cooperatives} cooperatives, default rate limits)\n");
        Console.WriteLine("| phase | seconds | what |\n|---|---:|---|");
        foreach (var (phase, took, detail) in phases) Console.WriteLine($"| {phase} | {took.TotalSeconds:0.0} | {detail} |");
        Console.WriteLine($"| **total** | **{total.Elapsed.TotalSeconds:0.0}** | {imported:N0} variants imported, {certificates:N0} certificates verified, {listed:N0} products listed |");
        return 0;
    }

    /// <summary>One file: a row per variant, the product's certificate on its first row, stock, in the import's English headers.</summary>
    private static string Csv(List<ProductSeed> products)
    {
        var csv = new StringBuilder("slug,name,description,group,subgroup,origin,imageUrls,tags,sku,variantName,unit,weightGrams,retailPrice,priceTiers,minOrderQuantity,orderIncrement,stock,stars,score,decisionNumber,issuer,level,issuedOn\n");
        foreach (var product in products)
        {
            for (var v = 0; v < product.Variants.Count; v++)
            {
                var variant = product.Variants[v];
                var certificate = v == 0 ? product.Certificate : null;
                csv.AppendJoin(',',
                    product.Slug, Quote(product.Name), Quote(product.Description), product.Group, product.Subgroup, Quote(product.Origin),
                    Quote(string.Join('|', product.ImageUrls)), Quote(string.Join('|', product.Tags)), variant.Sku, Quote(variant.Name), Quote(variant.Unit),
                    variant.WeightGrams, variant.RetailPrice, string.Join('|', variant.PriceTiers.Select(t => $"{t.MinQuantity}:{t.UnitPrice}")),
                    variant.MinOrderQuantity, variant.OrderIncrement, variant.Stock,
                    certificate?.Stars.ToString(CultureInfo.InvariantCulture) ?? "", certificate?.Score?.ToString(CultureInfo.InvariantCulture) ?? "",
                    Quote(certificate?.DecisionNumber ?? ""), Quote(certificate?.Issuer ?? ""), certificate?.Level ?? "",
                    certificate?.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
                csv.Append('\n');
            }
        }
        return csv.ToString();
    }

    private static string Quote(string text) => text.Contains(',') || text.Contains('"') ? $"\"{text.Replace("\"", "\"\"")}\"" : text;

    private static readonly SemaphoreSlim Uploads = new(2);

    private static async Task<int> UploadAsync(HttpClient http, string token, string csv, CancellationToken ct)
    {
        await Uploads.WaitAsync(ct);
        try
        {
            const string query = "mutation($file: Upload!) { importProducts(input: { file: $file, publish: true }) { created rejected rows { line errors } userErrors { code message } } }";
            using var content = new MultipartFormDataContent
            {
                { new StringContent(JsonSerializer.Serialize(new { query, variables = new { file = (string?)null } }), Encoding.UTF8, "application/json"), "operations" },
                { new StringContent("""{"0":["variables.file"]}""", Encoding.UTF8, "application/json"), "map" },
                { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } }, "0", "products.csv" },
            };
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, ct);
            var payload = Expect(JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement, "importProducts");
            if (payload.GetProperty("rejected").GetInt32() > 0)
                throw new InvalidOperationException("Rows were rejected: " + payload.GetProperty("rows").EnumerateArray()
                    .First(r => r.GetProperty("errors").GetArrayLength() > 0));
            return payload.GetProperty("created").GetInt32();
        }
        finally
        {
            Uploads.Release();
        }
    }

    private static async Task<string> LoginAsync(HttpClient http, string email, CancellationToken ct) =>
        Expect(await PostAsync(http, null, "mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token userErrors { code message } } }",
            new { e = email, p = Password }, ct), "login").GetProperty("token").GetString()!;

    private static async Task<JsonElement> PostAsync(HttpClient http, string? token, string query, object? variables, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json")
        };
        if (token != null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"HTTP {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>The root field's payload; throws on GraphQL errors or userErrors, so a load that half-worked never reports a time.</summary>
    private static JsonElement Expect(JsonElement response, string field)
    {
        if (response.TryGetProperty("errors", out var errors)) throw new InvalidOperationException($"{field}: {errors}");
        var payload = response.GetProperty("data").GetProperty(field);
        if (payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("userErrors", out var userErrors) && userErrors.GetArrayLength() > 0)
            throw new InvalidOperationException($"{field}: {userErrors}");
        return payload;
    }

    /// <summary>The first valid tax code (mã số thuế) from 10000000n on.</summary>
    private static string TaxCodeFor(int n)
    {
        for (var i = n * 10_000_000; ; i++)
        {
            var nine = i.ToString("D9", CultureInfo.InvariantCulture);
            if (TaxCode.CheckDigit(nine) is { } digit) return nine + digit;
        }
    }
}
