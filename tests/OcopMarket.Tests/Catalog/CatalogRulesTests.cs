using OcopMarket.Catalog.Management;
using OcopMarket.Catalog.Model;
using Xunit;

namespace OcopMarket.Tests.Catalog;

/// <summary>Pricing, certificate validity and the Vietnamese calendar as plain code: no HTTP, no database.</summary>
public class CatalogRulesTests
{
    private static ProductVariant Variant(params PriceTier[] tiers) => new() { Sku = "MO-500", RetailPrice = 120_000, Tiers = [.. tiers] };

    [Theory]
    [InlineData(1, 120_000)]
    [InlineData(9, 120_000)]
    [InlineData(10, 110_000)] // the first tier from its minimum on
    [InlineData(49, 110_000)]
    [InlineData(50, 100_000)]
    [InlineData(5_000, 100_000)]
    public void Unit_price_is_that_of_the_highest_tier_reached(int quantity, long expected) =>
        Assert.Equal(expected, Pricing.UnitPriceFor(Variant(new PriceTier(10, 110_000), new PriceTier(50, 100_000)), quantity));

    [Fact]
    public void Tiers_stored_out_of_order_still_price_by_the_highest_reached() =>
        Assert.Equal(100_000, Pricing.UnitPriceFor(Variant(new PriceTier(50, 100_000), new PriceTier(10, 110_000)), 60));

    [Fact]
    public void Without_tiers_the_retail_price_applies() => Assert.Equal(120_000, Pricing.UnitPriceFor(Variant(), 1_000));

    private static OcopCertificate Certificate(int stars = 4, bool verified = true) =>
        new() { Stars = stars, DecisionNumber = "144/QĐ-UBND", Issuer = "UBND tỉnh Hưng Yên", Level = "Province", IssuedOn = new DateOnly(2024, 3, 15), Verified = verified };

    [Fact]
    public void A_certificate_is_valid_for_36_months_to_the_day()
    {
        var certificate = Certificate();
        Assert.Equal(new DateOnly(2027, 3, 15), certificate.ExpiresOn);
        Assert.True(certificate.IsValidOn(new DateOnly(2024, 3, 15)));
        Assert.True(certificate.IsValidOn(new DateOnly(2027, 3, 14)));
        Assert.False(certificate.IsValidOn(new DateOnly(2027, 3, 15)));
    }

    [Theory]
    [InlineData(2, true, false)]
    [InlineData(3, true, true)]
    [InlineData(5, true, true)]
    [InlineData(6, true, false)]
    [InlineData(4, false, false)] // not yet checked by the alliance
    public void Only_verified_certificates_of_three_to_five_stars_count(int stars, bool verified, bool valid) =>
        Assert.Equal(valid, Certificate(stars, verified).IsValidOn(new DateOnly(2025, 1, 1)));

    [Fact]
    public void Certificate_rules_refuse_a_decision_signed_in_the_future_in_Vietnam()
    {
        // 20:00 UTC on 14 March is already 15 March in Vietnam (UTC+7).
        var clock = new FixedClock(new DateTimeOffset(2024, 3, 14, 20, 0, 0, TimeSpan.Zero));
        var validator = new CertificateValidator(clock);
        Assert.True(validator.Validate(Certificate()).IsValid);
        var tomorrow = Certificate();
        tomorrow.IssuedOn = new DateOnly(2024, 3, 16);
        Assert.Contains(validator.Validate(tomorrow).Errors, e => e.PropertyName == "IssuedOn");
    }

    [Fact]
    public void Vietnam_today_turns_at_17_00_UTC()
    {
        Assert.Equal(new DateOnly(2026, 11, 29), VietnamClock.Today(new FixedClock(new DateTimeOffset(2026, 11, 29, 16, 59, 59, TimeSpan.Zero))));
        Assert.Equal(new DateOnly(2026, 11, 30), VietnamClock.Today(new FixedClock(new DateTimeOffset(2026, 11, 29, 17, 0, 0, TimeSpan.Zero))));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
