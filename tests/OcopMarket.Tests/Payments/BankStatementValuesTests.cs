using OcopMarket.Payments.BankFeed;
using Xunit;

namespace OcopMarket.Tests.Payments;

/// <summary>Amounts and dates as bank statements write them.</summary>
public class BankStatementValuesTests
{
    [Theory]
    [InlineData("1824000", 1_824_000)]
    [InlineData("1.824.000", 1_824_000)]
    [InlineData("1,824,000", 1_824_000)]
    [InlineData("1.824.000,00", 1_824_000)]
    [InlineData("1,824,000.00", 1_824_000)]
    [InlineData("1824000.0", 1_824_000)]
    [InlineData("+1,824,000 VND", 1_824_000)]
    [InlineData(" 250.000 đ ", 250_000)]
    [InlineData("12,345", 12_345)] // three digits after the last separator: thousands, not a fraction
    [InlineData("-50.000", -50_000)] // money out
    [InlineData("(50.000)", -50_000)]
    [InlineData("", 0)] // the credit cell of a debit line
    public void Whole_dong_are_read_whatever_the_separators(string text, long expected)
    {
        var (amount, error) = BankStatementValues.ParseAmount(text);
        Assert.Null(error);
        Assert.Equal(expected, amount);
    }

    [Theory]
    [InlineData("12.5")]
    [InlineData("1.824.000,50")]
    [InlineData("abc")]
    [InlineData("1e6")]
    [InlineData("1234567890123456")] // beyond any amount
    public void Fractions_and_other_text_are_refused(string text) => Assert.NotNull(BankStatementValues.ParseAmount(text).Error);

    [Theory]
    [InlineData("04/12/2026", "2026-12-04T00:00:00+07:00")]
    [InlineData("4/12/2026 14:02", "2026-12-04T14:02:00+07:00")]
    [InlineData("04/12/2026 14:02:37", "2026-12-04T14:02:37+07:00")]
    [InlineData("2026-12-04", "2026-12-04T00:00:00+07:00")]
    [InlineData("2026-12-04 14:02:37", "2026-12-04T14:02:37+07:00")]
    public void Dates_are_day_first_or_iso_in_vietnam_time(string text, string expected)
    {
        Assert.True(BankStatementValues.TryParseDate(text, out var at));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), at);
        Assert.Equal(TimeSpan.FromHours(7), at.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12/31/2026")] // month first is not a statement's way
    [InlineData("hôm qua")]
    public void Other_dates_are_refused(string text) => Assert.False(BankStatementValues.TryParseDate(text, out _));
}
