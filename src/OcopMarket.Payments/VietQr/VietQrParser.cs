namespace OcopMarket.Payments.VietQr;

/// <summary>A VietQR payload taken apart: its top-level fields, the values a payer's app would show, and whether its CRC holds.</summary>
public sealed record ParsedVietQr(
    IReadOnlyList<TlvField> Fields,
    bool CrcValid,
    string? BankBin,
    string? AccountNumber,
    string? ServiceCode,
    long? AmountVnd,
    string? Reference)
{
    public string? this[string id] => Fields.FirstOrDefault(f => f.Id == id)?.Value;
}

/// <summary>
/// Reads a VietQR payload back and verifies its checksum: the tests use it to prove the builder's layout, and it lets support
/// staff decode a code a customer sends in.
/// </summary>
public static class VietQrParser
{
    public static bool TryParse(string payload, out ParsedVietQr? result, out string? error)
    {
        result = null;
        if (!Tlv.TryParse(payload ?? "", out var fields, out error)) return false;
        if (fields.Count == 0 || fields[^1] is not { Id: VietQrBuilder.Crc, Value.Length: 4 } crcField)
        {
            error = "The payload does not end with a 4-character CRC field (63).";
            return false;
        }

        // The CRC covers everything before its value, including "6304".
        var expected = Crc16Ccitt.ComputeHex(payload![..^4]);
        var crcValid = string.Equals(expected, crcField.Value, StringComparison.OrdinalIgnoreCase);

        string? bin = null, account = null, service = null, reference = null;
        if (Lookup(fields, VietQrBuilder.MerchantAccountInfo) is { } merchant && Tlv.TryParse(merchant, out var m, out _))
        {
            service = Lookup(m, "02");
            if (Lookup(m, "01") is { } beneficiary && Tlv.TryParse(beneficiary, out var b, out _))
            {
                bin = Lookup(b, "00");
                account = Lookup(b, "01");
            }
        }
        if (Lookup(fields, VietQrBuilder.AdditionalData) is { } additional && Tlv.TryParse(additional, out var a, out _))
            reference = Lookup(a, VietQrBuilder.PurposeOfTransaction);
        long? amount = long.TryParse(Lookup(fields, VietQrBuilder.Amount), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : null;

        result = new ParsedVietQr(fields, crcValid, bin, account, service, amount, reference);
        return true;
    }

    private static string? Lookup(IReadOnlyList<TlvField> fields, string id) => fields.FirstOrDefault(f => f.Id == id)?.Value;
}
