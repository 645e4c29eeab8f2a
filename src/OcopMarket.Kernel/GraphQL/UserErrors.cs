using GraphQL.Types;

namespace OcopMarket.Kernel.GraphQL;

public sealed class UserErrorType : ObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Description = "An expected failure of a mutation: a stable code to switch on, the input field at fault, and a message.";
        Field(x => x.Code).Description("VALIDATION, NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, CONFLICT, OUT_OF_STOCK, INVALID_TRANSITION, …");
        Field(x => x.Message).Description("For people, in the caller's language (Accept-Language: vi or en); switch on code, not on this.")
            .Resolve(ctx => ctx.Service<Messages>().Localize(ctx.Source.Message));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("field")
            .Description("Path to the input field at fault, e.g. [\"input\", \"lines\", \"0\", \"quantity\"]; empty when the error is not about one field.")
            .Resolve(ctx => ctx.Source.Field);
    }
}

public static class PayloadFields
{
    /// <summary>Adds the non-null userErrors list every payload type carries.</summary>
    public static void AddUserErrors<T>(this ObjectGraphType<T> type) where T : Payload =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors")
            .Resolve(ctx => ctx.Source.UserErrors);
}
