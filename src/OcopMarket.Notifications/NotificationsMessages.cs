namespace OcopMarket.Notifications;

/// <summary>The Vietnamese of the notifications' messages (see <see cref="OcopMarket.Kernel.Messages"/>); the notifications' own texts are in <see cref="NotificationTexts"/>.</summary>
public sealed class NotificationsMessages : IMessageTranslations
{
    public IReadOnlyDictionary<string, string> Vietnamese { get; } = new Dictionary<string, string>
    {
        ["Give the ids of the notifications to mark read, or all: true."] = "Hãy cho biết mã các thông báo cần đánh dấu đã đọc, hoặc all: true.",
        ["Mark at most 500 notifications at once, or use all: true."] = "Mỗi lần đánh dấu tối đa 500 thông báo, hoặc dùng all: true.",
        ["You have no notification with this id."] = "Bạn không có thông báo nào với mã này.",
        ["You already have {0} live notification streams open; close one first."] = "Bạn đang mở {0} luồng thông báo trực tiếp; hãy đóng bớt một luồng trước.",
    };
}
