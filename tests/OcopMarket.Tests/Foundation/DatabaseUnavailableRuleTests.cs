using System.Net.Sockets;
using Npgsql;
using OcopMarket.Infrastructure.Persistence;
using OcopMarket.Kernel.Persistence;
using Xunit;

namespace OcopMarket.Tests.Foundation;

public class DatabaseUnavailableRuleTests
{
    [Theory]
    [InlineData("53300", true)] // too_many_connections
    [InlineData("57P03", true)] // cannot_connect_now (starting up)
    [InlineData("57P01", true)] // admin_shutdown
    [InlineData("08006", true)] // connection_failure
    [InlineData("40001", false)] // serialization_failure: ours to retry
    [InlineData("23505", false)] // unique_violation
    [InlineData("22021", false)] // bad text
    public void Postgres_errors_by_sql_state(string sqlState, bool unavailable) =>
        Assert.Equal(unavailable, DatabaseUnavailable.Is(new InvalidOperationException("wrapped", new PostgresException("x", "FATAL", "FATAL", sqlState))));

    [Fact]
    public void Connection_failures_and_pool_timeouts_are_unavailable_and_other_errors_are_not()
    {
        Assert.True(DatabaseUnavailable.Is(new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))));
        Assert.True(DatabaseUnavailable.Is(new NpgsqlException("The connection pool has been exhausted", new TimeoutException())));
        Assert.True(DatabaseUnavailable.Is(new AggregateException(new NpgsqlException("Exception while reading from stream", new IOException()))));
        Assert.False(DatabaseUnavailable.Is(new InvalidOperationException("a bug")));
        Assert.False(DatabaseUnavailable.Is(new NpgsqlException("not transient")));
        Assert.False(DatabaseUnavailable.Is(null));
    }
}
