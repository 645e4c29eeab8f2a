using System.Text;
using GraphQL.Types;
using Npgsql;

namespace OcopMarket.Kernel.GraphQL;

/// <summary>One keyset page: the nodes with their cursors, and whether more lie on either side.</summary>
public sealed record Page<T>(IReadOnlyList<(T Node, string Cursor)> Edges, bool HasNextPage, bool HasPreviousPage)
{
    /// <summary>Counts every node of the connection (all pages); run only when a client asks for totalCount.</summary>
    public Func<CancellationToken, Task<int>>? Count { get; init; }

    /// <summary>From rows fetched with limit first + 1: the extra row only says there is a next page.</summary>
    public static Page<T> FromOverfetch(List<(T Node, string Cursor)> rows, int first, bool hasPrevious,
        Func<CancellationToken, Task<int>>? count = null)
    {
        var more = rows.Count > first;
        if (more) rows.RemoveAt(first);
        return new Page<T>(rows, more, hasPrevious) { Count = count };
    }
}

/// <summary>A connection's total, counted later by its own command (the page's command is gone by then).</summary>
public static class DeferredCount
{
    /// <summary>
    /// <paramref name="fromAndWhere"/> is the page query's "from … where …" without its cursor condition, and
    /// <paramref name="parameters"/> the values it names ($1, $2… or @name); they are copied now.
    /// </summary>
    public static Func<CancellationToken, Task<int>> Of(NpgsqlDataSource db, string fromAndWhere, IEnumerable<NpgsqlParameter> parameters)
    {
        var copies = parameters.Select(p => p.Clone()).ToList();
        return async ct =>
        {
            await using var command = db.CreateCommand($"select count(*) {fromAndWhere}");
            foreach (var p in copies) command.Parameters.Add(p.Clone());
            return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        };
    }
}

/// <summary>
/// Opaque cursors: base64url of "kind|part|part…". A cursor of another kind, or one that does not parse, is refused
/// with INVALID_CURSOR rather than silently giving a wrong page.
/// </summary>
public static class OpaqueCursor
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Encode(string kind, params string[] parts) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(kind + "|" + string.Join('|', parts))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The parts after the kind, or INVALID_CURSOR.</summary>
    public static string[] Decode(string cursor, string kind, int parts)
    {
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            // Strict UTF-8 and no NUL: a forged cursor's parts reach SQL as text, where either would fail as INTERNAL.
            var text = StrictUtf8.GetString(Convert.FromBase64String(base64));
            var split = text.Split('|');
            if (split.Length == parts + 1 && split[0] == kind && !text.Contains('\0')) return split[1..];
        }
        catch (Exception e) when (e is FormatException or ArgumentException) // DecoderFallbackException is an ArgumentException
        {
        }
        throw Invalid();
    }

    public static ClientError Invalid() =>
        new(ErrorCodes.InvalidCursor, "The cursor is not valid; use a cursor returned by this connection.");
}

/// <summary>A Relay connection (edges { cursor node }, nodes, pageInfo) over a <see cref="Page{T}"/>.</summary>
public class ConnectionType<TNode, TNodeType> : ObjectGraphType<Page<TNode>> where TNodeType : IGraphType
{
    public ConnectionType(string nodeName)
    {
        Name = nodeName + "Connection";
        var edge = new ObjectGraphType<(TNode Node, string Cursor)> { Name = nodeName + "Edge" };
        edge.Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(ctx => ctx.Source.Cursor);
        edge.Field<NonNullGraphType<TNodeType>>("node").Resolve(ctx => ctx.Source.Node);
        Field("edges", new NonNullGraphType(new ListGraphType(new NonNullGraphType(edge)))).Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Resolve(ctx => ctx.Source.Edges.Select(e => e.Node).ToList());
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(ctx => new PageInfo(ctx.Source.HasNextPage, ctx.Source.HasPreviousPage,
            ctx.Source.Edges.Count > 0 ? ctx.Source.Edges[0].Cursor : null, ctx.Source.Edges.Count > 0 ? ctx.Source.Edges[^1].Cursor : null));
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description($"Number of {nodeName} nodes the same arguments select (all pages), counted only when asked for.")
            .ResolveAsync(async ctx => await (ctx.Source.Count
                ?? throw new InvalidOperationException($"{Name}'s page was built without a count."))(ctx.CancellationToken));
    }
}
