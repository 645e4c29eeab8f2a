using OcopMarket.Ordering.Orders;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;
using OcopMarket.Ordering.Orders.GraphQL;
using OcopMarket.Payments.Model;
using OcopMarket.Payments.VietQr;

namespace OcopMarket.Payments;

internal sealed class StartCardPaymentPayload : Payload
{
    /// <summary>For Stripe.js confirmPayment on the buyer's device; never logged or stored by us.</summary>
    public string? ClientSecret { get; init; }
    public Payment? Payment { get; init; }
}

internal sealed class StartCardCheckoutPayload : Payload
{
    /// <summary>Stripe's hosted page for this order; the buyer's browser goes there.</summary>
    public string? Url { get; init; }
    public Payment? Payment { get; init; }
}

internal sealed class StartBankTransferPayload : Payload
{
    public BankTransferInstructions? Transfer { get; init; }
    public Payment? Payment { get; init; }
}

internal sealed class PaymentPayload : Payload
{
    public Payment? Payment { get; init; }
}

public sealed record ConfirmBankTransferInput(string Reference, long AmountReceived);

/// <summary>The checks every buyer-started payment shares: a buyer, a real order, their own, something left to pay.</summary>
internal sealed class BuyerPaymentAccess(Viewer viewer, OrderReader orders)
{
    public const string Field = "purchaseOrderId";

    public async Task<(OrderWithParts? Order, UserError? Error)> OrderToPayAsync(string purchaseOrderId, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.Buyer) is { } denied) return (null, denied);
        if (!GlobalId.TryDecode(purchaseOrderId, out var type, out var id) || type != OrderGraphNames.PurchaseOrder)
            return (null, UserError.Of(UserErrorCodes.Validation, "That is not a purchase order id.", Field));
        var payable = await orders.WithPartsAsync(id, ct);
        if (payable == null) return (null, UserError.Of(UserErrorCodes.NotFound, "No such purchase order.", Field));
        if (viewer.BuyerId != payable.BuyerId)
            return (null, UserError.Of(UserErrorCodes.Forbidden, "Only the buyer who placed this order may pay for it.", Field));
        if (payable.AmountDue <= 0)
            return (null, UserError.Of(UserErrorCodes.Validation, "Every part of this order was rejected or cancelled: nothing is due.", Field));
        return (payable, null);
    }

    public static UserError AlreadyPaid(Payment payment) => UserError.Of(PaymentErrorCodes.AlreadyPaid,
        $"Purchase order {payment.PurchaseOrderNumber} is already paid.", Field);

    public static UserError From(PaymentError error) => UserError.Of(error.Code, error.Message, Field);
}
