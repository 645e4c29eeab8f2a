namespace OcopMarket.Identity;

/// <summary>The Vietnamese of Identity's messages (see <see cref="OcopMarket.Kernel.Messages"/>); a test checks every message has one.</summary>
public sealed class IdentityMessages : IMessageTranslations
{
    public IReadOnlyDictionary<string, string> Vietnamese { get; } = new Dictionary<string, string>
    {
        ["Name must be 1–100 characters."] = "Tên phải dài 1–100 ký tự.",
        ["No API key with this id."] = "Không có khóa API nào với mã này.",
        ["Wrong email or password."] = "Email hoặc mật khẩu không đúng.",
        ["Too many failed attempts from this network; try again in {0} min."] = "Quá nhiều lần thử sai từ mạng này; hãy thử lại sau {0} phút.",
        ["The new password must be {0} to 128 characters."] = "Mật khẩu mới phải dài {0} đến 128 ký tự.",
        ["The new password must differ from the current one."] = "Mật khẩu mới phải khác mật khẩu hiện tại.",
        ["The current password is wrong."] = "Mật khẩu hiện tại không đúng.",
        ["This email cannot be used to register; if it is yours, log in."] = "Email này không dùng để đăng ký được; nếu là của bạn, hãy đăng nhập.",
        ["Send the token to revoke as a bearer token."] = "Hãy gửi mã phiên cần thu hồi dưới dạng bearer token.",
        ["Sign in first (Authorization: Bearer <token from login>)."] = "Hãy đăng nhập trước (Authorization: Bearer <mã phiên từ login>).",
    };
}
