using System.Text.Json;
using OcopMarket.Notifications;
using Xunit;

namespace OcopMarket.Tests.Notifications;

/// <summary>The words of notifications, without a database: every type a role is told of has both languages.</summary>
public class NotificationTextsTests
{
    private static NotificationView View(string type, Recipient recipient, object data) =>
        new(Guid.NewGuid(), recipient, type, "x:1", JsonSerializer.SerializeToElement(data), DateTimeOffset.UtcNow, null);

    [Fact]
    public void Every_type_a_role_is_told_of_has_a_sentence_in_both_languages()
    {
        var types = NotificationRules.ManagerTypes.Concat(NotificationRules.BuyerTypes).Concat(NotificationRules.AdminTypes).Distinct();
        foreach (var type in types)
        {
            Assert.Contains(type, NotificationTexts.Keys);
            var view = View(type, Recipient.Buyer, new { orderNumber = "ORD-1", total = 1000, amount = 1000, received = 900 });
            var english = NotificationTexts.Render(view, vietnamese: false).Text;
            var vietnamese = NotificationTexts.Render(view, vietnamese: true).Text;
            Assert.NotEqual(english, vietnamese);
            Assert.DoesNotContain("{", english + vietnamese);
        }
    }

    [Fact]
    public void Money_is_written_as_each_language_writes_it_and_a_missing_field_shows_as_an_ellipsis()
    {
        var view = View("payment.amount_mismatch", Recipient.Buyer, new { orderNumber = "ORD-9", amount = 46000, received = 40000 });
        Assert.Equal("Thanh toán cho đơn hàng ORD-9 sai số tiền: nhận 40.000 ₫, cần 46.000 ₫", NotificationTexts.Render(view, true).Text);
        Assert.Equal("The payment for order ORD-9 was 40,000 ₫, not 46,000 ₫", NotificationTexts.Render(view, false).Text);
        Assert.Equal("New order … from …: …", NotificationTexts.Render(View("order.placed", Recipient.Cooperative, new { }), false).Text);
    }

    [Fact]
    public void Links_open_the_page_of_the_readers_portal()
    {
        var order = new { cooperativeOrderId = "Q29vcA", purchaseOrderId = "UE8", demandRequestId = "RFI" };
        Assert.Equal("/coop/orders/Q29vcA", NotificationTexts.Render(View("order.placed", Recipient.Cooperative, order), false).Path);
        Assert.Equal("/buyer/orders/UE8", NotificationTexts.Render(View("order.shipped", Recipient.Buyer, order), false).Path);
        Assert.Equal("/buyer/requests/RFI", NotificationTexts.Render(View("quote.submitted", Recipient.Buyer, order), false).Path);
        Assert.Equal("/coop/requests", NotificationTexts.Render(View("demand_request.posted", Recipient.Cooperative, order), false).Path);
        Assert.Equal("/admin", NotificationTexts.Render(View("webhook_endpoint.disabled", Recipient.Admin, new { url = "https://x" }), false).Path);
    }
}
