using OcopMarket.Payments.VietQr;
using Xunit;

namespace OcopMarket.Tests.Payments;

public class TransferReferenceTests
{
    [Fact]
    public void New_reference_is_OCOP_plus_ten_unambiguous_capitals_or_digits()
    {
        var reference = TransferReference.New();

        Assert.Equal(14, reference.Length);
        Assert.StartsWith("OCOP", reference);
        Assert.True(TransferReference.IsWellFormed(reference));
        Assert.DoesNotContain(reference[4..], c => c is 'I' or 'L' or 'O' or 'U');
    }

    [Fact]
    public void New_references_do_not_repeat_in_a_large_sample()
    {
        var references = Enumerable.Range(0, 100_000).Select(_ => TransferReference.New()).ToHashSet();

        Assert.Equal(100_000, references.Count);
    }

    [Fact]
    public void New_reference_is_accepted_by_the_VietQR_builder()
    {
        var result = VietQrBuilder.Build(new VietQrRequest("970436", "0011004123456", 250_000, TransferReference.New()));

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("CT DEN:0123 ocop7k3m9q2xwt chuyen tien", "OCOP7K3M9Q2XWT")]
    [InlineData("OCOP7K3M9Q2XWT", "OCOP7K3M9Q2XWT")]
    [InlineData("MBVCB.123.OCOP7K3M9Q2XWT.CT tu 0011", "OCOP7K3M9Q2XWT")]
    public void Reference_is_found_in_a_bank_statement_memo(string memo, string expected)
    {
        Assert.True(TransferReference.TryFind(memo, out var reference));
        Assert.Equal(expected, reference);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("chuyen tien hang")]
    [InlineData("XOCOP7K3M9Q2XWT")]      // glued to other text
    [InlineData("OCOP7K3M9Q2XWI")]       // I is not in the alphabet
    public void No_reference_is_found_where_there_is_none(string? memo)
    {
        Assert.False(TransferReference.TryFind(memo, out _));
    }
}
