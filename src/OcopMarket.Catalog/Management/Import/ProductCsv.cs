using OcopMarket.Catalog.Model;
using OcopMarket.Catalog.Search;

namespace OcopMarket.Catalog.Management.Import;

/// <summary>One CSV data row: its line number in the file, its cells by column, and what could not be read.</summary>
public sealed record CsvRow(int Line, Dictionary<string, string> Cells, List<string> Errors)
{
    public string Get(string column) => Cells.GetValueOrDefault(column, "").Trim();
}

/// <summary>
/// Reads a listings CSV: one row per variant, product fields repeated on each row of the same slug. Headers may be in
/// English or Vietnamese, with or without diacritics ("Mã SKU", "ma sku", "sku"); a ',' ';' or tab delimiter is
/// guessed. Unknown columns are ignored.
/// </summary>
internal static class ProductCsv
{
    public const string Slug = "slug", Name = "name", NameEn = "nameEn", Description = "description", Group = "group",
        Subgroup = "subgroup", Origin = "origin", Images = "imageUrls", Tags = "tags", Sku = "sku", VariantName = "variantName",
        Unit = "unit", Weight = "weightGrams", Price = "retailPrice", Tiers = "priceTiers", Moq = "minOrderQuantity",
        Increment = "orderIncrement", Stock = "stock", Stars = "stars", Score = "score", Decision = "decisionNumber", Issuer = "issuer",
        Level = "level", IssuedOn = "issuedOn";

    // Folded header (lower case, no diacritics, no punctuation) → column.
    private static readonly Dictionary<string, string> Headers = new()
    {
        ["slug"] = Slug, ["duong dan"] = Slug, ["ma san pham"] = Slug,
        ["name"] = Name, ["ten san pham"] = Name, ["ten"] = Name,
        ["name en"] = NameEn, ["nameen"] = NameEn, ["ten tieng anh"] = NameEn,
        ["description"] = Description, ["mo ta"] = Description,
        ["group"] = Group, ["nhom"] = Group, ["nhom ocop"] = Group, ["nhom san pham"] = Group,
        ["subgroup"] = Subgroup, ["phan nhom"] = Subgroup, ["nhom con"] = Subgroup,
        ["origin"] = Origin, ["xuat xu"] = Origin, ["noi san xuat"] = Origin,
        ["image urls"] = Images, ["imageurls"] = Images, ["images"] = Images, ["anh"] = Images, ["hinh anh"] = Images,
        ["tags"] = Tags, ["the"] = Tags, ["tu khoa"] = Tags,
        ["sku"] = Sku, ["ma sku"] = Sku,
        ["variant"] = VariantName, ["variant name"] = VariantName, ["variantname"] = VariantName, ["phan loai"] = VariantName,
        ["quy cach"] = VariantName, ["ten phan loai"] = VariantName,
        ["unit"] = Unit, ["don vi"] = Unit, ["don vi tinh"] = Unit, ["dvt"] = Unit,
        ["weight grams"] = Weight, ["weightgrams"] = Weight, ["weight"] = Weight, ["khoi luong"] = Weight, ["khoi luong g"] = Weight,
        ["retail price"] = Price, ["retailprice"] = Price, ["price"] = Price, ["gia"] = Price, ["gia ban le"] = Price, ["gia le"] = Price,
        ["price tiers"] = Tiers, ["pricetiers"] = Tiers, ["tiers"] = Tiers, ["gia si"] = Tiers, ["bac gia"] = Tiers,
        ["min order quantity"] = Moq, ["minorderquantity"] = Moq, ["moq"] = Moq, ["sl toi thieu"] = Moq, ["so luong toi thieu"] = Moq,
        ["order increment"] = Increment, ["orderincrement"] = Increment, ["increment"] = Increment, ["buoc dat"] = Increment,
        ["dong goi"] = Increment,
        ["stock"] = Stock, ["on hand"] = Stock, ["onhand"] = Stock, ["ton kho"] = Stock, ["so luong ton"] = Stock,
        ["stars"] = Stars, ["so sao"] = Stars, ["sao"] = Stars, ["hang sao"] = Stars, ["ocop stars"] = Stars,
        ["score"] = Score, ["diem"] = Score, ["diem danh gia"] = Score,
        ["decision number"] = Decision, ["decisionnumber"] = Decision, ["so quyet dinh"] = Decision, ["quyet dinh"] = Decision,
        ["issuer"] = Issuer, ["co quan cap"] = Issuer, ["don vi cap"] = Issuer, ["noi cap"] = Issuer,
        ["level"] = Level, ["cap"] = Level, ["cap chung nhan"] = Level, ["cap danh gia"] = Level,
        ["issued on"] = IssuedOn, ["issuedon"] = IssuedOn, ["ngay cap"] = IssuedOn, ["ngay ky"] = IssuedOn, ["ngay quyet dinh"] = IssuedOn,
    };

    public static (List<CsvRow> Rows, string? Error) Parse(string csv)
    {
        var records = CsvReader.Read(csv).ToList();
        if (records.Count == 0) return ([], "The file is empty: the first line must be the column headers.");
        var columns = records[0].Fields.Select(h => Headers.GetValueOrDefault(VietnameseText.Fold(h))).ToArray();
        var missing = new[] { Slug, Name, Sku, Price }.Where(c => !columns.Contains(c)).ToList();
        if (missing.Count > 0) return ([], $"Missing columns: {string.Join(", ", missing)} (e.g. \"slug\", \"Tên sản phẩm\", \"Mã SKU\", \"Giá bán lẻ\").");

        var rows = new List<CsvRow>();
        foreach (var record in records.Skip(1))
        {
            var cells = new Dictionary<string, string>();
            for (var i = 0; i < columns.Length && i < record.Fields.Count; i++)
            {
                if (columns[i] is { } column) cells[column] = record.Fields[i].Normalize(System.Text.NormalizationForm.FormC).Trim();
            }
            rows.Add(new CsvRow(record.Line, cells, []));
        }
        return (rows, null);
    }

