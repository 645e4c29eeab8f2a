using OcopMarket.Catalog.Management;
using OcopMarket.Catalog.Management.Import;
using OcopMarket.Catalog.Model;
using OcopMarket.Identity;
using OcopMarket.Identity.Model;
using OcopMarket.Ordering.Buyers;
using Xunit;

namespace OcopMarket.Tests.Identity;

/// <summary>The plain rules, without HTTP or a database.</summary>
public class IdentityRulesTests
{
    [Theory]
    [InlineData("0100233488", true)] // python-stdnum's examples
    [InlineData("0314409058-002", true)]
    [InlineData("0100233480", false)]
    [InlineData("0101234565", true)]
    [InlineData("0101234565-001", true)]
    [InlineData("0101234565001", true)]
    [InlineData("0101.234.565", true)]
    [InlineData("0101234567", false)] // one digit off
    [InlineData("0109876540", false)] // 010987654 has no check digit
    [InlineData("0101234565-000", false)]
    [InlineData("010123456", false)]
    [InlineData("01012345678", false)]
    [InlineData("0101234567-01", false)]
    [InlineData("", false)]
    public void Tax_code_format(string text, bool valid) => Assert.Equal(valid, TaxCode.IsValid(text));

    [Fact]
    public void Tax_code_is_normalised_to_ten_digits_dash_three() => Assert.Equal("0101234567-002", TaxCode.Normalize("0101 234 567 002"));

    [Fact]
    public void Tiers_must_rise_in_quantity_and_not_rise_in_price()
    {
        Assert.Null(TierRules.Check([new PriceTier(10, 100), new PriceTier(50, 90), new PriceTier(100, 90)]));
        Assert.NotNull(TierRules.Check([new PriceTier(10, 100), new PriceTier(10, 90)]));
        Assert.NotNull(TierRules.Check([new PriceTier(10, 100), new PriceTier(20, 110)]));
    }

    [Fact]
    public void Lockout_admits_the_limit_then_locks_doubling_each_further_failure_and_forgets_after_a_day()
    {
        var policy = new LockoutPolicy { LockMinutes = 10, MaxLockMinutes = 30, ForgetHours = 24 };
        var now = DateTimeOffset.UtcNow;
        var count = FailureCount.None;
        TimeSpan? Attempt(DateTimeOffset at)
        {
            var (retryAfter, next) = policy.Admit(count, 2, at);
            count = next;
            return retryAfter;
        }

        Assert.Null(Attempt(now));
        Assert.Null(count.LockedUntil);
        Assert.Null(Attempt(now)); // the second of two is still checked, and starts the lock
        Assert.Equal(now.AddMinutes(10), count.LockedUntil);
        Assert.Equal(TimeSpan.FromMinutes(1), Attempt(now.AddMinutes(9)));
        Assert.Equal(2, count.Failures); // refused attempts are not counted
        Assert.Null(Attempt(now.AddMinutes(11)));
        Assert.Equal(now.AddMinutes(31), count.LockedUntil); // doubled
        Assert.Null(Attempt(now.AddMinutes(32)));
        Assert.Equal(now.AddMinutes(62), count.LockedUntil); // 40 minutes capped at 30

        var later = now.AddMinutes(32).AddHours(25);
        Assert.Null(Attempt(later));
        Assert.Equal((1, null), (count.Failures, count.LockedUntil)); // forgotten: a fresh count
    }

    [Fact]
    public void A_success_takes_back_only_its_own_attempt()
    {
        var now = DateTimeOffset.UtcNow;
        var locked = new FailureCount(5, now.AddMinutes(15), now);
        Assert.Equal(new FailureCount(4, null, now), LockoutPolicy.TakeBack(locked));
        Assert.Equal(0, LockoutPolicy.TakeBack(FailureCount.None).Failures);
    }

    [Fact]
    public void Client_sources_are_addresses_and_ipv6_clients_are_counted_by_their_64_block()
    {
        Assert.Equal("203.0.113.7", ClientSource.Of(System.Net.IPAddress.Parse("::ffff:203.0.113.7")).Key);
        Assert.Equal(ClientSource.Of(System.Net.IPAddress.Parse("2001:db8:1:2::1")), ClientSource.Of(System.Net.IPAddress.Parse("2001:db8:1:2:ffff::9")));
        Assert.NotEqual(ClientSource.Of(System.Net.IPAddress.Parse("2001:db8:1:2::1")), ClientSource.Of(System.Net.IPAddress.Parse("2001:db8:1:3::1")));
    }

    [Fact]
    public void Listing_diff_names_the_changed_fields_and_matches_variants_by_sku()
    {
        var before = new Product { Name = "A", Variants = [new ProductVariant { Sku = "X", RetailPrice = 1 }, new ProductVariant { Sku = "Y", RetailPrice = 2 }] };
        var after = new Product { Name = "B", Variants = [new ProductVariant { Sku = "Y", RetailPrice = 2 }, new ProductVariant { Sku = "X", RetailPrice = 3 }], Version = 9 };
        var changes = ListingDiff.Between(before, after);
        Assert.Equal([new FieldChange("name", "A", "B"), new FieldChange("variants[X].retailPrice", "1", "3")], changes);
    }

    [Fact]
    public void Csv_reader_handles_quotes_line_breaks_and_semicolons()
    {
        var records = CsvReader.Read("a;b\r\n\"x;1\";\"say \"\"hi\"\"\nthere\"\n\nlast;2").ToList();
        Assert.Equal(3, records.Count);
        Assert.Equal(["x;1", "say \"hi\"\nthere"], records[1].Fields);
        Assert.Equal(5, records[2].Line);
    }
}
