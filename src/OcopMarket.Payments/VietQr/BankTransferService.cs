using Microsoft.Extensions.Options;

namespace OcopMarket.Payments.VietQr;

/// <summary>Everything a buyer needs to pay by bank transfer: the QR payload and the same details for typing by hand.</summary>
public sealed record BankTransferInstructions(
    string BankBin,
    string BankName,
    string AccountNumber,
    string AccountName,
    long AmountVnd,
    string Reference,
    string QrPayload);

public sealed record BankTransferResult(BankTransferInstructions? Instructions, IReadOnlyList<PaymentError> Errors)
{
    public bool Succeeded => Instructions != null;
}

/// <summary>
/// Turns an amount and a reference into transfer instructions to the platform's account. Bank transfer has no upper limit,
/// so it is also the way to pay orders above the card cap.
/// </summary>
public sealed class BankTransferService(IOptions<BankTransferOptions> options)
{
    private readonly BankTransferOptions _account = options.Value;

    public bool IsConfigured => _account.IsConfigured;

    /// <param name="reference">A reference from <see cref="TransferReference.New"/>, stored with the purchase so it is reused.</param>
    public BankTransferResult CreateInstructions(long amountVnd, string reference)
    {
        if (!IsConfigured)
            return new BankTransferResult(null,
                [new PaymentError(PaymentErrorCodes.NotConfigured, "paymentMethod", "Bank transfers are not configured")]);

        var built = VietQrBuilder.Build(new VietQrRequest(_account.BankBin, _account.AccountNumber, amountVnd, reference));
        if (!built.Succeeded) return new BankTransferResult(null, built.Errors);

        return new BankTransferResult(new BankTransferInstructions(
            _account.BankBin, _account.BankName, _account.AccountNumber, _account.AccountName,
            amountVnd, reference, built.Payload!), []);
    }
}
