using System.Text;
using GraphQL.Types;

namespace OcopMarket.Kernel.GraphQL;

/// <summary>Relay global ids: opaque base64url of "Type:guid", so one node(id) field can find any object.</summary>
public static class GlobalId
{
    public static string Encode(string type, Guid id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{id:N}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryDecode(string globalId, out string type, out Guid id)
    {
        type = "";
        id = Guid.Empty;
        try
        {
            var base64 = globalId.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(base64)).Split(':');
            if (parts.Length != 2 || !Guid.TryParseExact(parts[1], "N", out id)) return false;
            type = parts[0];
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Decodes an id that must name the given type, or refuses it with BAD_USER_INPUT.</summary>
    public static Guid Require(string globalId, string type) =>
        TryDecode(globalId, out var actual, out var id) && actual == type
            ? id
            : throw new ClientError(ErrorCodes.BadUserInput, $"'{globalId}' is not a valid {type} id.");
}

/// <summary>The Relay Node interface: anything with a global id.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global id, fetchable with node(id).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global id.");
    }
}

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Relay page information. hasPreviousPage (with first/after) and hasNextPage (with last/before) say whether a cursor was given.";
        Field(x => x.HasNextPage);
        Field(x => x.HasPreviousPage);
        Field(x => x.StartCursor, nullable: true);
        Field(x => x.EndCursor, nullable: true);
    }
}

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
