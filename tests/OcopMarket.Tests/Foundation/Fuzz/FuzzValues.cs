using System.Text.Json.Nodes;

namespace OcopMarket.Tests.Foundation.Fuzz;

/// <summary>
/// Values the fuzzer sends: plausible ones (seed slugs, SKUs, ids and cursors the API itself returned) so operations
/// reach deep into resolvers, and hostile ones (surrogates, NUL, RTL, huge words and numbers, impossible dates).
/// </summary>
public sealed class FuzzValues(Random random)
{
    private readonly Dictionary<string, List<string>> _seen = new()
    {
        ["id"] = [], ["slug"] = ["nuoc-mam-ca-com-40-do-dam", "mat-ong-rung"], ["sku"] = ["CH-NM40-500"], ["cursor"] = [],
        ["email"] = ["admin@test.local", "nobody@example.com"],
    };

    public static readonly string[] HostileStrings =
    [
        "\uD800", "a\uDC00b", "\u0000", "x\u0000y", "\u202Eevil\u202C", "مرحبا بالعالم", "🍯🐟", new string('w', 10_000),
        "'; DROP TABLE users; --", "%00%ff", "../../etc/passwd", "<script>alert(1)</script>", "\n\r\t", "   ", "",
        string.Concat(Enumerable.Repeat("e\u0301", 1_000)), "\uFEFFbom", "null", new string('đ', 5_000), "a\u200Bb",
        "{\"$ne\": null}", "${jndi:ldap://x}", "\\u0000", "NaN", "-0", "1e999",
    ];

    private static readonly string[] Words = ["nuoc mam", "mật ong", "gom su", "tra", "Hưng Yên", "thai binh", "nuoc mamm", "x", "OCOP"];
    private static readonly string[] Dates = ["2026-12-20", "2027-01-31", "2026-11-29", "2025-07-01"];
    private static readonly string[] HostileDates = ["0001-01-01", "9999-12-31", "2026-02-30", "2026-13-01", "", "yesterday", "20261220", "2026-12-20T00:00:00Z"];
    private static readonly string[] Instants = ["2026-12-10T00:00:00Z", "2027-03-01T08:30:00+07:00"];
    private static readonly string[] HostileInstants = ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59+14:00", "2026-12-10", "not a time", ""];

    /// <summary>Remembers ids, slugs, SKUs and cursors a response returned, to use them in later cases.</summary>
    public void Harvest(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out var s) && s.Length < 200)
                    {
                        var bucket = key switch
                        {
                            "id" => "id", "slug" or "productSlug" => "slug", "sku" => "sku", "email" => "email",
                            "cursor" or "endCursor" or "startCursor" => "cursor", _ => null
                        };
                        if (bucket != null) Remember(bucket, s);
                    }
                    else Harvest(value);
                }
                break;
            case JsonArray array:
                foreach (var item in array) Harvest(item);
                break;
        }
    }

    private void Remember(string bucket, string value)
    {
        var list = _seen[bucket];
        if (list.Contains(value)) return;
        if (list.Count >= 200) list[random.Next(list.Count)] = value;
        else list.Add(value);
    }

    private string Seen(string bucket, string fallback) =>
        _seen[bucket] is { Count: > 0 } list ? list[random.Next(list.Count)] : fallback;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public bool Chance(double p) => random.NextDouble() < p;

    public string HostileString() => Pick(HostileStrings);

    /// <summary>A string for an argument or input field, guided by its name.</summary>
    public string String(string name, bool hostile)
    {
        if (hostile && Chance(0.6)) return HostileString();
        var n = name.ToLowerInvariant();
        if (n.Contains("email")) return Chance(0.5) ? Seen("email", "a@b.vn") : $"fuzz{random.Next(1000)}@example.com";
        if (n.Contains("slug")) return Seen("slug", "nuoc-mam");
        if (n.Contains("sku")) return Seen("sku", "CH-NM40-500");
        if (n is "after" or "before" || n.Contains("cursor")) return Chance(0.7) ? Seen("cursor", "abc") : "bm90IGEgY3Vyc29y";
        if (n.Contains("province")) return Pick(["01", "31", "33", "99", "1"]);
        if (n.Contains("password")) return Pick(["correct-horse-42", "wrong", "ocop-demo", "12345678901"]);
        if (n.Contains("taxcode")) return Pick(["0314409058", "0314409058-002", "0314409059", "123"]);
        if (n.Contains("url")) return Pick(["https://example.com/a.jpg", "javascript:alert(1)", "ftp://x", "not a url"]);
        if (n.Contains("csv")) return Csv(hostile);
        if (n.Contains("phone")) return Pick(["0912345678", "+84912345678", "abc"]);
        if (n.Contains("key")) return "fuzz-" + random.Next(100_000);
        return Pick(Words);
    }

    private string Csv(bool hostile)
    {
        var header = "sku,slug,name,group,retailPrice,unit,stock";
        var sku = "FZ-" + random.Next(100_000);
        var price = hostile ? Pick(["9223372036854775807", "-1", "abc", "1e9"]) : "50000";
        return $"{header}\n{sku},fz-{sku.ToLowerInvariant()},Sản phẩm {sku},FOOD,{price},chai,10\n";
    }

    public string Id(bool hostile) => hostile && Chance(0.5)
        ? Pick(["", "UHJvZHVjdDpub3QtYS1ndWlk", "Zm9vOmJhcg==", "!!!", Guid.NewGuid().ToString(), HostileString()])
        : Seen("id", "UHJvZHVjdDowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA=");

    public JsonNode Int(string name, bool hostile)
    {
        if (hostile && Chance(0.7))
            return Pick<JsonNode>([int.MaxValue, int.MinValue, -1, 0, 2_147_483_648L, long.MaxValue, long.MinValue, 1e20, 1.5, "12", true]);
        var n = name.ToLowerInvariant();
        if (n is "first" or "last") return random.Next(0, 30);
        return Pick<JsonNode>([0, 1, 5, 10, 48, 100, 500, random.Next(1, 2_000)]);
    }

    public JsonNode Float(bool hostile) =>
        hostile && Chance(0.7) ? Pick<JsonNode>([double.MaxValue, -1e308, 1e-320, "1.0", long.MaxValue]) : Math.Round(random.NextDouble() * 100, 2);

    public JsonNode Money(bool hostile) =>
        hostile && Chance(0.7)
            ? Pick<JsonNode>([long.MaxValue, long.MinValue, -1, 0, 9_007_199_254_740_993L, 1e30, 99_999_999_999L, 12.5, "46000"])
            : Pick<JsonNode>([1_000, 46_000, 76_000, 250_000, 1_200_000]);

    public string Date(bool hostile) => hostile && Chance(0.7) ? Pick(HostileDates) : Pick(Dates);

    public string Instant(bool hostile) => hostile && Chance(0.7) ? Pick(HostileInstants) : Pick(Instants);

    public string Word() => "w" + random.Next(1_000_000);
}
