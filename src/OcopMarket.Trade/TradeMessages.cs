namespace OcopMarket.Trade;

/// <summary>The Vietnamese of Trade's messages (see <see cref="OcopMarket.Kernel.Messages"/>); a test checks every message has one.</summary>
public sealed class TradeMessages : IMessageTranslations
{
    public IReadOnlyDictionary<string, string> Vietnamese { get; } = new Dictionary<string, string>
    {
        ["validTo must be on or after validFrom, and not in the past."] = "validTo phải bằng hoặc sau validFrom, và không ở quá khứ.",
        ["An agreement runs for at most three years."] = "Thỏa thuận có hiệu lực tối đa ba năm.",
        ["No verified buyer has that id."] = "Không có doanh nghiệp đã xác minh nào với mã này.",
        ["Propose a price for one of your cooperative's own SKUs."] = "Hãy đề xuất giá cho một mã SKU của chính hợp tác xã bạn.",
        ["No such agreement."] = "Không có thỏa thuận này.",
        ["This agreement was offered to another buyer."] = "Thỏa thuận này được đề xuất cho doanh nghiệp khác.",
        ["Only a proposed agreement can be accepted or declined."] = "Chỉ thỏa thuận đang đề xuất mới chấp nhận hoặc từ chối được.",
        ["Say which OCOP group the request is for, or name a product."] = "Hãy cho biết nhóm OCOP của nhu cầu, hoặc chọn một sản phẩm.",
        ["The needed-by date is in the past."] = "Ngày cần hàng đã qua.",
        ["The expiry must be in the future."] = "Hạn kết thúc phải ở tương lai.",
        ["A request may stay open for at most 180 days."] = "Mỗi nhu cầu được mở tối đa 180 ngày.",
        ["Only a verified buyer business can post requests."] = "Chỉ doanh nghiệp đã được xác minh mới đăng nhu cầu được.",
        ["No published product has that slug."] = "Không có sản phẩm đang bán nào có đường dẫn này.",
        ["Only a verified cooperative sees and answers demand requests; the alliance verifies new cooperatives."] = "Chỉ hợp tác xã đã được xác minh mới xem và trả lời nhu cầu mua; liên minh sẽ xác minh hợp tác xã mới.",
        ["The delivery date is in the past."] = "Ngày giao hàng đã qua.",
        ["The quote must be valid until a future time."] = "Báo giá phải còn hiệu lực đến một thời điểm trong tương lai.",
        ["Name the demand request the quote is for."] = "Hãy chọn nhu cầu mua mà báo giá này trả lời.",
        ["No open request matching your cooperative has that id."] = "Không có nhu cầu đang mở nào phù hợp với hợp tác xã bạn có mã này.",
        ["This request is no longer open for quotes."] = "Nhu cầu này không còn nhận báo giá.",
        ["Your cooperative already quoted on this request; revise that quote instead."] = "Hợp tác xã bạn đã báo giá cho nhu cầu này; hãy sửa báo giá đó.",
        ["No such quote."] = "Không có báo giá này.",
        ["You may revise only your own cooperative's quotes."] = "Bạn chỉ được sửa báo giá của hợp tác xã mình.",
        ["This quote is on another request; leave requestId out, or name the quote's own."] = "Báo giá này thuộc nhu cầu khác; hãy bỏ requestId, hoặc dùng đúng mã nhu cầu của báo giá.",
        ["The buyer has decided or the request has closed; the quote can no longer change."] = "Người mua đã quyết định hoặc nhu cầu đã đóng; báo giá không thể thay đổi nữa.",
        ["No such request."] = "Không có nhu cầu này.",
        ["This request belongs to another buyer."] = "Nhu cầu này thuộc về doanh nghiệp khác.",
        ["This request has expired, was already decided, or a quote changed meanwhile: reload it."] = "Nhu cầu này đã hết hạn, đã được quyết định, hoặc có báo giá vừa thay đổi: hãy tải lại.",
        ["No quote with that id on this request."] = "Nhu cầu này không có báo giá nào với mã đó.",
        ["This quote is already in the list; each quote is accepted once, for its own quantity."] = "Báo giá này đã có trong danh sách; mỗi báo giá chỉ được chấp nhận một lần, với đúng số lượng của nó.",
        ["This quote was already accepted or declined."] = "Báo giá này đã được chấp nhận hoặc từ chối.",
        ["This quote has expired."] = "Báo giá này đã hết hạn.",
        ["Choose at least one quote."] = "Hãy chọn ít nhất một báo giá.",
        ["Only an open request can be withdrawn."] = "Chỉ rút được nhu cầu đang mở.",
        ["Quote one of your cooperative's own SKUs."] = "Hãy báo giá một mã SKU của chính hợp tác xã bạn.",
        ["'to' must be on or after 'from'."] = "'to' phải bằng hoặc sau 'from'.",
        ["Unknown province code '{0}' (use today's codes; the provinces query lists them)."] = "Không rõ mã tỉnh '{0}' (dùng mã hiện nay; truy vấn provinces liệt kê các mã).",
        ["This request does not match your cooperative."] = "Nhu cầu này không phù hợp với hợp tác xã bạn.",
    };
}
