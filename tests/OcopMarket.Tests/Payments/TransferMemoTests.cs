using OcopMarket.Payments.VietQr;
using Xunit;

namespace OcopMarket.Tests.Payments;

/// <summary>The memo matcher: references found however banking apps mangle the memo, and nothing found where there is none.</summary>
public class TransferMemoTests
{
    private const string Reference = "OCOP7K3M9Q2XWT";

    [Theory]
    [InlineData("OCOP7K3M9Q2XWT")]
    [InlineData("ocop7k3m9q2xwt")]
    [InlineData("Ocop 7K3M 9Q2X WT")]
    [InlineData("OCOP-7K3M-9Q2X-WT")]
    [InlineData("ocop_7k3m.9q2x/wt")]
    [InlineData("CT DEN:0912 ocop7k3m9q2xwt chuyen tien")]
    [InlineData("MBVCB.3278907687.OCOP7K3M9Q2XWT.CT tu 0011004 NGUYEN VAN A")]
    [InlineData("IBFT OCOP7K3M9Q2XWT-0912345678-Thanh toan don hang")]
    [InlineData("NGUYEN VAN A chuyen tienOCOP7K3M9Q2XWTGD 123456")] // glued to the bank's text on both sides
    [InlineData("Thanh toán đơn OCOP7K3M9Q2XWT cảm ơn")]
    [InlineData("OCOP7K3M9Q2XWT OCOP7K3M9Q2XWT")]
    [InlineData("0COP7K3M9Q2XWT")] // a zero typed for the O of the prefix
    public void Reference_is_found_first(string memo)
    {
        Assert.Equal(Reference, TransferMemo.Candidates(memo).First());
        Assert.Single(TransferMemo.Candidates(memo), c => c == Reference);
    }

    [Theory]
    [InlineData("OCOP1K3M0Q2XWT", "OCOPlK3MOQ2XWT")] // people type l for 1 and O for 0, as Crockford's base32 allows
    [InlineData("OCOP1K3M0Q2XWT", "ocop iK3M oQ2X WT")]
    public void Misread_characters_are_read_as_crockford_does(string expected, string memo) =>
        Assert.Equal(expected, TransferMemo.Candidates(memo).First());

    [Fact]
    public void Text_before_the_reference_that_also_reads_as_one_comes_first_and_the_real_one_is_still_found()
    {
        // "OCOP MARKET" glued to the reference reads as OCOP + "MARKET0C0P": a candidate no payment has, so callers try the next.
        var candidates = TransferMemo.Candidates("OCOP MARKET OCOP7K3M9Q2XWT");
        Assert.Equal(["OCOPMARKET0C0P", Reference], candidates.Take(2));
    }

    [Fact]
    public void A_different_reference_is_not_taken_for_it() =>
        Assert.DoesNotContain(Reference, TransferMemo.Candidates("OCOP7K3M9Q2XVVT OCOP7K3M9Q2XW"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("chuyen tien mua hang")]
    [InlineData("OCOP7K3M9Q2X")] // cut short
    [InlineData("OCOP")]
    [InlineData("OCOPUUUUUUUUUU")] // U is not in the alphabet
    [InlineData("OC OP")]
    public void No_reference_no_candidate(string? memo) => Assert.Empty(TransferMemo.Candidates(memo));

    [Fact]
    public void Every_new_reference_survives_every_mangling()
    {
        for (var i = 0; i < 200; i++)
        {
            var reference = TransferReference.New();
            string[] memos =
            [
                reference.ToLowerInvariant(), $"{reference[..4]} {reference[4..9]}-{reference[9..]}", $"ND:{reference}.ck",
                $"xx{reference.ToLowerInvariant()}yy", string.Join(' ', reference.ToCharArray()),
            ];
            foreach (var memo in memos) Assert.Contains(reference, TransferMemo.Candidates(memo));
        }
    }
}
