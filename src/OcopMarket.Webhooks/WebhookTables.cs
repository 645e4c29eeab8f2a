using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace OcopMarket.Webhooks;

/// <summary>
/// Registered endpoints. An endpoint belongs to an admin user (owner_user_id; any event) or to an API key
/// (owner_api_key_id; public events only, public_only). No secret is stored: it is derived from the configured key and
/// secret_version (<see cref="WebhookSecrets"/>). failing_since is the first failure since the last success: the
/// endpoint is disabled when it is older than Webhooks:DisableAfter.
/// </summary>
internal static class EndpointTable
{
    public const string Name = "ocop_webhook_endpoint";

    public static Table Define(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, Name));
        table.AddColumn<Guid>("id").AsPrimaryKey();
        table.AddColumn<string>("url").NotNull();
        table.AddColumn("events", "text[]").NotNull();
        table.AddColumn<Guid>("owner_user_id");
        table.AddColumn<Guid>("owner_api_key_id");
        table.AddColumn<bool>("public_only").NotNull();
        table.AddColumn<bool>("enabled").NotNull();
        table.AddColumn<string>("disabled_reason");
        table.AddColumn<int>("secret_version").NotNull().DefaultValue(1);
        table.AddColumn("created_at", "timestamptz").NotNull();
        table.AddColumn("updated_at", "timestamptz").NotNull();
        table.AddColumn("last_success_at", "timestamptz");
        table.AddColumn("failing_since", "timestamptz");
        table.Indexes.Add(new IndexDefinition("ix_webhook_endpoint_user").AgainstColumns("owner_user_id"));
        table.Indexes.Add(new IndexDefinition("ix_webhook_endpoint_key").AgainstColumns("owner_api_key_id"));
        return table;
    }
}

/// <summary>
/// One event for one endpoint: created by <see cref="WebhookConsumer"/> in the dispatcher's transaction (once per event
/// and endpoint), posted by <see cref="DeliveryWorker"/>. The payload is frozen when the delivery is created, so every
/// attempt and redelivery sends the same bytes. leased_until: a process is posting it until then.
/// </summary>
internal static class DeliveryTable
{
    public const string Name = "ocop_webhook_delivery";

    public static Table Define(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, Name));
        table.AddColumn<Guid>("id").AsPrimaryKey();
        table.AddColumn<Guid>("endpoint_id").NotNull();
        table.AddColumn<Guid>("event_id").NotNull();
        table.AddColumn<long>("event_seq").NotNull();
        table.AddColumn<string>("event_type").NotNull();
        table.AddColumn<string>("subject").NotNull();
        table.AddColumn<string>("payload").NotNull();
        table.AddColumn<string>("status").NotNull();
        table.AddColumn<int>("attempts").NotNull().DefaultValue(0);
        table.AddColumn("next_attempt_at", "timestamptz").NotNull();
        table.AddColumn("first_attempt_at", "timestamptz");
        table.AddColumn("leased_until", "timestamptz");
        table.AddColumn<int>("last_status_code");
        table.AddColumn<string>("last_error");
        table.AddColumn("delivered_at", "timestamptz");
        table.AddColumn("created_at", "timestamptz").NotNull();
        table.Indexes.Add(new IndexDefinition("ux_webhook_delivery_event") { IsUnique = true }.AgainstColumns("endpoint_id", "event_id"));
        table.Indexes.Add(new IndexDefinition("ix_webhook_delivery_endpoint").AgainstColumns("endpoint_id", "event_seq"));
        table.Indexes.Add(new IndexDefinition("ix_webhook_delivery_due") { Predicate = "status = 'PENDING'" }
            .AgainstColumns("next_attempt_at"));
        table.Indexes.Add(new IndexDefinition("ix_webhook_delivery_subject") { Predicate = "status = 'PENDING'" }
            .AgainstColumns("endpoint_id", "subject", "event_seq"));
        return table;
    }
}

/// <summary>The delivery log: one row per attempt, with what the receiver answered.</summary>
internal static class AttemptTable
{
    public const string Name = "ocop_webhook_attempt";

    public static Table Define(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, Name));
        table.AddColumn<Guid>("delivery_id").AsPrimaryKey();
        table.AddColumn<int>("number").AsPrimaryKey();
        table.AddColumn("at", "timestamptz").NotNull();
        table.AddColumn<int>("status_code");
        table.AddColumn<int>("duration_ms").NotNull();
        table.AddColumn<string>("error");
        table.AddColumn<string>("response_excerpt");
        return table;
    }
}
