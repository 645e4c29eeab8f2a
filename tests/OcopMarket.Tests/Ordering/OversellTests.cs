using System.Net;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Ordering.Orders;
using OcopMarket.Tests.Support;
using Xunit;
using static OcopMarket.Tests.Ordering.OrderGql;

namespace OcopMarket.Tests.Ordering;

/// <summary>60 verified buyers and a SKU with 40 units: more demand than stock.</summary>
public class ContendedStockFixture : OrderingFixture
{
    protected override int BuyerCount => 60;
    protected override int HotStock => 40;
}

public class OversellTests(ContendedStockFixture api) : IClassFixture<ContendedStockFixture>
{
    [Fact]
    public async Task Sixty_buyers_on_two_api_processes_never_oversell_the_last_units()
    {
        await using var second = await ApiProcess.StartAsync(ApiFixture.ConnectionString, api.Schema);
        using var secondHttp = new HttpClient { BaseAddress = second.BaseAddress };
        var before = await api.StockAsync("B2-HOT");

        // Each buyer asks for 1–3 units at the same moment, half through each process.
        var quantities = api.Buyers.Select((_, i) => 1 + i % 3).ToList();
        using var go = new SemaphoreSlim(0);
        var attempts = api.Buyers.Select(async (buyer, i) =>
        {
            var client = i % 2 == 0 ? buyer : new GraphQLClient(secondHttp) { BearerToken = buyer.BearerToken };
            await go.WaitAsync();
            return await client.PostAsync(PlaceOrder, Input(Key(), ("B2-HOT", quantities[i])));
        }).ToList();
        go.Release(attempts.Count);
        var responses = await Task.WhenAll(attempts);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        var won = responses.Select((r, i) => (Payload: r.OkData()["placeOrder"]!, Quantity: quantities[i])).ToList();
        var winners = won.Where(w => w.Payload["purchaseOrder"] != null).ToList();
        var losers = won.Where(w => w.Payload["purchaseOrder"] == null).ToList();
        Assert.All(losers, l => Assert.Equal("OUT_OF_STOCK", l.Payload["userErrors"]![0]!["code"]!.GetValue<string>()));
        Assert.NotEmpty(losers);

        var after = await api.StockAsync("B2-HOT");
        var sold = winners.Sum(w => w.Quantity);
        Assert.True(after.Reserved <= after.OnHand, $"oversold: reserved {after.Reserved} of {after.OnHand}");
        Assert.Equal(before.Reserved + sold, after.Reserved);
        Assert.Equal(before.OnHand, after.OnHand);

        // Every unit is accounted for: the reserved units are exactly the lines of the stored orders.
        await using var session = api.App.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var stored = (await session.Query<CooperativeOrder>().ToListAsync()).SelectMany(o => o.Lines).Where(l => l.Sku == "B2-HOT").Sum(l => l.Quantity);
        Assert.Equal(after.Reserved, stored);
        // The stock ran out: no loser asked for less than what remains.
        Assert.All(losers, l => Assert.True(l.Quantity > after.OnHand - after.Reserved));
    }
}

public class StockConstraintTests(OrderingFixture api) : IClassFixture<OrderingFixture>
{
    [Theory]
    [InlineData("reserved = on_hand + 1")]
    [InlineData("reserved = -1")]
    [InlineData("on_hand = reserved - 1")]
    public async Task The_database_itself_refuses_stock_reserved_beyond_on_hand(string change)
    {
        // Behind the conditional updates, a CHECK constraint: even a buggy write cannot oversell.
        await using var connection = new Npgsql.NpgsqlConnection(ApiFixture.ConnectionString);
        await connection.OpenAsync();
        await using (var reserve = new Npgsql.NpgsqlCommand($"update {api.Schema}.ocop_stock set reserved = 1, on_hand = 5 where sku = 'A2-KG'", connection))
            Assert.Equal(1, await reserve.ExecuteNonQueryAsync());
        await using var command = new Npgsql.NpgsqlCommand($"update {api.Schema}.ocop_stock set {change} where sku = 'A2-KG'", connection);
        var refused = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => command.ExecuteNonQueryAsync());
        Assert.Equal("23514", refused.SqlState); // check_violation
        Assert.Equal("ck_stock_reserved", refused.ConstraintName);
    }
}
