namespace OcopMarket.Kernel;

/// <summary>
/// Why the alliance verified or suspended a member: kept on the member and shown to it. A suspension should say why
/// (the business needs to know what to put right); it is not required yet because the console does not ask for one.
/// </summary>
public static class StatusReasons
{
    public const int MaxLength = 500;

    /// <summary>The reason trimmed (null when blank), or the user error that refuses it.</summary>
    public static (string? Reason, UserError? Error) Check(string? reason, bool required)
    {
        var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (trimmed == null && required)
            return (null, UserError.Of(UserErrorCodes.Validation, "Say why: the member sees the reason and needs it to put things right.", "input", "reason"));
        if (trimmed is { Length: > MaxLength })
            return (null, UserError.Of(UserErrorCodes.Validation, $"A reason has at most {MaxLength} characters.", "input", "reason"));
        return (trimmed, null);
    }
}
