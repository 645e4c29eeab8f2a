using ArchUnitNET.Domain;
using ArchUnitNET.Domain.Dependencies;
using ArchUnitNET.Loader;
using Xunit;

namespace OcopMarket.Tests.Architecture;

/// <summary>
/// One clock: the API reads the time only through the injected <see cref="TimeProvider"/>, so tests can move it and
/// every "now" in one request agrees. Checked on the compiled code, so a fully qualified call cannot hide.
/// </summary>
public class ClockTests
{
    private static readonly ArchUnitNET.Domain.Architecture Api = new ArchLoader().LoadAssemblies(Modules.AllAssemblies().ToArray()).Build();

    private static readonly string[] SystemClock =
    [
        "System.DateTime System.DateTime::get_UtcNow()", "System.DateTime System.DateTime::get_Now()",
        "System.DateTime System.DateTime::get_Today()",
        "System.DateTimeOffset System.DateTimeOffset::get_UtcNow()", "System.DateTimeOffset System.DateTimeOffset::get_Now()",
    ];

    [Fact]
    public void Nothing_in_the_API_reads_the_system_clock_directly()
    {
        var offenders = Api.MethodMembers
            .SelectMany(m => m.MemberDependencies.OfType<MethodCallDependency>()
                .Where(d => SystemClock.Contains(d.TargetMember.FullName))
                .Select(d => $"{m.FullName} calls {d.TargetMember.FullName}"))
            .Distinct()
            .ToList();
        Assert.True(offenders.Count == 0, "Use the injected TimeProvider:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_check_sees_calls_into_the_system_clock()
    {
        // Guards the test above against matching nothing: the API does read TimeProvider.GetUtcNow, and the names agree.
        var calls = Api.MethodMembers.SelectMany(m => m.MemberDependencies.OfType<MethodCallDependency>()).Select(d => d.TargetMember.FullName).ToHashSet();
        Assert.Contains(calls, c => c.Contains("System.TimeProvider::GetUtcNow()"));
    }
}
