using System.Text.Json;

namespace OcopMarket.Cooperatives.Provinces;

public sealed record FormerProvince(string Code, string Name);

/// <summary>A province or centrally-run city after the 2025 reform, with the provinces merged into it.</summary>
public sealed record Province(string Code, string Name, string NameEn, string Kind, IReadOnlyList<FormerProvince> FormerProvinces);

/// <summary>
/// The 34 provinces and cities (Decision 19/2025/QĐ-TTg codes) with their former provinces. The table is reference
/// data kept in seed/provinces.json and compiled into the assembly, so production has it without seeding.
/// </summary>
public sealed class ProvinceDirectory
{
    private readonly Dictionary<string, Province> byCode;
    private readonly Dictionary<string, string> formerNames;

    public ProvinceDirectory(IEnumerable<Province> provinces)
    {
        All = provinces.OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
        byCode = All.ToDictionary(p => p.Code);
        formerNames = All.SelectMany(p => p.FormerProvinces).GroupBy(f => f.Code).ToDictionary(g => g.Key, g => g.First().Name);
    }

    public IReadOnlyList<Province> All { get; }

    // Codes come from clients, where a list may hold a null: it is simply no province.
    public Province? Find(string? code) => code != null ? byCode.GetValueOrDefault(code) : null;

    public bool Exists(string? code) => code != null && byCode.ContainsKey(code);

    /// <summary>Name of a pre-2025 province by its old code ("34" → "Thái Bình").</summary>
    public string? FormerName(string? code) => code != null ? formerNames.GetValueOrDefault(code) : null;

    /// <summary>Every name a place is searched by: today's province (Vietnamese and English) and the former one.</summary>
    public string SearchNames(string provinceCode, string? formerProvinceCode)
    {
        var province = Find(provinceCode);
        return VietnameseText.Fold(string.Join(' ', province?.Name, province?.NameEn, FormerName(formerProvinceCode)));
    }

    public static ProvinceDirectory LoadEmbedded()
    {
        using var stream = typeof(ProvinceDirectory).Assembly.GetManifestResourceStream("provinces.json")
                           ?? throw new InvalidOperationException("provinces.json is not embedded in the assembly.");
        var provinces = JsonSerializer.Deserialize<List<Province>>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        return new ProvinceDirectory(provinces);
    }
}
