namespace OcopMarket.Payments.VietQr;

/// <summary>
/// The platform's receiving bank account (section "Payments:BankTransfer"). Account details are not secret (they are printed
/// on every QR code) but differ per environment, so they come from configuration, not code.
/// </summary>
public sealed class BankTransferOptions
{
    public const string Section = "Payments:BankTransfer";

    /// <summary>NAPAS acquirer BIN of the bank, 6 digits (e.g. 970436 Vietcombank).</summary>
    public string BankBin { get; set; } = "";
    public string AccountNumber { get; set; } = "";
    /// <summary>Account holder as the bank shows it, e.g. "CONG TY OCOP MARKET" (shown to payers beside the QR code).</summary>
    public string AccountName { get; set; } = "";
    public string BankName { get; set; } = "";

    /// <summary>
    /// The secret SePay sends as "Authorization: Apikey &lt;secret&gt;" with each incoming-transfer notice
    /// (POST /webhooks/bank/sepay). Empty: that endpoint answers 404.
    /// </summary>
    public string SePayApiKey { get; set; } = "";

    public bool IsUnset => string.IsNullOrWhiteSpace(BankBin) && string.IsNullOrWhiteSpace(AccountNumber);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(BankBin) && !string.IsNullOrWhiteSpace(AccountNumber);
}
