using Marten;
using OcopMarket.Kernel.Events;
using OcopMarket.Payments.Model;

namespace OcopMarket.Payments;

/// <summary>
/// The payment events (docs/events.md), told to the buyer: payment.paid, payment.amount_mismatch (a transfer of the wrong
/// amount arrived) and payment.refunded (in part or in full). Recorded in the transaction that changes the payment.
/// </summary>
internal static class PaymentEvents
{
    public static string? TypeOf(PaymentStatus before, PaymentStatus after) =>
        before == after ? null : after switch
        {
            PaymentStatus.Paid => "payment.paid",
            PaymentStatus.AmountMismatch => "payment.amount_mismatch",
            PaymentStatus.Refunded or PaymentStatus.PartiallyRefunded => "payment.refunded",
            _ => null
        };

    public static void Record(EventOutbox outbox, IDocumentSession session, string type, Payment payment) =>
        outbox.Record(session, type, "payment:" + payment.Id, EventAudience.Buyer(payment.BuyerId), new PaymentEventData(
            GlobalId.Encode(Ordering.Orders.GraphQL.OrderGraphNames.PurchaseOrder, payment.Id), payment.PurchaseOrderNumber,
            payment.Method?.ToString().ToUpperInvariant(), payment.Status.ToString().ToUpperInvariant(),
            payment.AmountDue, payment.PaidAmount, payment.AmountRefunded));
}

/// <summary>The data of a payment.* event (amounts in VND).</summary>
public sealed record PaymentEventData(string PurchaseOrderId, string OrderNumber, string? Method, string Status, long Amount, long Received,
    long Refunded);
