using OcopMarket.Catalog.Model;

namespace OcopMarket.Bench.Generation;

/// <summary>A kind of product: its OCOP group and subgroup, the name it starts with, its price range and how it is sold.</summary>
internal sealed record ProductKind(OcopGroup Group, string Subgroup, string Base, long MinPrice, long MaxPrice, Packaging Pack, string[] Qualifiers);

/// <summary>How a kind is sold: the single unit and the case it comes in.</summary>
internal sealed record Packaging(string UnitName, string Unit, int WeightGrams, string CaseName, int CaseSize);

/// <summary>Word lists for plausible Vietnamese names (NFC, full diacritics). Synthetic: no real businesses or people.</summary>
internal static class WordLists
{
    private static readonly Packaging Bottle = new("Chai 500 ml", "chai", 650, "Thùng 12 chai", 12);
    private static readonly Packaging SmallBottle = new("Chai 250 ml", "chai", 350, "Thùng 24 chai", 24);
    private static readonly Packaging Bag = new("Túi 1 kg", "túi", 1000, "Bao 10 kg", 10);
    private static readonly Packaging Box = new("Hộp 500 g", "hộp", 550, "Thùng 20 hộp", 20);
    private static readonly Packaging Jar = new("Hũ 300 g", "hũ", 400, "Thùng 24 hũ", 24);
    private static readonly Packaging Pack = new("Gói 200 g", "gói", 220, "Thùng 40 gói", 40);
    private static readonly Packaging Piece = new("Chiếc", "chiếc", 900, "Lô 10 chiếc", 10);
    private static readonly Packaging Pot = new("Chậu", "chậu", 3000, "Lô 5 chậu", 5);
    private static readonly Packaging Ticket = new("Vé 1 người", "vé", 0, "Đoàn 10 người", 10);

    public static readonly ProductKind[] Kinds =
    [
        // I Thực phẩm
        new(OcopGroup.Food, "fish_sauce_soy_sauce", "Nước mắm", 45_000, 220_000, Bottle, ["cá cơm", "truyền thống", "nhĩ cá cơm", "cá cơm 40 độ đạm", "cốt", "thượng hạng"]),
        new(OcopGroup.Food, "fish_sauce_soy_sauce", "Nước mắm", 60_000, 260_000, SmallBottle, ["chượp chín", "cá cơm than", "làng chài", "nguyên chất"]),
        new(OcopGroup.Food, "fish_sauce_soy_sauce", "Tương bần", 30_000, 80_000, Bottle, ["truyền thống", "nếp cái", "đậu tương"]),
        new(OcopGroup.Food, "other_condiments", "Mắm tôm", 25_000, 70_000, Jar, ["đặc biệt", "chua", "làng biển"]),
        new(OcopGroup.Food, "rice_grains", "Gạo", 25_000, 90_000, Bag, ["nếp cái hoa vàng", "ST25", "tám thơm", "lứt đỏ", "séng cù", "nàng hoa"]),
        new(OcopGroup.Food, "processed_rice_grains", "Bánh đa", 20_000, 60_000, Pack, ["vừng", "nem", "gạo lứt", "đỏ"]),
        new(OcopGroup.Food, "processed_rice_grains", "Miến dong", 40_000, 120_000, Pack, ["sợi nhỏ", "làng nghề", "nguyên chất"]),
        new(OcopGroup.Food, "processed_rice_grains", "Bún khô", 25_000, 60_000, Pack, ["gạo lứt", "truyền thống"]),
        new(OcopGroup.Food, "honey_farm_produce", "Mật ong", 120_000, 450_000, Bottle, ["hoa nhãn", "bạc hà", "rừng", "hoa cà phê", "hoa vải"]),
        new(OcopGroup.Food, "processed_meat_fish_honey", "Chả mực", 250_000, 480_000, Box, ["giã tay", "hấp", "chiên"]),
        new(OcopGroup.Food, "processed_meat_fish_honey", "Ruốc tôm", 180_000, 400_000, Jar, ["khô", "đặc biệt"]),
        new(OcopGroup.Food, "processed_meat_fish_honey", "Nem chua", 60_000, 150_000, Box, ["lá ổi", "nướng", "truyền thống"]),
        new(OcopGroup.Food, "processed_vegetables_fruit_nuts", "Mứt gừng", 50_000, 140_000, Box, ["dẻo", "non", "ngày Tết"]),
        new(OcopGroup.Food, "processed_vegetables_fruit_nuts", "Long nhãn", 150_000, 380_000, Box, ["sấy", "lồng", "hữu cơ"]),
        new(OcopGroup.Food, "processed_vegetables_fruit_nuts", "Hạt điều", 180_000, 420_000, Jar, ["rang muối", "vỏ lụa", "sấy giòn"]),
        new(OcopGroup.Food, "fresh_produce", "Bưởi", 40_000, 120_000, Bag, ["Diễn", "da xanh", "đường lá cam"]),
        // II Đồ uống
        new(OcopGroup.Drinks, "tea", "Chè", 120_000, 900_000, Box, ["Tân Cương", "shan tuyết cổ thụ", "móc câu", "búp", "đinh"]),
        new(OcopGroup.Drinks, "tea_other_plants", "Trà", 60_000, 300_000, Pack, ["atisô", "hoa sen", "gừng", "lá sen", "hoa cúc"]),
        new(OcopGroup.Drinks, "non_alcoholic", "Cà phê", 90_000, 380_000, Pack, ["Robusta rang xay", "Arabica", "chồn", "phin truyền thống"]),
        new(OcopGroup.Drinks, "white_spirits", "Rượu", 80_000, 450_000, Bottle, ["nếp cái", "ngô men lá", "làng Vân", "chuối hột", "sim"]),
        new(OcopGroup.Drinks, "other_alcoholic", "Rượu vang", 150_000, 600_000, Bottle, ["sim rừng", "nho", "mơ"]),
        // III Dược liệu
        new(OcopGroup.Herbal, "functional_foods", "Cao atisô", 150_000, 450_000, Jar, ["đặc", "mềm", "nguyên chất"]),
        new(OcopGroup.Herbal, "essential_oils", "Tinh dầu", 80_000, 300_000, SmallBottle, ["sả chanh", "quế", "tràm", "bưởi", "hồi"]),
        new(OcopGroup.Herbal, "functional_foods", "Tinh bột nghệ", 180_000, 420_000, Jar, ["vàng", "đỏ", "nếp"]),
        new(OcopGroup.Herbal, "herbal_cosmetics", "Xà phòng", 40_000, 120_000, Box, ["thảo dược", "nghệ", "than tre"]),
        new(OcopGroup.Herbal, "functional_foods", "Đông trùng hạ thảo", 400_000, 2_500_000, Box, ["sấy thăng hoa", "tươi", "ngâm mật ong"]),
        // IV Thủ công mỹ nghệ
        new(OcopGroup.Handicrafts, "household_decorative", "Giỏ mây tre đan", 90_000, 450_000, Piece, ["hoa văn", "có nắp", "đựng quà"]),
        new(OcopGroup.Handicrafts, "household_decorative", "Gốm men rạn", 250_000, 2_500_000, Piece, ["vẽ tay", "lam", "hoa sen"]),
        new(OcopGroup.Handicrafts, "textiles_garments", "Lụa tơ tằm", 350_000, 1_800_000, Piece, ["dệt tay", "vân hoa", "nhuộm lá"]),
        new(OcopGroup.Handicrafts, "household_decorative", "Chiếu cói", 150_000, 600_000, Piece, ["dệt hoa", "trắng", "đôi"]),
        new(OcopGroup.Handicrafts, "household_decorative", "Nón lá", 60_000, 250_000, Piece, ["bài thơ", "ba tầng", "vẽ tay"]),
        new(OcopGroup.Handicrafts, "textiles_garments", "Thổ cẩm", 200_000, 900_000, Piece, ["dệt tay", "khăn", "túi"]),
        // V Sinh vật cảnh
        new(OcopGroup.Ornamental, "ornamental_plants", "Đào thế", 500_000, 5_000_000, Pot, ["bích", "phai", "cổ thụ"]),
        new(OcopGroup.Ornamental, "flowers", "Lan hồ điệp", 250_000, 1_500_000, Pot, ["trắng", "tím", "vàng chanh"]),
        new(OcopGroup.Ornamental, "ornamental_plants", "Quất cảnh", 300_000, 3_000_000, Pot, ["dáng trụ", "bonsai", "lộc"]),
        // VI Dịch vụ du lịch cộng đồng
        new(OcopGroup.Tourism, "community_tourism", "Tour trải nghiệm", 150_000, 900_000, Ticket, ["làng nghề", "làm gốm", "hái chè", "đồng lúa"]),
        new(OcopGroup.Tourism, "community_tourism", "Homestay", 250_000, 1_200_000, Ticket, ["nhà sàn", "ven sông", "bản"]),
    ];

