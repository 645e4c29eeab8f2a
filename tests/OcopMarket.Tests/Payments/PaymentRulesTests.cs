using OcopMarket.Payments.Model;
using Xunit;

namespace OcopMarket.Tests.Payments;

/// <summary>The Payment document's state rules, without HTTP or PostgreSQL.</summary>
public class PaymentRulesTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid PartA = Guid.NewGuid(), PartB = Guid.NewGuid();

    private static Payment CardPayment() => new()
    {
        AmountDue = 300_000, DueCooperativeOrderIds = [PartA, PartB],
        CardIntents = [new CardIntent("pi_1", 300_000, "po-x-card-1", [PartA, PartB], At)],
    };

    [Fact]
    public void Success_in_another_currency_is_a_mismatch_even_for_the_same_number()
    {
        var payment = CardPayment();
        payment.RecordCardSucceeded("pi_1", 300_000, "usd", At);
        Assert.Equal(PaymentStatus.AmountMismatch, payment.Status);
    }

    [Fact]
    public void The_same_success_twice_is_received_once()
    {
        var payment = CardPayment();
        payment.RecordCardSucceeded("pi_1", 300_000, "vnd", At);
        payment.RecordCardSucceeded("pi_1", 300_000, "vnd", At);
        Assert.Equal((PaymentStatus.Paid, 300_000L), (payment.Status, payment.AmountReceived));
    }

    [Fact]
    public void A_second_intent_succeeding_after_payment_is_kept_on_record_as_paid_twice()
    {
        var payment = CardPayment();
        payment.CardIntents.Add(new CardIntent("pi_2", 300_000, "po-x-card-2", [PartA, PartB], At));
        payment.RecordCardSucceeded("pi_1", 300_000, "vnd", At);
        payment.RecordCardSucceeded("pi_2", 300_000, "vnd", At);
        Assert.Equal((PaymentStatus.Paid, "pi_1", 600_000L), (payment.Status, payment.PaidBy, payment.AmountReceived));
        Assert.Equal("PAID_TWICE", Assert.Single(payment.Failures).Code);
    }

    [Fact]
    public void Refunds_never_exceed_what_was_paid_and_the_last_one_makes_it_refunded()
    {
        var payment = CardPayment();
        payment.RecordCardSucceeded("pi_1", 300_000, "vnd", At);
        payment.RecordRefund(new PaymentRefund(PartA, payment.RefundableAmount(200_000), RefundStatus.Succeeded, "re_1", "k1", At, null));
        Assert.Equal(PaymentStatus.PartiallyRefunded, payment.Status);
        Assert.Equal(100_000, payment.RefundableAmount(200_000));
        payment.RecordRefund(new PaymentRefund(PartB, 100_000, RefundStatus.Succeeded, "re_2", "k2", At, null));
        Assert.Equal((PaymentStatus.Refunded, 0L), (payment.Status, payment.RefundableAmount(1)));
    }

    [Fact]
    public void A_failed_refund_does_not_count_as_refunded_so_it_can_be_retried()
    {
        var payment = CardPayment();
        payment.RecordCardSucceeded("pi_1", 300_000, "vnd", At);
        payment.RecordRefund(new PaymentRefund(PartA, 100_000, RefundStatus.Failed, null, "k1", At, "network"));
        Assert.False(payment.HasRefundFor(PartA));
        Assert.Equal(PaymentStatus.Paid, payment.Status);
    }

    [Fact]
    public void Transfers_add_up_to_the_amount_asked_for()
    {
        var payment = new Payment { TransferReference = "OCOP0123456789", TransferAmount = 500_000, TransferCooperativeOrderIds = [PartA] };
        payment.RecordTransferReceived(200_000, Guid.NewGuid(), At);
        Assert.Equal(PaymentStatus.AmountMismatch, payment.Status);
        payment.RecordTransferReceived(300_000, Guid.NewGuid(), At);
        Assert.Equal((PaymentStatus.Paid, PaymentMethod.BankTransfer, 500_000L), (payment.Status, payment.Method, payment.PaidAmount));
        Assert.Equal([PartA], payment.PaidCooperativeOrderIds);
    }
}
