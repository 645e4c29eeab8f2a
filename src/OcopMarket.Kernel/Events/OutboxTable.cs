using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace OcopMarket.Kernel.Events;

/// <summary>
/// The outbox: events the modules record in the same transaction as their change (<see cref="EventOutbox"/>), and each
/// consumer's position in it (<see cref="OutboxDispatcher"/>). <c>tx</c> is the recording transaction's id
/// (pg_current_xact_id): the dispatcher reads only events of transactions older than every transaction still running,
/// in (tx, seq) order, so an event committed late can never fall behind a position that already moved past it.
/// </summary>
internal static class OutboxTable
{
    public const string Name = "ocop_outbox";
    public const string Consumers = "ocop_outbox_consumer";
    public const string Sequence = "ocop_outbox_seq";

    public static IEnumerable<Weasel.Core.ISchemaObject> Define(string schema)
    {
        yield return new Sequence(new PostgresqlObjectName(schema, Sequence));

        var events = new Table(new PostgresqlObjectName(schema, Name));
        events.AddColumn<long>("seq").AsPrimaryKey();
        events.AddColumn<Guid>("id").NotNull();
        events.AddColumn<long>("tx").NotNull();
        events.AddColumn<string>("type").NotNull();
        events.AddColumn<string>("subject").NotNull();
        events.AddColumn("occurred_at", "timestamptz").NotNull();
        events.AddColumn("cooperative_ids", "uuid[]").NotNull();
        events.AddColumn<Guid>("buyer_id");
        events.AddColumn<bool>("public").NotNull();
        events.AddColumn("data", "jsonb").NotNull();
        // One event per id: a job that records the same fact twice (two processes, a rerun) records it once.
        events.Indexes.Add(new IndexDefinition("ux_outbox_id") { IsUnique = true }.AgainstColumns("id"));
        events.Indexes.Add(new IndexDefinition("ix_outbox_position").AgainstColumns("tx", "seq"));
        yield return events;

        var consumers = new Table(new PostgresqlObjectName(schema, Consumers));
        consumers.AddColumn<string>("name").AsPrimaryKey();
        consumers.AddColumn<long>("position_tx").NotNull().DefaultValue(0);
        consumers.AddColumn<long>("position_seq").NotNull().DefaultValue(0);
        consumers.AddColumn("updated_at", "timestamptz");
        yield return consumers;
    }
}