    /// <summary>The variant a row describes; unreadable cells are added to the row's errors.</summary>
    public static VariantInput ToVariant(CsvRow row) => new()
    {
        Sku = row.Get(Sku), Name = Or(row.Get(VariantName), row.Get(Unit)), Unit = row.Get(Unit),
        WeightGrams = Int(row, Weight, 0), RetailPrice = Long(row, Price), PriceTiers = TiersOf(row),
        MinOrderQuantity = Int(row, Moq, 1), OrderIncrement = Int(row, Increment, 1)
    };

    /// <summary>The product fields, from the first row of its slug.</summary>
    public static ProductFieldsInput ToProduct(CsvRow row, List<VariantInput> variants) => new()
    {
        Slug = row.Get(Slug), Name = row.Get(Name), NameEn = NullIfEmpty(row.Get(NameEn)), Description = row.Get(Description),
        Group = GroupOf(row), Subgroup = row.Get(Subgroup), Origin = row.Get(Origin),
        ImageUrls = List(row.Get(Images)), Tags = List(row.Get(Tags)), Variants = variants
    };

    /// <summary>
    /// The OCOP certificate a product's row carries (null when its stars cell is empty): unverified, as attachCertificate
    /// makes it; the caller validates it. Unreadable cells are added to the row's errors.
    /// </summary>
    public static OcopCertificate? CertificateOf(CsvRow row)
    {
        if (row.Get(Stars).Length == 0) return null;
        var issued = row.Get(IssuedOn);
        DateOnly issuedOn = default;
        if (!DateOnly.TryParseExact(issued, ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out issuedOn))
            row.Errors.Add($"issuedOn '{issued}' is not a date (2025-03-01 or 01/03/2025).");
        var level = VietnameseText.Fold(row.Get(Level)) switch
        {
            "huyen" or "cap huyen" or "district" => "District",
            "tinh" or "cap tinh" or "province" => "Province",
            "trung uong" or "cap trung uong" or "quoc gia" or "central" => "Central",
            _ => row.Get(Level)
        };
        return new OcopCertificate
        {
            Stars = Int(row, Stars, 0), Score = row.Get(Score).Length > 0 ? Int(row, Score, 0) : null, DecisionNumber = row.Get(Decision),
            Issuer = row.Get(Issuer), Level = level, IssuedOn = issuedOn, Verified = false
        };
    }

    public static int? StockOf(CsvRow row) => row.Cells.ContainsKey(Stock) && row.Get(Stock).Length > 0 ? Int(row, Stock, 0) : null;

    private static OcopGroup GroupOf(CsvRow row)
    {
        var text = VietnameseText.Fold(row.Get(Group));
        if (text.Length == 0) return OcopGroup.Food;
        var group = text switch
        {
            "i" or "1" or "thuc pham" => OcopGroup.Food,
            "ii" or "2" or "do uong" => OcopGroup.Drinks,
            "iii" or "3" or "duoc lieu" => OcopGroup.Herbal,
            "iv" or "4" or "thu cong my nghe" => OcopGroup.Handicrafts,
            "v" or "5" or "sinh vat canh" => OcopGroup.Ornamental,
            "vi" or "6" or "dich vu du lich" or "du lich" => OcopGroup.Tourism,
            _ => Enum.TryParse<OcopGroup>(text, true, out var g) ? g : (OcopGroup?)null
        };
        if (group == null) row.Errors.Add($"Unknown OCOP group '{row.Get(Group)}' (use Food…Tourism, I–VI, or the Vietnamese name).");
        return group ?? OcopGroup.Food;
    }

    private static List<PriceTierInput> TiersOf(CsvRow row)
    {
        var tiers = new List<PriceTierInput>();
        foreach (var part in row.Get(Tiers).Split(['|', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(':', StringSplitOptions.TrimEntries);
            if (pieces.Length == 2 && int.TryParse(pieces[0], out var quantity) && long.TryParse(Digits(pieces[1]), out var price))
                tiers.Add(new PriceTierInput { MinQuantity = quantity, UnitPrice = price });
            else row.Errors.Add($"Price tier '{part}' is not 'quantity:price' (e.g. 10:45000|50:42000).");
        }
        return tiers;
    }

    private static int Int(CsvRow row, string column, int fallback)
    {
        var text = Digits(row.Get(column));
        if (text.Length == 0) return fallback;
        if (int.TryParse(text, out var value)) return value;
        row.Errors.Add($"{column} '{row.Get(column)}' is not a whole number.");
        return fallback;
    }

    private static long Long(CsvRow row, string column)
    {
        if (long.TryParse(Digits(row.Get(column)), out var value)) return value;
        row.Errors.Add($"{column} '{row.Get(column)}' is not a whole number of đồng.");
        return 0;
    }

    // "45.000", "45,000" and "45 000" are all how people write 45000 đồng.
    private static string Digits(string text) => text.Replace(".", "").Replace(",", "").Replace(" ", "").Replace("đ", "").Replace("₫", "");

    private static List<string> List(string text) =>
        text.Split(['|', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string Or(string a, string b) => a.Length > 0 ? a : b;

    private static string? NullIfEmpty(string text) => text.Length > 0 ? text : null;
}
