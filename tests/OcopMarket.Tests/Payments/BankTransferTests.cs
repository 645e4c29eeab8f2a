using OcopMarket.Payments.VietQr;
using Xunit;
using static OcopMarket.Tests.Payments.PaymentGql;

namespace OcopMarket.Tests.Payments;

[Collection(PaymentsCollection.Name)]
public class BankTransferTests(PaymentsFixture api)
{
    private async Task<(PlacedOrder Order, string Reference)> StartedAsync(params (string Sku, int Quantity)[] lines)
    {
        var order = await PlaceAsync(api.Buyers[1], lines.Length > 0 ? lines : [("A2-KG", 2)]);
        var started = await Mutate(api.Buyers[1], StartTransfer, "startBankTransfer", new { id = order.Id });
        return (order, started["transfer"]!["reference"]!.GetValue<string>());
    }

    private Task<System.Text.Json.Nodes.JsonNode> ConfirmAsync(string reference, long amount) =>
        Mutate(api.Admin, Confirm, "confirmBankTransfer", new { reference, amount });

    [Fact]
    public async Task Transfer_instructions_carry_the_platform_account_exact_amount_a_stable_reference_and_a_valid_vietqr()
    {
        var order = await PlaceAsync(api.Buyers[1], ("B1-TAN", 2)); // above the card cap: transfer is the way to pay it

        var first = await Mutate(api.Buyers[1], StartTransfer, "startBankTransfer", new { id = order.Id });
        var second = await Mutate(api.Buyers[1], StartTransfer, "startBankTransfer", new { id = order.Id });

        Assert.Empty(first["userErrors"]!.AsArray());
        var transfer = first["transfer"]!;
        var reference = transfer["reference"]!.GetValue<string>();
        Assert.True(TransferReference.IsWellFormed(reference), reference);
        Assert.Equal(reference, second["transfer"]!["reference"]!.GetValue<string>());
        Assert.Equal((PaymentsFixture.BankBin, PaymentsFixture.AccountNumber, "CONG TY OCOP MARKET", 198_000_000L),
            (transfer["bankBin"]!.GetValue<string>(), transfer["accountNumber"]!.GetValue<string>(),
                transfer["accountName"]!.GetValue<string>(), transfer["amount"]!.GetValue<long>()));
        Assert.Equal(("PENDING", "BANK_TRANSFER", reference), (Status(first["payment"]),
            first["payment"]!["method"]!.GetValue<string>(), first["payment"]!["transferReference"]!.GetValue<string>()));

        var payload = transfer["qrPayload"]!.GetValue<string>();
        Assert.True(VietQrParser.TryParse(payload, out var qr, out var error), error);
        Assert.True(qr!.CrcValid);
        Assert.Equal(Crc16Ccitt.ComputeHex(payload[..^4]), payload[^4..]);
        Assert.Equal((PaymentsFixture.BankBin, PaymentsFixture.AccountNumber, 198_000_000L, reference),
            (qr.BankBin, qr.AccountNumber, qr.AmountVnd, qr.Reference));
        Assert.Equal(("704", "VN"), (qr["53"], qr["58"])); // currency VND, country
        Assert.Equal(payload, second["transfer"]!["qrPayload"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_amount_received_beyond_any_order_is_refused_so_receipts_cannot_overflow()
    {
        var (_, reference) = await StartedAsync();
        var first = await ConfirmAsync(reference, long.MaxValue);
        Assert.Equal("VALIDATION", ErrorCode(first));
        Assert.Equal("VALIDATION", ErrorCode(await ConfirmAsync(reference, long.MaxValue))); // twice used to overflow their sum
    }

    [Fact]
    public async Task Admin_confirming_the_exact_amount_marks_the_order_paid()
    {
        var (order, reference) = await StartedAsync();

        var confirmed = await ConfirmAsync(reference, order.Total);

        Assert.Empty(confirmed["userErrors"]!.AsArray());
        var payment = await PaymentOf(api.Buyers[1], order);
        Assert.Equal(("PAID", "BANK_TRANSFER", order.Total),
            (Status(payment), payment!["method"]!.GetValue<string>(), payment["amountReceived"]!.GetValue<long>()));
        Assert.Equal("ALREADY_PAID", ErrorCode(await ConfirmAsync(reference, order.Total)));
        Assert.Equal(order.Total, (await PaymentOf(api.Buyers[1], order))!["amountReceived"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_different_amount_is_recorded_as_a_mismatch_with_what_was_received_and_the_rest_completes_it()
    {
        var (order, reference) = await StartedAsync();

        var shortPaid = await ConfirmAsync(reference, order.Total - 10_000);

        Assert.Equal(("AMOUNT_MISMATCH", order.Total - 10_000),
            (Status(shortPaid["payment"]), shortPaid["payment"]!["amountReceived"]!.GetValue<long>()));
        Assert.Null(shortPaid["payment"]!["paidAt"]?.GetValue<string>());

        // The memo as a bank statement shows it: lower case, inside other text.
        var rest = await ConfirmAsync($"CT DEN:0912 {reference.ToLowerInvariant()} chuyen tien", 10_000);
        Assert.Equal("PAID", Status(rest["payment"]));
    }

    [Fact]
    public async Task Unknown_reference_is_not_found_and_only_an_admin_may_confirm()
    {
        var (order, reference) = await StartedAsync();

        Assert.Equal("NOT_FOUND", ErrorCode(await ConfirmAsync(TransferReference.New(), 1_000)));
        Assert.Equal("NOT_FOUND", ErrorCode(await ConfirmAsync("no reference here", 1_000)));
        Assert.Equal("FORBIDDEN", ErrorCode(await Mutate(api.Buyers[1], Confirm, "confirmBankTransfer", new { reference, amount = order.Total })));
        Assert.Equal("FORBIDDEN", ErrorCode(await Mutate(api.ManagerA, Confirm, "confirmBankTransfer", new { reference, amount = order.Total })));
        Assert.Equal("VALIDATION", ErrorCode(await ConfirmAsync(reference, 0)));
        Assert.Equal("PENDING", Status(await PaymentOf(api.Buyers[1], order)));
    }

    [Fact]
    public async Task Rejected_part_of_an_order_paid_by_transfer_is_recorded_as_owed_back_by_hand()
    {
        var (order, reference) = await StartedAsync(("A2-KG", 1), ("B2-HOT", 1));
        await ConfirmAsync(reference, order.Total);
        var partB = order.Parts.Single(p => p.Coop == "htx-b");

        (await api.ManagerB.PostAsync(Ordering.OrderGql.Transition("rejectOrder"), new { id = partB.Id })).OkData();

        var refund = Assert.Single((await PaymentOf(api.Buyers[1], order))!["refunds"]!.AsArray())!;
        Assert.Equal(("MANUAL_REQUIRED", partB.Subtotal), (refund["status"]!.GetValue<string>(), refund["amount"]!.GetValue<long>()));
        Assert.Null(refund["stripeRefundId"]?.GetValue<string>());
    }
}
