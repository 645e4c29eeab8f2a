namespace OcopMarket.Cooperatives;

/// <summary>The Vietnamese of Cooperatives's messages (see <see cref="OcopMarket.Kernel.Messages"/>); a test checks every message has one.</summary>
public sealed class CooperativesMessages : IMessageTranslations
{
    public IReadOnlyDictionary<string, string> Vietnamese { get; } = new Dictionary<string, string>
    {
        ["This slug is taken."] = "Đường dẫn này đã có người dùng.",
        ["This slug or email is taken."] = "Đường dẫn hoặc email này đã có người dùng.",
        ["Website must be an http(s) URL."] = "Trang web phải là URL http(s).",
        ["Slug must be lower-case letters and digits separated by single hyphens, e.g. htx-gom-su-tan-thinh."] = "Đường dẫn chỉ gồm chữ thường không dấu và chữ số, ngăn cách bằng một dấu gạch ngang, ví dụ htx-gom-su-tan-thinh.",
        ["Unknown province code (use the 2025 codes)."] = "Không rõ mã tỉnh (dùng mã năm 2025).",
        ["Founded year must be between 1945 and this year."] = "Năm thành lập phải từ 1945 đến năm nay.",
        ["Banner URL must be http(s)."] = "Địa chỉ ảnh bìa phải là URL http(s).",
        ["Logo URL must be http(s)."] = "Địa chỉ logo phải là URL http(s).",
        ["At most 12 featured products."] = "Tối đa 12 sản phẩm nổi bật.",
        ["Not a product slug."] = "Không phải đường dẫn sản phẩm.",
    };
}
