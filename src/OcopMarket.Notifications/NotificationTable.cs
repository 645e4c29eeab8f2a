using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace OcopMarket.Notifications;

/// <summary>
/// One row per recipient and event: the consumer writes them in the dispatcher's transaction, and (user_id, event_id)
/// is unique, so an event can never notify a user twice. The text is not stored: it is rendered from type and data
/// in the reader's language when read.
/// </summary>
internal static class NotificationTable
{
    public const string Name = "ocop_notification";

    public static Weasel.Core.ISchemaObject Define(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, Name));
        table.AddColumn<Guid>("id").AsPrimaryKey();
        table.AddColumn<Guid>("user_id").NotNull();
        // cooperative, buyer or admin: what the user was told as, which decides the link.
        table.AddColumn<string>("recipient").NotNull();
        table.AddColumn<Guid>("event_id").NotNull();
        table.AddColumn<string>("type").NotNull();
        table.AddColumn<string>("subject").NotNull();
        table.AddColumn("data", "jsonb").NotNull();
        table.AddColumn("created_at", "timestamptz").NotNull();
        table.AddColumn("read_at", "timestamptz");
        table.Indexes.Add(new IndexDefinition("ux_notification_user_event") { IsUnique = true }.AgainstColumns("user_id", "event_id"));
        // The list, newest first, and the unread count.
        table.Indexes.Add(new IndexDefinition("ix_notification_user_created").AgainstColumns("user_id", "created_at", "id"));
        table.Indexes.Add(new IndexDefinition("ix_notification_user_unread") { Predicate = "read_at is null" }.AgainstColumns("user_id"));
        return table;
    }
}
