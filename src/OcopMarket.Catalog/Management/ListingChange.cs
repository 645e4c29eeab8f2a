using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Nodes;
using OcopMarket.Catalog.Model;

namespace OcopMarket.Catalog.Management;

public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>One change to a listing (a Marten document): who, when, what action and which fields changed from what to what.</summary>
internal sealed class ListingChange
{
    public Guid Id { get; set; }
    public Guid ProductId { get; set; }
    public Guid CooperativeId { get; set; }
    public string ProductSlug { get; set; } = "";
    /// <summary>created, updated, published, unpublished, archived, stock_set, certificate_attached, certificate_verified, imported.</summary>
    public string Action { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public Guid? ActorUserId { get; set; }
    public string ActorEmail { get; set; } = "";
    /// <summary>The listing's version after the change.</summary>
    public int Version { get; set; }
    public List<FieldChange> Changes { get; set; } = [];
}

/// <summary>
/// Field-level differences between two states of a product, as dotted paths (variants[NB-500].retailPrice). Variants are
/// matched by SKU rather than by position, so reordering them is not reported as every field changing.
/// </summary>
internal static class ListingDiff
{
    // Enums as their GraphQL names (PUBLISHED, not 1), so a history reads as the API speaks.
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) }
    };
    private static readonly HashSet<string> Ignored = ["version", "updatedAt", "createdAt", "id", "cooperativeId"];
    private static readonly HashSet<string> IgnoredInside = ["certificate.submittedAt"]; // bookkeeping, not the decision

    public static List<FieldChange> Between(Product? before, Product after)
    {
        var a = Flatten(before);
        var b = Flatten(after);
        return a.Keys.Union(b.Keys).Order(StringComparer.Ordinal)
            .Select(k => new FieldChange(k, a.GetValueOrDefault(k), b.GetValueOrDefault(k)))
            .Where(c => c.Before != c.After)
            .ToList();
    }

    private static Dictionary<string, string?> Flatten(Product? product)
    {
        var values = new Dictionary<string, string?>();
        if (product == null) return values;
        var node = JsonSerializer.SerializeToNode(product, Json)!.AsObject();
        foreach (var (key, value) in node)
        {
            if (Ignored.Contains(key)) continue;
            if (key == "variants" && value is JsonArray variants)
            {
                foreach (var variant in variants.OfType<JsonObject>())
                {
                    var sku = variant["sku"]?.GetValue<string>();
                    foreach (var (field, v) in variant) values[$"variants[{sku}].{field}"] = Text(v);
                }
            }
            else if (value is JsonObject obj)
            {
                foreach (var (field, v) in obj.Where(f => !IgnoredInside.Contains($"{key}.{f.Key}"))) values[$"{key}.{field}"] = Text(v);
            }
            else values[key] = Text(value);
        }
        return values;
    }

    /// <summary>
    /// A recorded value as shown: changes recorded before enums were written by name hold numbers ("0" → "1"),
    /// which are turned into the enum's GraphQL name here.
    /// </summary>
    public static string? Display(string field, string? value)
    {
        if (value == null || !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return value;
        return field switch
        {
            "status" when Enum.IsDefined((ProductStatus)number) => JsonNamingPolicy.SnakeCaseUpper.ConvertName(((ProductStatus)number).ToString()),
            "group" when Enum.IsDefined((OcopGroup)number) => JsonNamingPolicy.SnakeCaseUpper.ConvertName(((OcopGroup)number).ToString()),
            _ => value
        };
    }

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString()
    };
}
