using OcopMarket.Catalog.Model;
using OcopMarket.Trade;
using Xunit;

namespace OcopMarket.Tests.Trade;

public class MoneyRulesTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(-1, false)]
    [InlineData(1, true)]
    [InlineData(1_000_000_000, true)]
    [InlineData(1_000_000_001, false)]
    [InlineData(long.MaxValue, false)]
    public void Unit_prices_are_between_one_dong_and_one_billion(long price, bool valid) => Assert.Equal(valid, Money.IsValidUnitPrice(price));

    [Fact]
    public void Line_totals_never_overflow_and_stop_at_the_order_bound()
    {
        Assert.Equal(90_000, Money.LineTotal(45_000, 2));
        Assert.Equal(Money.MaxOrderTotal, Money.LineTotal(1_000_000, 1_000_000));
        Assert.Null(Money.LineTotal(1_000_000, 1_000_001));
        Assert.Null(Money.LineTotal(long.MaxValue, int.MaxValue));
        Assert.Null(Money.LineTotal(long.MaxValue, 1));
    }

    [Fact]
    public void The_worst_bounded_order_still_fits_in_64_bits()
    {
        // 200 lines of 10,000,000 units at the maximum unit price: what a sum may reach before the order bound is checked.
        Assert.True((decimal)Money.MaxUnitPrice * 10_000_000 * 200 < long.MaxValue);
    }

    [Fact]
    public void A_report_period_is_whole_vietnam_days_and_an_open_ended_one_stays_in_range()
    {
        var (start, end) = ReportPeriod.ToUtc(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));
        Assert.Equal(new DateTimeOffset(2026, 10, 31, 17, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero), end);

        var (allStart, allEnd) = ReportPeriod.ToUtc(DateOnly.MinValue, DateOnly.MaxValue);
        Assert.True(allStart < new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.True(allEnd > new DateTimeOffset(2999, 1, 1, 0, 0, 0, TimeSpan.Zero));

        var (beforeStart, beforeEnd) = ReportPeriod.ToUtc(new DateOnly(1990, 1, 1), new DateOnly(1990, 12, 31));
        Assert.Equal(beforeStart, beforeEnd); // nothing lies before the platform: an empty range, not the year 2000
    }

    [Fact]
    public void A_sum_past_64_bits_from_unbounded_old_orders_shows_the_largest_value()
    {
        Assert.Equal(3_500_000, ReportPeriod.Vnd(3_500_000m));
        Assert.Equal(long.MaxValue, ReportPeriod.Vnd((decimal)long.MaxValue * 2));
    }
}
