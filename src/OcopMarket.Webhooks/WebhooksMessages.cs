namespace OcopMarket.Webhooks;

/// <summary>The Vietnamese of the webhooks' messages (see <see cref="OcopMarket.Kernel.Messages"/>); a test checks every message has one.</summary>
public sealed class WebhooksMessages : IMessageTranslations
{
    public IReadOnlyDictionary<string, string> Vietnamese { get; } = new Dictionary<string, string>
    {
        ["Webhooks are for admins and for API-key clients (X-Api-Key)."] = "Webhook dành cho quản trị viên và cho ứng dụng dùng khóa API (X-Api-Key).",
        ["Sign in as an admin, or call with an API key (X-Api-Key)."] = "Hãy đăng nhập bằng tài khoản quản trị, hoặc gọi kèm khóa API (X-Api-Key).",
        ["Webhooks are not configured on this server (Webhooks:SigningKey is not set)."] = "Máy chủ này chưa cấu hình webhook (chưa đặt Webhooks:SigningKey).",
        ["You may register at most {0} endpoints."] = "Bạn chỉ được đăng ký tối đa {0} địa chỉ nhận.",
        ["No webhook endpoint of yours has this id."] = "Bạn không có địa chỉ nhận webhook nào với mã này.",
        ["Only the endpoint's owner may change its URL, its events or its secret."] = "Chỉ chủ của địa chỉ nhận mới được đổi URL, loại sự kiện hoặc khóa bí mật.",
        ["The URL may be at most 2000 characters."] = "URL dài tối đa 2000 ký tự.",
        ["Choose at least one event type."] = "Hãy chọn ít nhất một loại sự kiện.",
        ["At most {0} event types."] = "Tối đa {0} loại sự kiện.",
        ["Unknown event type '{0}' (see docs/webhooks.md for the list)."] = "Không có loại sự kiện '{0}' (xem danh sách trong docs/webhooks.md).",
        ["An API key may subscribe only to public events (product.*, stock.changed), not '{0}'."] = "Khóa API chỉ được đăng ký các sự kiện công khai (product.*, stock.changed), không được '{0}'.",
        ["The URL must be an absolute http or https URL."] = "URL phải là địa chỉ http hoặc https đầy đủ.",
        ["The URL must not hold a user name or password."] = "URL không được chứa tên đăng nhập hay mật khẩu.",
        ["The URL must not have a fragment (#…)."] = "URL không được có phần neo (#…).",
        ["The URL must use https."] = "URL phải dùng https.",
        ["The URL must not point at a loopback, private or link-local address."] = "URL không được trỏ tới địa chỉ loopback, mạng riêng hoặc link-local.",
        ["The URL's host name could not be resolved."] = "Không phân giải được tên máy chủ trong URL.",
        ["No delivery of yours has this id."] = "Bạn không có lần gửi nào với mã này.",
        ["The endpoint is disabled; enable it first."] = "Địa chỉ nhận đang bị tắt; hãy bật lại trước.",
        ["Switched off by its owner."] = "Đã được chủ sở hữu tắt.",
        ["Switched off by an admin."] = "Đã được quản trị viên tắt.",
        ["No delivery succeeded for {0} while deliveries failed."] = "Không có lần gửi nào thành công trong {0} trong khi các lần gửi đều lỗi.",
    };
}
