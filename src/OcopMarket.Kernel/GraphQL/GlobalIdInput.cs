namespace OcopMarket.Kernel.GraphQL;

/// <summary>Global ids in mutation inputs: a malformed id or one of another type is a VALIDATION user error, not a thrown error.</summary>
public static class GlobalIdInput
{
    public static bool TryRead(string globalId, string type, out Guid id, out UserError? error, params string[] field)
    {
        if (GlobalId.TryDecode(globalId, out var actual, out id) && actual == type)
        {
            error = null;
            return true;
        }
        error = UserError.Of(UserErrorCodes.Validation, $"'{globalId}' is not a valid {type} id.", field);
        return false;
    }
}
