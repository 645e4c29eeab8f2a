namespace OcopMarket.Payments;

/// <summary>
/// An expected, caller-caused payment failure (bad amount, bad account, provider not configured…). Ordering turns it into a
/// mutation payload's typed user error; exceptions stay for the unexpected.
/// </summary>
public sealed record PaymentError(string Code, string Field, string Message);

/// <summary>The codes a <see cref="PaymentError"/> carries, so clients can switch on them.</summary>
public static class PaymentErrorCodes
{
    public const string Invalid = "INVALID";
    public const string AmountTooLarge = "AMOUNT_TOO_LARGE";
    public const string NotConfigured = "PAYMENT_METHOD_NOT_CONFIGURED";
    public const string AlreadyPaid = "ALREADY_PAID";
    /// <summary>Stripe could not be reached or refused the request; trying again later may work.</summary>
    public const string ProviderUnavailable = "PAYMENT_PROVIDER_UNAVAILABLE";
    /// <summary>The bank transfer was assigned or dismissed already (perhaps by another admin a moment ago).</summary>
    public const string AlreadyResolved = "ALREADY_RESOLVED";
}
