using System.Net;
using System.Text.Json.Nodes;
using Xunit;
using static OcopMarket.Tests.Payments.PaymentGql;

namespace OcopMarket.Tests.Payments;

/// <summary>SePay's incoming-transfer notices over the real endpoint, against PostgreSQL.</summary>
[Collection(PaymentsCollection.Name)]
public class SePayWebhookTests(PaymentsFixture api)
{
    private async Task<(PlacedOrder Order, string Reference)> StartedAsync()
    {
        var order = await PlaceAsync(api.Buyers[1], ("A2-KG", 2));
        var started = await Mutate(api.Buyers[1], StartTransfer, "startBankTransfer", new { id = order.Id });
        return (order, started["transfer"]!["reference"]!.GetValue<string>());
    }

    private static long Received(JsonNode? payment) => payment!["amountReceived"]!.GetValue<long>();

    /// <summary>"OCOP7K3M9Q2XWT" as a banking app sends it: lower case, broken by a space and a dash, inside the bank's text.</summary>
    private static string Mangled(string reference) =>
        $"MBVCB.3278907687.{reference[..6].ToLowerInvariant()} {reference[6..10]}-{reference[10..].ToLowerInvariant()}.CT tu 0011004 NGUYEN VAN A";

    [Fact]
    public async Task A_notice_with_a_mangled_memo_pays_the_right_order()
    {
        var (other, _) = await StartedAsync();
        var (order, reference) = await StartedAsync();

        var (status, body) = await PostSePayAsync(api, SePayNotice(NewSePayId(), order.Total, Mangled(reference)));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(JsonNode.Parse(body)!["success"]!.GetValue<bool>(), body);
        var payment = await PaymentOf(api.Buyers[1], order);
        Assert.Equal(("PAID", "BANK_TRANSFER", order.Total), (Status(payment), payment!["method"]!.GetValue<string>(), Received(payment)));
        Assert.Equal(("PENDING", 0L), (Status(await PaymentOf(api.Buyers[1], other)), Received(await PaymentOf(api.Buyers[1], other))));
    }

    [Fact]
    public async Task The_same_notice_twice_pays_once_and_both_get_success()
    {
        var (order, reference) = await StartedAsync();
        // Half the amount, so a second receipt would show (the total would reach the order's and pay it).
        var notice = SePayNotice(NewSePayId(), order.Total / 2, reference);

        var first = await PostSePayAsync(api, notice);
        var second = await PostSePayAsync(api, notice);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.Status, second.Status));
        Assert.True(JsonNode.Parse(second.Body)!["success"]!.GetValue<bool>(), second.Body);
        var payment = await PaymentOf(api.Buyers[1], order);
        Assert.Equal(("AMOUNT_MISMATCH", order.Total / 2), (Status(payment), Received(payment)));
    }

    [Fact]
    public async Task The_same_notice_arriving_at_once_many_times_is_recorded_once()
    {
        var (order, reference) = await StartedAsync();
        var notice = SePayNotice(NewSePayId(), order.Total / 2, reference);

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostSePayAsync(api, notice)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Equal(order.Total / 2, Received(await PaymentOf(api.Buyers[1], order)));
    }

    [Fact]
    public async Task A_wrong_or_missing_key_is_401_and_changes_nothing()
    {
        var (order, reference) = await StartedAsync();
        var id = NewSePayId();
        var notice = SePayNotice(id, order.Total, reference);

        string?[] refused = [null, "", "Apikey", "Apikey wrong_key", $"Bearer {PaymentsFixture.SePayApiKey}",
            $"Apikey {PaymentsFixture.SePayApiKey}x", $"Apikey {PaymentsFixture.SePayApiKey[..^1]}"];
        foreach (var authorization in refused)
            Assert.Equal(HttpStatusCode.Unauthorized, (await PostSePayAsync(api, notice, authorization)).Status);

        var payment = await PaymentOf(api.Buyers[1], order);
        Assert.Equal(("PENDING", 0L), (Status(payment), Received(payment)));
        // The same notice with the key pays it: the refusals were about the key only, and recorded nothing under its id.
        Assert.Equal(HttpStatusCode.OK, (await PostSePayAsync(api, notice, $"apikey {PaymentsFixture.SePayApiKey}")).Status);
        Assert.Equal("PAID", Status(await PaymentOf(api.Buyers[1], order)));
    }

    [Fact]
    public async Task Outgoing_transfers_are_acknowledged_and_change_nothing()
    {
        var (order, reference) = await StartedAsync();

        var (status, body) = await PostSePayAsync(api, SePayNotice(NewSePayId(), order.Total, reference, transferType: "out"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(JsonNode.Parse(body)!["success"]!.GetValue<bool>(), body);
        Assert.Equal("PENDING", Status(await PaymentOf(api.Buyers[1], order)));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"transferType":"in","transferAmount":1000,"content":"x"}""")]
    [InlineData("""{"id":1,"transferType":"in","transferAmount":"1000","content":"x"}""")]
    [InlineData("""{"id":1,"transferType":"in","transferAmount":10.5,"content":"x"}""")]
    [InlineData("""{"id":{"a":1},"transferType":"in","transferAmount":1000}""")]
    [InlineData("""{"id":2,"transferType":"in","transferAmount":1000,"content":"\ud800"}""")]
    public async Task A_body_that_is_not_a_notice_is_400(string body)
    {
        var (status, answer) = await PostSePayAsync(api, body);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(JsonNode.Parse(answer)!["success"]!.GetValue<bool>());
    }
}

/// <summary>Without Payments:BankTransfer:SePayApiKey there is no SePay endpoint at all.</summary>
public class SePayUnconfiguredTests(UnconfiguredPaymentsFixture api) : IClassFixture<UnconfiguredPaymentsFixture>
{
    [Fact]
    public async Task Without_a_configured_key_the_endpoint_is_404()
    {
        var notice = SePayNotice(NewSePayId(), 100_000, "OCOP7K3M9Q2XWT");
        Assert.Equal(HttpStatusCode.NotFound, (await PostSePayAsync(api, notice)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await PostSePayAsync(api, notice, "Apikey ")).Status);
    }
}
