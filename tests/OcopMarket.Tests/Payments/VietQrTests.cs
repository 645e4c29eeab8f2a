using System.Text;
using OcopMarket.Payments;
using OcopMarket.Payments.VietQr;
using Xunit;

namespace OcopMarket.Tests.Payments;

public class VietQrTests
{
    private static readonly VietQrRequest Sample = new("970436", "0011004123456", 1_500_000, "OCOP7K3M9Q2XWT");

    // Written out field by field from the NAPAS/EMVCo layout, independently of the builder. The CRC 07BC was computed with
    // Python: '%04X' % binascii.crc_hqx(payload_up_to_and_including_6304.encode(), 0xFFFF).
    private const string ExpectedSamplePayload =
        "000201" +                                  // 00 payload format indicator "01"
        "010212" +                                  // 01 point of initiation "12" (dynamic)
        "3857" +                                    // 38 merchant account information, 57 chars:
            "0010A000000727" +                      //    00 NAPAS GUID
            "0127" +                                //    01 beneficiary organisation, 27 chars:
                "0006970436" +                      //       00 bank BIN
                "0113" + "0011004123456" +          //       01 account number
            "0208QRIBFTTA" +                        //    02 service: transfer to account
        "5303704" +                                 // 53 currency VND
        "54071500000" +                             // 54 amount
        "5802VN" +                                  // 58 country
        "6218" + "0814OCOP7K3M9Q2XWT" +             // 62 additional data: 08 purpose = reference
        "6304" + "07BC";                            // 63 CRC

    [Fact]
    public void Crc16_ccitt_false_of_the_standard_check_string_is_29B1()
    {
        Assert.Equal(0x29B1, Crc16Ccitt.Compute("123456789"u8));
        Assert.Equal(0x29B1, ReferenceCrc("123456789"u8.ToArray()));
    }

    [Fact]
    public void Builder_output_equals_a_payload_written_by_hand_from_the_spec()
    {
        var result = VietQrBuilder.Build(Sample);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal(ExpectedSamplePayload, result.Payload);
        // The constant was checked against Python; re-check it with a separate bitwise CRC so a typo cannot hide.
        Assert.Equal("07BC", ReferenceCrc(Encoding.ASCII.GetBytes(ExpectedSamplePayload[..^4])).ToString("X4"));
    }

    [Fact]
    public void Built_payload_parses_back_into_the_spec_layout()
    {
        var payload = VietQrBuilder.Build(Sample).Payload!;

        Assert.True(VietQrParser.TryParse(payload, out var parsed, out var error), error);
        Assert.True(parsed!.CrcValid);
        Assert.Equal(["00", "01", "38", "53", "54", "58", "62", "63"], parsed.Fields.Select(f => f.Id));
        Assert.Equal("01", parsed["00"]);
        Assert.Equal("12", parsed["01"]);
        Assert.Equal("704", parsed["53"]);
        Assert.Equal("VN", parsed["58"]);
        Assert.Equal("970436", parsed.BankBin);
        Assert.Equal("0011004123456", parsed.AccountNumber);
        Assert.Equal("QRIBFTTA", parsed.ServiceCode);
        Assert.Equal(1_500_000, parsed.AmountVnd);
        Assert.Equal("OCOP7K3M9Q2XWT", parsed.Reference);
        Assert.True(Tlv.TryParse(parsed["38"]!, out var merchant, out _));
        Assert.Equal("A000000727", merchant[0].Value);
    }

    [Theory]
    [InlineData("54071500000", "54071500001")]   // amount changed
    [InlineData("0011004123456", "0011004123457")] // account changed
    [InlineData("6304" + "07BC", "6304" + "07BD")] // checksum changed
    public void Tampered_payload_fails_the_crc_check(string original, string tampered)
    {
        var payload = VietQrBuilder.Build(Sample).Payload!.Replace(original, tampered);

        Assert.True(VietQrParser.TryParse(payload, out var parsed, out _));
        Assert.False(parsed!.CrcValid);
    }

    [Theory]
    [InlineData("0002")]          // truncated value
    [InlineData("0X0201")]        // non-numeric id
    [InlineData("000201")]        // no CRC field
    public void Malformed_payload_is_reported_not_thrown(string payload)
    {
        Assert.False(VietQrParser.TryParse(payload, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Theory]
    [InlineData("97043", "1", 1, "REF", "bankBin")]
    [InlineData("97043A", "1", 1, "REF", "bankBin")]
    [InlineData("970436", "", 1, "REF", "accountNumber")]
    [InlineData("970436", "12345678901234567890", 1, "REF", "accountNumber")]
    [InlineData("970436", "0011 0041", 1, "REF", "accountNumber")]
    [InlineData("970436", "1", 0, "REF", "amount")]
    [InlineData("970436", "1", -5, "REF", "amount")]
    [InlineData("970436", "1", 10_000_000_000_000, "REF", "amount")] // 14 digits: EMVCo allows 13
    [InlineData("970436", "1", 1, "", "reference")]
    [InlineData("970436", "1", 1, "ocop123", "reference")]
    [InlineData("970436", "1", 1, "OCOP-123", "reference")]
    [InlineData("970436", "1", 1, "THANH TOAN", "reference")]
    [InlineData("970436", "1", 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "reference")] // 26 characters
    public void Invalid_input_is_refused_with_an_error_naming_the_field(
        string bin, string account, long amount, string reference, string field)
    {
        var result = VietQrBuilder.Build(new VietQrRequest(bin, account, amount, reference));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(field, error.Field);
        Assert.Equal(PaymentErrorCodes.Invalid, error.Code);
    }

    [Fact]
    public void Longest_allowed_inputs_still_build_a_valid_code()
    {
        var result = VietQrBuilder.Build(new VietQrRequest("970436", new string('9', 19), 9_999_999_999_999, new string('Z', 25)));

        Assert.True(result.Succeeded);
        Assert.True(VietQrParser.TryParse(result.Payload!, out var parsed, out _));
        Assert.True(parsed!.CrcValid);
        Assert.Equal(9_999_999_999_999, parsed.AmountVnd);
    }

    /// <summary>A second, deliberately different CRC-16/CCITT-FALSE (bit by bit, MSB first) to check the production one.</summary>
    private static int ReferenceCrc(byte[] data)
    {
        var crc = 0xFFFF;
        foreach (var b in data)
            for (var i = 7; i >= 0; i--)
            {
                var top = ((crc >> 15) & 1) ^ ((b >> i) & 1);
                crc = (crc << 1) & 0xFFFF;
                if (top == 1) crc ^= 0x1021;
            }
        return crc;
    }
}
