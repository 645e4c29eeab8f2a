namespace OcopMarket.Kernel;

/// <summary>The Vietnamese of Kernel's messages (see <see cref="OcopMarket.Kernel.Messages"/>); a test checks every message has one.</summary>
public sealed class KernelMessages : IMessageTranslations
{
    public IReadOnlyDictionary<string, string> Vietnamese { get; } = new Dictionary<string, string>
    {
        ["A price must be between 1 and {0} đồng per unit."] = "Đơn giá phải từ 1 đến {0} đồng.",
        ["An order may total at most {0} đồng; split it into several orders."] = "Mỗi đơn hàng tối đa {0} đồng; hãy tách thành nhiều đơn.",
        ["This needs the role {0}."] = "Thao tác này cần vai trò {0}.",
        ["You may change only your own cooperative's data."] = "Bạn chỉ được thay đổi dữ liệu của hợp tác xã mình.",
        ["You may act only for your own buyer business."] = "Bạn chỉ được thao tác cho doanh nghiệp của mình.",
        ["This already exists."] = "Mục này đã tồn tại.",
        ["Someone else changed this since you read it. Reload it and apply your change again."] = "Người khác đã thay đổi mục này sau khi bạn mở. Hãy tải lại và thực hiện lại thay đổi của bạn.",
        ["'{0}' is not a valid {1} id."] = "'{0}' không phải mã {1} hợp lệ.",
        ["The cursor is not valid; use a cursor returned by this connection."] = "Con trỏ không hợp lệ; hãy dùng con trỏ do danh sách này trả về.",
        ["Say why: the member sees the reason and needs it to put things right."] = "Hãy nêu lý do: thành viên sẽ thấy lý do này và cần nó để khắc phục.",
        ["A reason has at most {0} characters."] = "Lý do dài tối đa {0} ký tự.",
    };
}
