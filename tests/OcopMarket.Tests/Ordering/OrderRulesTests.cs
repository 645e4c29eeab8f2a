using OcopMarket.Catalog.Model;
using OcopMarket.Catalog.Queries;
using OcopMarket.Cooperatives;
using OcopMarket.Ordering.Orders;
using Xunit;

namespace OcopMarket.Tests.Ordering;

/// <summary>The ordering rules as plain code: no HTTP, no database.</summary>
public class OrderRulesTests
{
    private static ListedVariant Variant(int minimum, int increment) =>
        new(new Product { Name = "Nước mắm" },
            new ProductVariant { Sku = "CH-NM40-500", Unit = "chai", RetailPrice = 80_000, MinOrderQuantity = minimum, OrderIncrement = increment },
            new CooperativeSummary(Guid.NewGuid(), "htx", "HTX", "01", null, true, 1, new object()));

    [Theory]
    [InlineData(1, 1, 1, true)]
    [InlineData(1, 1, 7, true)]
    [InlineData(24, 1, 23, false)] // below the minimum order
    [InlineData(24, 1, 24, true)]
    [InlineData(24, 12, 36, true)] // minimum plus whole cases
    [InlineData(24, 12, 48, true)]
    [InlineData(24, 12, 30, false)] // half a case
    [InlineData(24, 12, 12, false)] // a whole case, but under the minimum
    [InlineData(10, 6, 16, true)] // cases count from the minimum, not from zero
    [InlineData(10, 6, 12, false)]
    public void Quantity_must_reach_the_minimum_and_add_whole_cases(int minimum, int increment, int quantity, bool allowed)
    {
        var why = QuantityRules.Check(Variant(minimum, increment), quantity);
        Assert.Equal(allowed, why == null);
        if (!allowed) Assert.Contains("CH-NM40-500", why);
    }

    [Fact]
    public void A_refusal_names_the_rule_it_breaks()
    {
        Assert.Contains("minimum order quantity of 24", QuantityRules.Check(Variant(24, 12), 23));
        Assert.Contains("cases of 12", QuantityRules.Check(Variant(24, 12), 30));
    }

    public static TheoryData<CooperativeOrderStatus, OrderAction, bool> Transitions()
    {
        var allowed = new HashSet<(CooperativeOrderStatus, OrderAction)>
        {
            (CooperativeOrderStatus.Placed, OrderAction.Confirm),
            (CooperativeOrderStatus.Placed, OrderAction.Reject),
            (CooperativeOrderStatus.Confirmed, OrderAction.Reject),
            (CooperativeOrderStatus.Confirmed, OrderAction.Ship),
            (CooperativeOrderStatus.Shipped, OrderAction.Deliver),
            (CooperativeOrderStatus.Placed, OrderAction.Cancel),
        };
        var data = new TheoryData<CooperativeOrderStatus, OrderAction, bool>();
        foreach (var from in Enum.GetValues<CooperativeOrderStatus>())
        foreach (var action in Enum.GetValues<OrderAction>())
            data.Add(from, action, allowed.Contains((from, action)));
        return data;
    }

    /// <summary>Every (status, action) pair: exactly the six transitions of the lifecycle are allowed.</summary>
    [Theory]
    [MemberData(nameof(Transitions))]
    public void Order_lifecycle_allows_only_its_transitions(CooperativeOrderStatus from, OrderAction action, bool allowed) =>
        Assert.Equal(allowed, OrderStateMachine.IsAllowed(from, action));

    [Fact]
    public void Final_states_allow_nothing()
    {
        foreach (var final in new[] { CooperativeOrderStatus.Delivered, CooperativeOrderStatus.Rejected, CooperativeOrderStatus.Cancelled })
            Assert.All(Enum.GetValues<OrderAction>(), action => Assert.False(OrderStateMachine.IsAllowed(final, action)));
    }

    [Theory]
    [InlineData(OrderAction.Confirm, CooperativeOrderStatus.Confirmed, OrderParty.Cooperative, StockEffect.None)]
    [InlineData(OrderAction.Reject, CooperativeOrderStatus.Rejected, OrderParty.Cooperative, StockEffect.Release)]
    [InlineData(OrderAction.Ship, CooperativeOrderStatus.Shipped, OrderParty.Cooperative, StockEffect.Consume)]
    [InlineData(OrderAction.Deliver, CooperativeOrderStatus.Delivered, OrderParty.Either, StockEffect.None)]
    [InlineData(OrderAction.Cancel, CooperativeOrderStatus.Cancelled, OrderParty.Buyer, StockEffect.Release)]
    public void Each_action_has_its_target_party_and_stock_effect(OrderAction action, CooperativeOrderStatus target, OrderParty party, StockEffect effect)
    {
        Assert.Equal(target, OrderStateMachine.Target(action));
        Assert.Equal(party, OrderStateMachine.PartyFor(action));
        Assert.Equal(effect, OrderStateMachine.StockEffectOf(action));
    }
}
