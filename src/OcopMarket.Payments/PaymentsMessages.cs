namespace OcopMarket.Payments;

/// <summary>The Vietnamese of Payments's messages (see <see cref="OcopMarket.Kernel.Messages"/>); a test checks every message has one.</summary>
public sealed class PaymentsMessages : IMessageTranslations
{
    public IReadOnlyDictionary<string, string> Vietnamese { get; } = new Dictionary<string, string>
    {
        ["That is not a purchase order id."] = "Đây không phải mã đơn mua hàng.",
        ["This order has no payment."] = "Đơn hàng này chưa có khoản thanh toán nào.",
        ["Card payment could not be started just now. Try again in a moment, or pay by bank transfer."] = "Chưa thể bắt đầu thanh toán bằng thẻ lúc này. Hãy thử lại sau ít phút, hoặc thanh toán bằng chuyển khoản.",
        ["The amount received must be between 1 and {0} đồng."] = "Số tiền đã nhận phải từ 1 đến {0} đồng.",
        ["No bank transfer was started with reference '{0}'."] = "Không có giao dịch chuyển khoản nào với nội dung '{0}'.",
        ["Purchase order {0} is already paid; a further transfer must be returned by hand."] = "Đơn mua hàng {0} đã được thanh toán; khoản chuyển thêm phải được hoàn lại thủ công.",
        ["No such purchase order."] = "Không có đơn mua hàng này.",
        ["Only the buyer who placed this order may pay for it."] = "Chỉ doanh nghiệp đã đặt đơn mới được thanh toán đơn này.",
        ["Every part of this order was rejected or cancelled: nothing is due."] = "Mọi phần của đơn đã bị từ chối hoặc hủy: không còn khoản nào phải trả.",
        ["Purchase order {0} is already paid."] = "Đơn mua hàng {0} đã được thanh toán.",
        ["{0} VND received in all by transfer; {1} VND was asked for."] = "Đã nhận tổng cộng {0} VND qua chuyển khoản; số tiền cần trả là {1} VND.",
        ["The amount must be a positive number of đồng."] = "Số tiền phải là số đồng dương.",
        ["Card payments are limited to {0} VND; pay larger orders by bank transfer."] = "Thanh toán thẻ tối đa {0} VND; đơn lớn hơn hãy thanh toán bằng chuyển khoản.",
        ["Bank transfers are not configured"] = "Chưa cấu hình thanh toán chuyển khoản",
        ["The QR field '{0}' would be {1} characters; the limit is {2}."] = "Trường QR '{0}' sẽ dài {1} ký tự; tối đa là {2}.",
        ["The bank BIN must be exactly 6 digits (the NAPAS acquirer ID, e.g. 970436)."] = "Mã BIN ngân hàng phải đúng 6 chữ số (mã NAPAS của ngân hàng, ví dụ 970436).",
        ["The account number must be 1–{0} letters or digits, without spaces."] = "Số tài khoản phải gồm 1–{0} chữ hoặc số, không có dấu cách.",
        ["The amount must have at most {0} digits."] = "Số tiền có tối đa {0} chữ số.",
        ["The transfer reference must be 1–{0} characters of A–Z and 0–9."] = "Nội dung chuyển khoản phải gồm 1–{0} ký tự A–Z và 0–9.",
        ["Give either the purchase order to assign the transfer to, or the reason to dismiss it: exactly one."] = "Hãy nêu hoặc đơn mua hàng để gán khoản chuyển, hoặc lý do bỏ qua nó: đúng một trong hai.",
        ["No purchase order with a bank transfer started has the number or transfer reference '{0}'."] = "Không có đơn mua hàng nào đã bắt đầu chuyển khoản với mã đơn hoặc nội dung chuyển khoản '{0}'.",
        ["Send the statement either as csv or as file, not both."] = "Hãy gửi sao kê dưới dạng csv hoặc tệp, không gửi cả hai.",
        ["The file is not UTF-8 text; save the statement as CSV in UTF-8."] = "Tệp không phải văn bản UTF-8; hãy lưu sao kê thành tệp CSV mã UTF-8.",
        ["No such bank transfer."] = "Không có giao dịch chuyển khoản này.",
        ["The reason must be 1–{0} characters."] = "Lý do phải dài 1–{0} ký tự.",
        ["No order can be paid with this amount; dismiss the transfer instead."] = "Không đơn nào có thể được thanh toán bằng số tiền này; hãy bỏ qua khoản chuyển.",
        ["No bank transfer was started for this purchase order."] = "Đơn mua hàng này chưa bắt đầu thanh toán chuyển khoản.",
        ["This bank transfer was already resolved."] = "Khoản chuyển này đã được xử lý.",
        ["The statement is empty: it needs a header line and one line per transaction."] = "Sao kê trống: cần một dòng tiêu đề và mỗi giao dịch một dòng.",
        ["A statement may have at most {0} lines; upload it in parts."] = "Sao kê có tối đa {0} dòng; hãy tải lên từng phần.",
        ["The header line lacks the columns {0} (e.g. Ngày, Số tiền, Nội dung, Mã giao dịch)."] = "Dòng tiêu đề thiếu các cột {0} (ví dụ Ngày, Số tiền, Nội dung, Mã giao dịch).",
        ["The bank transaction id is missing or longer than 100 characters."] = "Thiếu mã giao dịch ngân hàng hoặc mã dài quá 100 ký tự.",
        ["Not money received: nothing to match."] = "Không phải tiền nhận vào: không có gì để đối soát.",
        ["'{0}' is not a date (01/03/2026, 01/03/2026 14:02 or 2026-03-01)."] = "'{0}' không phải ngày (01/03/2026, 01/03/2026 14:02 hoặc 2026-03-01).",
        ["'{0}' is not a whole number of đồng."] = "'{0}' không phải số đồng nguyên.",
    };
}
