using System.Globalization;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace OcopMarket.Notifications;

/// <summary>A notification as its reader gets it; <see cref="NotificationTexts"/> turns it into words and a link.</summary>
public sealed record NotificationView(
    Guid Id, Recipient Recipient, string Type, string Subject, JsonElement Data, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

public sealed class MarkReadPayload : Payload
{
    public int Marked { get; init; }
    public int UnreadCount { get; init; }
}

public sealed class MarkReadInput
{
    public List<string>? Ids { get; set; }
    public bool? All { get; set; }
}

/// <summary>
/// A signed-in user's own notifications: every statement is bound to the caller's user id, so nobody reads or marks
/// another's (whatever tenant they belong to).
/// </summary>
public sealed class NotificationInbox(NpgsqlDataSource db, DatabaseSchema schema, TimeProvider clock)
{
    public const string NodeName = "Notification";
    private const string CursorKind = "notification";
    private string Table => schema.Table(NotificationTable.Name);

    private const string Columns = "id, recipient, type, subject, data::text, created_at, read_at";

    /// <summary>Newest first; a keyset page after the cursor, counted only when asked.</summary>
    public async Task<Page<NotificationView>> PageAsync(Viewer viewer, int first, string? after, bool unreadOnly, CancellationToken ct)
    {
        var user = Demand(viewer);
        var where = "where user_id = @user" + (unreadOnly ? " and read_at is null" : "");
        var parameters = new List<NpgsqlParameter> { new("user", user) };
        var cursor = "";
        if (after != null)
        {
            var parts = OpaqueCursor.Decode(after, CursorKind, 2);
            if (!DateTimeOffset.TryParseExact(parts[0], "O", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                || !Guid.TryParse(parts[1], out var id)) throw OpaqueCursor.Invalid();
            cursor = " and (created_at, id) < (@at, @id)";
            parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.TimestampTz) { Value = at.ToUniversalTime() });
            parameters.Add(new NpgsqlParameter("id", id));
        }
        var from = $"from {Table} {where}";
        await using var command = db.CreateCommand($"select {Columns} {from}{cursor} order by created_at desc, id desc limit @limit");
        foreach (var p in parameters) command.Parameters.Add(p.Clone());
        command.Parameters.AddWithValue("limit", first + 1);
        var rows = new List<(NotificationView Node, string Cursor)>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var view = Read(reader);
                rows.Add((view, OpaqueCursor.Encode(CursorKind, view.CreatedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), view.Id.ToString("N"))));
            }
        }
        return Page<NotificationView>.FromOverfetch(rows, first, after != null,
            DeferredCount.Of(db, from, parameters.Where(p => p.ParameterName == "user")));
    }

    public async Task<int> UnreadCountAsync(Viewer viewer, CancellationToken ct) => await UnreadCountAsync(Demand(viewer), ct);

    public async Task<int> UnreadCountAsync(Guid user, CancellationToken ct)
    {
        await using var command = db.CreateCommand($"select count(*) from {Table} where user_id = @user and read_at is null");
        command.Parameters.AddWithValue("user", user);
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    /// <summary>The user's newest notification, read or not; null when they have none.</summary>
    public async Task<NotificationView?> LatestAsync(Guid user, CancellationToken ct)
    {
        await using var command = db.CreateCommand($"select {Columns} from {Table} where user_id = @user order by created_at desc, id desc limit 1");
        command.Parameters.AddWithValue("user", user);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Read(reader) : null;
    }

    /// <summary>
    /// Marks the given notifications (or all) read. All or nothing: an id that is not one of the caller's own is
    /// NOT_FOUND, whoever it belongs to, and nothing is marked.
    /// </summary>
    public async Task<MarkReadPayload> MarkReadAsync(Viewer viewer, MarkReadInput input, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.Admin, Role.CooperativeManager, Role.Buyer) is { } denied) return new MarkReadPayload { UserErrors = [denied] };
        var user = viewer.UserId!.Value;
        var all = input.All == true;
        var ids = new List<Guid>();
        var texts = input.Ids ?? [];
        if (!all && texts.Count == 0)
            return new MarkReadPayload
            {
                UserErrors = [UserError.Of(UserErrorCodes.Validation, "Give the ids of the notifications to mark read, or all: true.", "input", "ids")],
                UnreadCount = await UnreadCountAsync(user, ct)
            };
        if (texts.Count > 500)
            return new MarkReadPayload
            {
                UserErrors = [UserError.Of(UserErrorCodes.Validation, "Mark at most 500 notifications at once, or use all: true.", "input", "ids")],
                UnreadCount = await UnreadCountAsync(user, ct)
            };
        for (var i = 0; i < texts.Count; i++)
        {
            if (!GlobalId.TryDecode(texts[i], out var type, out var id) || type != NodeName)
                return new MarkReadPayload
                {
                    UserErrors = [UserError.Of(UserErrorCodes.NotFound, "You have no notification with this id.", "input", "ids", i.ToString(CultureInfo.InvariantCulture))],
                    UnreadCount = await UnreadCountAsync(user, ct)
                };
            ids.Add(id);
        }

        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (!all)
        {
            await using var mine = new NpgsqlCommand($"select id from {Table} where user_id = @user and id = any(@ids)", connection, transaction);
            mine.Parameters.AddWithValue("user", user);
            mine.Parameters.AddWithValue("ids", ids.ToArray());
            var found = new HashSet<Guid>();
            await using (var reader = await mine.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct)) found.Add(reader.GetGuid(0));
            var missing = ids.FindIndex(id => !found.Contains(id));
            if (missing >= 0)
                return new MarkReadPayload
                {
                    UserErrors = [UserError.Of(UserErrorCodes.NotFound, "You have no notification with this id.", "input", "ids", missing.ToString(CultureInfo.InvariantCulture))],
                    UnreadCount = await UnreadCountAsync(user, ct)
                };
        }
        await using var mark = new NpgsqlCommand(
            $"update {Table} set read_at = @now where user_id = @user and read_at is null" + (all ? "" : " and id = any(@ids)"),
            connection, transaction);
        mark.Parameters.AddWithValue("user", user);
        mark.Parameters.AddWithValue("now", clock.GetUtcNow().ToUniversalTime());
        if (!all) mark.Parameters.AddWithValue("ids", ids.ToArray());
        var marked = await mark.ExecuteNonQueryAsync(ct);
        // The user's other open streams (other tabs, the phone) learn the new count too.
        if (marked > 0)
        {
            await using var signal = new NpgsqlCommand("select pg_notify(@channel, @users)", connection, transaction);
            signal.Parameters.AddWithValue("channel", NotificationSignals.Channel(schema));
            signal.Parameters.AddWithValue("users", user.ToString());
            await signal.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return new MarkReadPayload { Marked = marked, UnreadCount = await UnreadCountAsync(user, ct) };
    }

    /// <summary>Only signed-in people have notifications; an API key (a shop) has none.</summary>
    public static Guid Demand(Viewer viewer)
    {
        viewer.DemandRole(Role.Admin, Role.CooperativeManager, Role.Buyer);
        return viewer.UserId!.Value;
    }

    private static NotificationView Read(NpgsqlDataReader reader)
    {
        using var data = JsonDocument.Parse(reader.GetString(4));
        return new NotificationView(reader.GetGuid(0), NotificationRules.Parse(reader.GetString(1)), reader.GetString(2), reader.GetString(3),
            data.RootElement.Clone(), reader.GetFieldValue<DateTimeOffset>(5),
            reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6));
    }
}
