using System.Net.Sockets;
using Npgsql;

namespace OcopMarket.Kernel.Persistence;

/// <summary>
/// Tells "PostgreSQL cannot serve us right now" (refused or broken connection, pool exhausted, no connection slots,
/// server starting or shutting down) from every other failure. Those are answered 503 with Retry-After and
/// SERVICE_UNAVAILABLE, by the GraphQL error masking and by the HTTP edge alike: the client did nothing wrong and
/// may simply try again, and INTERNAL would send someone looking for a bug.
/// </summary>
public static class DatabaseUnavailable
{
    /// <summary>Seconds a client is asked to wait (Retry-After).</summary>
    public const int RetryAfterSeconds = 2;

    public static bool Is(Exception? exception)
    {
        // Marten and GraphQL.NET wrap the Npgsql exception: look through the whole chain.
        for (var e = exception; e != null; e = e.InnerException)
        {
            if (e is AggregateException aggregate) return aggregate.InnerExceptions.Any(Is);
            if (e is PostgresException postgres) return IsUnavailableState(postgres.SqlState);
            // Not a server error: connecting or reading failed (refused, reset, timed out, pool exhausted).
            if (e is NpgsqlException npgsql && npgsql.IsTransient) return true;
            if (e is SocketException) return true;
        }
        return false;
    }

    /// <summary>
    /// Connection exceptions (class 08), insufficient resources (class 53, e.g. 53300 too_many_connections) and the
    /// server starting, stopping or being restarted (57P01–57P03). Serialization failures and deadlocks are transient
    /// too, but they are ours to retry, not the client's.
    /// </summary>
    public static bool IsUnavailableState(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal) || sqlState.StartsWith("53", StringComparison.Ordinal)
        || sqlState is "57P01" or "57P02" or "57P03";
}
