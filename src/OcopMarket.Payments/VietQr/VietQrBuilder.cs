using System.Text;

namespace OcopMarket.Payments.VietQr;

/// <summary>What a VietQR transfer code carries: where the money goes, how much, and the memo that ties it to a purchase.</summary>
public sealed record VietQrRequest(string BankBin, string AccountNumber, long AmountVnd, string Reference);

/// <summary>Either a payload (the string a QR image encodes) or the reasons it could not be built.</summary>
public sealed record VietQrBuildResult(string? Payload, IReadOnlyList<PaymentError> Errors)
{
    public bool Succeeded => Payload != null;
}

/// <summary>
/// Builds NAPAS VietQR payloads (EMVCo merchant-presented QR) that Vietnamese banking apps scan to pre-fill a transfer:
/// beneficiary bank and account, a fixed amount in whole đồng, and the transfer reference as the memo.
/// </summary>
public static class VietQrBuilder
{
    // Top-level EMVCo IDs.
    public const string PayloadFormatIndicator = "00";
    public const string PointOfInitiation = "01";
    public const string MerchantAccountInfo = "38";
    public const string Currency = "53";
    public const string Amount = "54";
    public const string CountryCode = "58";
    public const string AdditionalData = "62";
    public const string Crc = "63";

    // Inside 38 (NAPAS), inside its beneficiary organisation, and inside 62.
    public const string NapasGuid = "A000000727";
    public const string TransferToAccountService = "QRIBFTTA";
    public const string PurposeOfTransaction = "08";

    /// <summary>"12" = dynamic: the code is for one payment of a fixed amount (static "11" codes let the payer type it).</summary>
    public const string DynamicInitiation = "12";
    public const string VndNumericCode = "704";

    /// <summary>EMVCo caps field 54 at 13 characters.</summary>
    public const int MaxAmountDigits = 13;
    public const int MaxAccountLength = 19;
    public const int MaxReferenceLength = 25;

    public static VietQrBuildResult Build(VietQrRequest request)
    {
        var errors = Validate(request);
        if (errors.Count > 0) return new VietQrBuildResult(null, errors);

        var beneficiary = Tlv.Write(("00", request.BankBin), ("01", request.AccountNumber));
        var merchantAccount = Tlv.Write(("00", NapasGuid), ("01", beneficiary), ("02", TransferToAccountService));
        var additional = Tlv.Write((PurposeOfTransaction, request.Reference));

        // Validation above keeps every nested value within 99 characters; re-check the composites so a future field
        // cannot silently produce a code that banking apps reject.
        var tooLong = new[] { ("merchantAccount", merchantAccount), ("additionalData", additional) }
            .Where(f => f.Item2.Length > Tlv.MaxValueLength)
            .Select(f => new PaymentError(PaymentErrorCodes.Invalid, f.Item1,
                $"The QR field '{f.Item1}' would be {f.Item2.Length} characters; the limit is {Tlv.MaxValueLength}."))
            .ToList();
        if (tooLong.Count > 0) return new VietQrBuildResult(null, tooLong);

        var sb = new StringBuilder()
            .Append(PayloadFormatIndicator, "01")
            .Append(PointOfInitiation, DynamicInitiation)
            .Append(MerchantAccountInfo, merchantAccount)
            .Append(Currency, VndNumericCode)
            .Append(Amount, request.AmountVnd.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Append(CountryCode, "VN")
            .Append(AdditionalData, additional)
            .Append(Crc).Append("04"); // the checksum covers its own ID and length
        sb.Append(Crc16Ccitt.ComputeHex(sb.ToString()));
        return new VietQrBuildResult(sb.ToString(), []);
    }

    public static IReadOnlyList<PaymentError> Validate(VietQrRequest request)
    {
        var errors = new List<PaymentError>();
        void Fail(string field, string message) => errors.Add(new PaymentError(PaymentErrorCodes.Invalid, field, message));

        if (request.BankBin is not { Length: 6 } bin || !bin.All(char.IsAsciiDigit))
            Fail("bankBin", "The bank BIN must be exactly 6 digits (the NAPAS acquirer ID, e.g. 970436).");

        if (string.IsNullOrEmpty(request.AccountNumber) || request.AccountNumber.Length > MaxAccountLength
            || !request.AccountNumber.All(char.IsAsciiLetterOrDigit))
            Fail("accountNumber", $"The account number must be 1–{MaxAccountLength} letters or digits, without spaces.");

        if (request.AmountVnd <= 0)
            Fail("amount", "The amount must be a positive number of đồng.");
        else if (request.AmountVnd.ToString(System.Globalization.CultureInfo.InvariantCulture).Length > MaxAmountDigits)
            Fail("amount", $"The amount must have at most {MaxAmountDigits} digits.");

        // Banks strip or mangle anything but plain capitals and digits in a transfer memo; reconciliation needs it intact.
        if (string.IsNullOrEmpty(request.Reference) || request.Reference.Length > MaxReferenceLength
            || !request.Reference.All(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9'))
            Fail("reference", $"The transfer reference must be 1–{MaxReferenceLength} characters of A–Z and 0–9.");

        return errors;
    }
}