    /// <summary>Relative weights of the six groups (food is most of the OCOP catalog).</summary>
    public static readonly (OcopGroup Group, int Weight)[] GroupWeights =
    [
        (OcopGroup.Food, 40), (OcopGroup.Drinks, 20), (OcopGroup.Herbal, 14), (OcopGroup.Handicrafts, 16),
        (OcopGroup.Ornamental, 6), (OcopGroup.Tourism, 4)
    ];

    /// <summary>Brand and village names (synthetic combinations).</summary>
    public static readonly string[] Places =
    [
        "An Phú", "Bình Minh", "Cát Hải", "Đông Sơn", "Hồng Hà", "Kim Sơn", "Lạc Long", "Minh Châu", "Ngọc Lâm", "Phú Quý",
        "Quang Trung", "Sao Mai", "Tân Lập", "Thanh Xuân", "Trường Sơn", "Vạn Phúc", "Xuân Thủy", "Yên Thế", "Đồng Tâm",
        "Hải Hậu", "Tiền Phong", "Hòa Bình", "Phúc Lộc", "Thuận Thành", "Bắc Sơn", "Nam Cường", "Gia Khánh", "Hương Sơn",
        "Lộc Hà", "Mỹ Đức", "Ninh Hải", "Sơn Đồng", "Thạch Thất", "Vĩnh Bảo", "Diên Hồng", "Đại Thắng"
    ];

    public static readonly string[] CooperativeTrades =
    [
        "Nông nghiệp", "Dịch vụ nông nghiệp", "Chế biến nông sản", "Thủy sản", "Làng nghề", "Chè", "Mật ong",
        "Dược liệu", "Mây tre đan", "Du lịch cộng đồng", "Sản xuất và chế biến", "Nông nghiệp hữu cơ"
    ];

    public static readonly string[] Adjectives =
    [
        "thơm ngon", "đậm đà", "tự nhiên", "an toàn", "truyền thống", "thủ công", "tinh khiết", "hảo hạng", "đặc trưng", "bền đẹp"
    ];

    public static readonly string[] Tags = ["đặc sản", "quà tặng", "OCOP", "hữu cơ", "làng nghề", "xuất khẩu", "Tết", "sạch"];
}
