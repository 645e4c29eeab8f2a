namespace OcopMarket.Tests.Support;

/// <summary>A clock a test can move forward, to reach expiry times without waiting for them.</summary>
public sealed class ManualClock : TimeProvider
{
    private TimeSpan offset;

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow + offset;

    public void Advance(TimeSpan by) => offset += by;
}
