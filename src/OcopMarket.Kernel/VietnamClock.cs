namespace OcopMarket.Kernel;

/// <summary>Dates in Vietnam (UTC+7, no daylight saving): certificates expire on Vietnamese calendar days.</summary>
public static class VietnamClock
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Offset).DateTime);
}
