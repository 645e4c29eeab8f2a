using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OcopMarket.Payments;
using OcopMarket.Payments.Stripe;
using OcopMarket.Payments.VietQr;
using Xunit;

namespace OcopMarket.Tests.Payments;

public class PaymentsRegistrationTests
{
    private static ServiceProvider Provider(Dictionary<string, string?> settings) => new ServiceCollection()
        .AddPayments(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
        .BuildServiceProvider();

    [Fact]
    public void Configured_bank_account_produces_transfer_instructions_with_a_valid_qr()
    {
        using var services = Provider(new()
        {
            ["Payments:BankTransfer:BankBin"] = "970436",
            ["Payments:BankTransfer:AccountNumber"] = "0011004123456",
            ["Payments:BankTransfer:AccountName"] = "CONG TY OCOP MARKET",
            ["Payments:BankTransfer:BankName"] = "Vietcombank",
        });
        var reference = TransferReference.New();

        var result = services.GetRequiredService<BankTransferService>().CreateInstructions(150_000_000, reference);

        Assert.True(result.Succeeded);
        Assert.Equal("CONG TY OCOP MARKET", result.Instructions!.AccountName);
        Assert.True(VietQrParser.TryParse(result.Instructions.QrPayload, out var parsed, out _));
        Assert.True(parsed!.CrcValid);
        Assert.Equal((150_000_000L, reference, "970436"), (parsed.AmountVnd!.Value, parsed.Reference!, parsed.BankBin!));
    }

    [Fact]
    public void Nothing_configured_means_both_methods_report_not_configured()
    {
        using var services = Provider([]);

        Assert.False(services.GetRequiredService<StripeGateway>().IsConfigured);
        var transfer = services.GetRequiredService<BankTransferService>().CreateInstructions(100_000, TransferReference.New());
        Assert.Equal(PaymentErrorCodes.NotConfigured, Assert.Single(transfer.Errors).Code);
    }

    [Fact]
    public void Stripe_api_key_from_configuration_turns_card_payments_on()
    {
        using var services = Provider(new() { ["Payments:Stripe:ApiKey"] = "sk_test_fake" });

        Assert.True(services.GetRequiredService<StripeGateway>().IsConfigured);
    }

    [Fact]
    public void Malformed_bank_account_configuration_is_refused()
    {
        using var services = Provider(new()
        {
            ["Payments:BankTransfer:BankBin"] = "VCB",
            ["Payments:BankTransfer:AccountNumber"] = "0011004123456",
        });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BankTransferOptions>>().Value);
    }

    [Fact]
    public void Half_a_bank_account_is_refused_rather_than_taken_for_not_configured()
    {
        using var services = Provider(new() { ["Payments:BankTransfer:BankBin"] = "970436" });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BankTransferOptions>>().Value);
    }
}
