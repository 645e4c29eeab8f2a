using JasperFx;
using Marten;
using Npgsql;

namespace OcopMarket.Kernel.Persistence;

/// <summary>
/// Saves a unit of work and turns the expected races into a CONFLICT user error instead of a 500: a unique index
/// refusing a duplicate (a pre-check passed, but another request won), or a numeric revision that moved on since the
/// document was read (optimistic concurrency). Nothing of the unit of work is stored in either case.
/// </summary>
public static class SaveConflicts
{
    public const string StaleMessage = "Someone else changed this since you read it. Reload it and apply your change again.";

    public static async Task<UserError?> SaveAsync(IDocumentSession session, CancellationToken ct, string duplicateMessage,
        params string[] field)
    {
        try
        {
            await session.SaveChangesAsync(ct);
            return null;
        }
        catch (Exception ex) when (IsStale(ex))
        {
            // Later mutations of the same request share this session: they must not re-send the refused changes.
            session.EjectAllPendingChanges();
            return UserError.Of(UserErrorCodes.Conflict, StaleMessage, field.Length > 0 ? field : ["input", "expectedVersion"]);
        }
        catch (Exception ex) when (IsDuplicate(ex))
        {
            session.EjectAllPendingChanges();
            return UserError.Of(UserErrorCodes.Conflict, duplicateMessage.Length > 0 ? duplicateMessage : "This already exists.", field);
        }
    }

    public static bool IsStale(Exception ex) => ex switch
    {
        ConcurrencyException => true,
        AggregateException a => a.InnerExceptions.Any(IsStale),
        _ => ex.InnerException != null && IsStale(ex.InnerException)
    };

    public static bool IsDuplicate(Exception ex) => ex switch
    {
        DocumentAlreadyExistsException => true,
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        AggregateException a => a.InnerExceptions.Any(IsDuplicate),
        _ => ex.InnerException != null && IsDuplicate(ex.InnerException)
    };
}
