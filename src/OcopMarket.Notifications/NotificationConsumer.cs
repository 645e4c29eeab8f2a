using Npgsql;
using NpgsqlTypes;
using OcopMarket.Identity;
using OcopMarket.Kernel.Events;

namespace OcopMarket.Notifications;

/// <summary>
/// The outbox consumer "notifications": for each event a role is told of (<see cref="NotificationRules"/>), one row per
/// member of the tenants in the event's audience, written in the dispatcher's transaction (so exactly once, with the
/// consumer's position). The users told are signalled with pg_notify in the same transaction: PostgreSQL delivers it
/// at commit, to every API process, whose open streams then send the new unread count.
/// </summary>
public sealed class NotificationConsumer(TenantMembers members, DatabaseSchema schema, TimeProvider clock) : IOutboxConsumer
{
    public const string ConsumerName = "notifications";

    /// <summary>pg_notify's payload is at most 8000 bytes: user ids go in chunks of this many (37 bytes each).</summary>
    private const int IdsPerSignal = 200;

    public string Name => ConsumerName;

    public bool Handles(string type) => NotificationRules.Notifies(type);

    public async Task HandleAsync(IReadOnlyList<OutboxEvent> events, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var membership = await members.FindAsync(
            events.Where(e => NotificationRules.TellsManagers(e.Type)).SelectMany(e => e.Audience.CooperativeIds).ToHashSet(),
            events.Where(e => NotificationRules.TellsBuyers(e.Type) && e.Audience.BuyerId != null).Select(e => e.Audience.BuyerId!.Value).ToHashSet(),
            events.Any(e => NotificationRules.TellsAdmins(e.Type)), ct);

        var rows = events.SelectMany(e => Recipients(e, membership).Select(r => (Event: e, r.User, r.Kind))).ToList();
        if (rows.Count == 0) return;

        await using var insert = new NpgsqlCommand($"""
            insert into {schema.Table(NotificationTable.Name)} (id, user_id, recipient, event_id, type, subject, data, created_at)
            select id, user_id, recipient, event_id, type, subject, data::jsonb, created_at
            from unnest(@ids, @users, @recipients, @events, @types, @subjects, @data, @at)
                as t(id, user_id, recipient, event_id, type, subject, data, created_at)
            on conflict (user_id, event_id) do nothing
            returning user_id
            """, transaction.Connection, transaction);
        insert.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid)
            { Value = rows.Select(r => Guid.CreateVersion7(clock.GetUtcNow())).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter("users", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = rows.Select(r => r.User).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter("recipients", NpgsqlDbType.Array | NpgsqlDbType.Text)
            { Value = rows.Select(r => NotificationRules.Name(r.Kind)).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter("events", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = rows.Select(r => r.Event.Id).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter("types", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(r => r.Event.Type).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter("subjects", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(r => r.Event.Subject).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter("data", NpgsqlDbType.Array | NpgsqlDbType.Text)
            { Value = rows.Select(r => r.Event.Data.GetRawText()).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz)
            { Value = rows.Select(r => r.Event.OccurredAt.ToUniversalTime()).ToArray() });

        var told = new HashSet<Guid>();
        await using (var reader = await insert.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) told.Add(reader.GetGuid(0));
        }
        foreach (var chunk in told.Chunk(IdsPerSignal))
        {
            await using var signal = new NpgsqlCommand("select pg_notify(@channel, @users)", transaction.Connection, transaction);
            signal.Parameters.AddWithValue("channel", NotificationSignals.Channel(schema));
            signal.Parameters.AddWithValue("users", string.Join(',', chunk));
            await signal.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Who hears of one event, each user once (a user is in one tenant, so in one role).</summary>
    internal static IEnumerable<(Guid User, Recipient Kind)> Recipients(OutboxEvent e, TenantMembership membership)
    {
        var seen = new HashSet<Guid>();
        if (NotificationRules.TellsManagers(e.Type))
            foreach (var cooperative in e.Audience.CooperativeIds)
            foreach (var user in membership.ManagersOf(cooperative))
                if (seen.Add(user)) yield return (user, Recipient.Cooperative);
        if (NotificationRules.TellsBuyers(e.Type) && e.Audience.BuyerId is { } buyer)
            foreach (var user in membership.MembersOf(buyer))
                if (seen.Add(user)) yield return (user, Recipient.Buyer);
        if (NotificationRules.TellsAdmins(e.Type))
            foreach (var user in membership.Admins)
                if (seen.Add(user)) yield return (user, Recipient.Admin);
    }
}
