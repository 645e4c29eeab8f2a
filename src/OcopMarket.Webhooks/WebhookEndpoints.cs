using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace OcopMarket.Webhooks;

/// <summary>A registered endpoint, as read from its row.</summary>
internal sealed record WebhookEndpoint(
    Guid Id, string Url, IReadOnlyList<string> Events, Guid? OwnerUserId, Guid? OwnerApiKeyId, bool PublicOnly, bool Enabled,
    string? DisabledReason, int SecretVersion, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? LastSuccessAt,
    DateTimeOffset? FailingSince);

public sealed class CreateWebhookEndpointInput
{
    public string Url { get; set; } = "";
    public List<string> Events { get; set; } = [];
}

public sealed class UpdateWebhookEndpointInput
{
    public string Id { get; set; } = "";
    public string? Url { get; set; }
    public List<string>? Events { get; set; }
    public bool? Enabled { get; set; }
}

internal sealed class WebhookEndpointPayload : Payload
{
    public WebhookEndpoint? Endpoint { get; init; }
    /// <summary>The signing secret: only in the answers to createWebhookEndpoint and rotateWebhookSecret.</summary>
    public string? Secret { get; init; }
    public string? DeletedId { get; init; }
}

/// <summary>
/// Who owns an endpoint: an API key (its events must be public) or an admin user (any event). Owners see and change
/// their own endpoints; admins also see every endpoint and may switch any off or delete it (to stop a receiver that
/// misbehaves), but only the owner changes its URL and events, rotates its secret or asks for a redelivery.
/// </summary>
internal readonly record struct WebhookOwner(Guid? UserId, Guid? ApiKeyId, bool PublicOnly, bool IsAdmin)
{
    public static (WebhookOwner? Owner, UserError? Error) Of(Viewer viewer) =>
        viewer.IsApiClient ? (new WebhookOwner(null, viewer.ApiKeyId, true, false), null)
        : viewer.IsAdmin ? (new WebhookOwner(viewer.UserId, null, false, true), null)
        : viewer.IsUser ? (null, UserError.Of(UserErrorCodes.Forbidden, "Webhooks are for admins and for API-key clients (X-Api-Key)."))
        : (null, UserError.Of(UserErrorCodes.Unauthenticated, "Sign in as an admin, or call with an API key (X-Api-Key)."));

    public bool Owns(WebhookEndpoint e) => (UserId != null && e.OwnerUserId == UserId) || (ApiKeyId != null && e.OwnerApiKeyId == ApiKeyId);
    public bool MaySee(WebhookEndpoint e) => IsAdmin || Owns(e);
}

/// <summary>Registering, listing, changing and deleting endpoints; the rules are in <see cref="WebhookRules"/>.</summary>
internal sealed class WebhookEndpoints(NpgsqlDataSource db, DatabaseSchema schema, Viewer viewer, WebhookSecrets secrets,
    WebhookAddresses addresses, IOptions<WebhookOptions> options, TimeProvider clock)
{
    public const string NotConfigured = "NOT_CONFIGURED";
    private string Endpoints => schema.Table(EndpointTable.Name);
    private string Deliveries => schema.Table(DeliveryTable.Name);
    private string Attempts => schema.Table(AttemptTable.Name);

    private const string Columns =
        "id, url, events, owner_user_id, owner_api_key_id, public_only, enabled, disabled_reason, secret_version, created_at, updated_at, last_success_at, failing_since";

    public async Task<WebhookEndpointPayload> CreateAsync(CreateWebhookEndpointInput input, CancellationToken ct)
    {
        var (owner, denied) = WebhookOwner.Of(viewer);
        if (owner is not { } o) return Fail(denied!);
        if (!secrets.Configured)
            return Fail(UserError.Of(NotConfigured, "Webhooks are not configured on this server (Webhooks:SigningKey is not set)."));
        var errors = await CheckAsync(input.Url, input.Events, o.PublicOnly, ct);
        if (errors.Count > 0) return new WebhookEndpointPayload { UserErrors = errors };

        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        // One owner's endpoints are counted under a lock on the owner, so two registrations at once cannot pass the limit.
        await using (var lockOwner = new NpgsqlCommand("select pg_advisory_xact_lock(hashtext(@owner))", connection, transaction))
        {
            lockOwner.Parameters.AddWithValue("owner", "webhooks:" + (o.UserId ?? o.ApiKeyId));
            await lockOwner.ExecuteNonQueryAsync(ct);
        }
        await using (var count = new NpgsqlCommand($"select count(*) from {Endpoints} where owner_user_id = @user or owner_api_key_id = @key", connection, transaction))
        {
            count.Parameters.Add(new NpgsqlParameter("user", NpgsqlDbType.Uuid) { Value = (object?)o.UserId ?? DBNull.Value });
            count.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Uuid) { Value = (object?)o.ApiKeyId ?? DBNull.Value });
            if ((long)(await count.ExecuteScalarAsync(ct))! >= options.Value.MaxEndpointsPerOwner)
                return Fail(UserError.Of(UserErrorCodes.Conflict, $"You may register at most {options.Value.MaxEndpointsPerOwner} endpoints."));
        }
        var now = clock.GetUtcNow();
        var endpoint = new WebhookEndpoint(Guid.CreateVersion7(now), input.Url.Trim(), WebhookRules.Normalize(input.Events), o.UserId, o.ApiKeyId,
            o.PublicOnly, true, null, 1, now, now, null, null);
        await using (var insert = new NpgsqlCommand($"""
            insert into {Endpoints} ({Columns})
            values (@id, @url, @events, @user, @key, @public_only, true, null, 1, @now, @now, null, null)
            """, connection, transaction))
        {
            insert.Parameters.AddWithValue("id", endpoint.Id);
            insert.Parameters.AddWithValue("url", endpoint.Url);
            insert.Parameters.AddWithValue("events", endpoint.Events.ToArray());
            insert.Parameters.Add(new NpgsqlParameter("user", NpgsqlDbType.Uuid) { Value = (object?)o.UserId ?? DBNull.Value });
            insert.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Uuid) { Value = (object?)o.ApiKeyId ?? DBNull.Value });
            insert.Parameters.AddWithValue("public_only", o.PublicOnly);
            insert.Parameters.AddWithValue("now", now);
            await insert.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return new WebhookEndpointPayload { Endpoint = endpoint, Secret = secrets.SecretFor(endpoint.Id, endpoint.SecretVersion) };
    }

    public async Task<WebhookEndpointPayload> UpdateAsync(UpdateWebhookEndpointInput input, CancellationToken ct)
    {
        var (owner, denied) = WebhookOwner.Of(viewer);
        if (owner is not { } o) return Fail(denied!);
        var (endpoint, error) = await FindForChangeAsync(input.Id, o, ownerOnly: input.Url != null || input.Events != null, ct);
        if (endpoint == null) return Fail(error!);
        var errors = await CheckAsync(input.Url ?? endpoint.Url, input.Events ?? endpoint.Events.ToList(), endpoint.PublicOnly, ct,
            checkUrl: input.Url != null);
        if (errors.Count > 0) return new WebhookEndpointPayload { UserErrors = errors };

        var enabled = input.Enabled ?? endpoint.Enabled;
        await using var command = db.CreateCommand($"""
            update {Endpoints} set url = @url, events = @events, enabled = @enabled, updated_at = @now,
              disabled_reason = case when @enabled then null when enabled then @reason else disabled_reason end,
              failing_since = case when @enabled and not enabled then null else failing_since end
            where id = @id returning {Columns}
            """);
        command.Parameters.AddWithValue("id", endpoint.Id);
        command.Parameters.AddWithValue("url", input.Url?.Trim() ?? endpoint.Url);
        command.Parameters.AddWithValue("events", (input.Events is { } events ? WebhookRules.Normalize(events) : endpoint.Events).ToArray());
        command.Parameters.AddWithValue("enabled", enabled);
        command.Parameters.AddWithValue("reason", o.Owns(endpoint) ? "Switched off by its owner." : "Switched off by an admin.");
        command.Parameters.AddWithValue("now", clock.GetUtcNow());
        return new WebhookEndpointPayload { Endpoint = (await ReadAsync(command, ct)).SingleOrDefault() };
    }

    public async Task<WebhookEndpointPayload> DeleteAsync(string id, CancellationToken ct)
    {
        var (owner, denied) = WebhookOwner.Of(viewer);
        if (owner is not { } o) return Fail(denied!);
        var (endpoint, error) = await FindForChangeAsync(id, o, ownerOnly: false, ct);
        if (endpoint == null) return Fail(error!);
        await using var batch = db.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand(
            $"delete from {Attempts} where delivery_id in (select id from {Deliveries} where endpoint_id = $1)") { Parameters = { new() { Value = endpoint.Id } } });
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"delete from {Deliveries} where endpoint_id = $1") { Parameters = { new() { Value = endpoint.Id } } });
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"delete from {Endpoints} where id = $1") { Parameters = { new() { Value = endpoint.Id } } });
        await batch.ExecuteNonQueryAsync(ct); // one implicit transaction
        return new WebhookEndpointPayload { DeletedId = id };
    }

    public async Task<WebhookEndpointPayload> RotateSecretAsync(string id, CancellationToken ct)
    {
        var (owner, denied) = WebhookOwner.Of(viewer);
        if (owner is not { } o) return Fail(denied!);
        if (!secrets.Configured)
            return Fail(UserError.Of(NotConfigured, "Webhooks are not configured on this server (Webhooks:SigningKey is not set)."));
        var (endpoint, error) = await FindForChangeAsync(id, o, ownerOnly: true, ct);
        if (endpoint == null) return Fail(error!);
        await using var command = db.CreateCommand(
            $"update {Endpoints} set secret_version = secret_version + 1, updated_at = @now where id = @id returning {Columns}");
        command.Parameters.AddWithValue("id", endpoint.Id);
        command.Parameters.AddWithValue("now", clock.GetUtcNow());
        var rotated = (await ReadAsync(command, ct)).Single();
        return new WebhookEndpointPayload { Endpoint = rotated, Secret = secrets.SecretFor(rotated.Id, rotated.SecretVersion) };
    }

    /// <summary>The caller's endpoints (an admin's: every endpoint), oldest first (ids are UUIDv7, so in time order).</summary>
    public async Task<Page<WebhookEndpoint>> ListAsync(int first, string? after, CancellationToken ct)
    {
        var (owner, denied) = WebhookOwner.Of(viewer);
        if (owner is not { } o) throw new ClientError(denied!.Code, denied.Message);
        await using var command = db.CreateCommand();
        command.Parameters.AddWithValue("admin", o.IsAdmin);
        command.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Uuid) { Value = (object?)o.ApiKeyId ?? DBNull.Value });
        const string mine = "(@admin or owner_api_key_id = @key)";
        var count = DeferredCount.Of(db, $"from {Endpoints} where {mine}", command.Parameters);
        var cursor = "";
        if (after != null)
        {
            if (!Guid.TryParseExact(OpaqueCursor.Decode(after, CursorKind, 1)[0], "N", out var afterId)) throw OpaqueCursor.Invalid();
            command.Parameters.AddWithValue("after", afterId);
            cursor = " and id > @after";
        }
        command.Parameters.AddWithValue("limit", first + 1);
        command.CommandText = $"select {Columns} from {Endpoints} where {mine}{cursor} order by id limit @limit";
        var rows = await ReadAsync(command, ct);
        return Page<WebhookEndpoint>.FromOverfetch(rows.Select(e => (e, OpaqueCursor.Encode(CursorKind, e.Id.ToString("N")))).ToList(),
            first, after != null, count);
    }

    private const string CursorKind = "webhook-endpoint";

    /// <summary>One endpoint the caller may see, or null (unknown, or another owner's).</summary>
    public async Task<WebhookEndpoint?> FindAsync(Guid id, CancellationToken ct)
    {
        var (owner, denied) = WebhookOwner.Of(viewer);
        if (owner is not { } o) throw new ClientError(denied!.Code, denied.Message);
        var endpoint = await LoadAsync(id, ct);
        return endpoint != null && o.MaySee(endpoint) ? endpoint : null;
    }

    internal async Task<WebhookEndpoint?> LoadAsync(Guid id, CancellationToken ct)
    {
        await using var command = db.CreateCommand($"select {Columns} from {Endpoints} where id = @id");
        command.Parameters.AddWithValue("id", id);
        return (await ReadAsync(command, ct)).SingleOrDefault();
    }

    private async Task<(WebhookEndpoint?, UserError?)> FindForChangeAsync(string globalId, WebhookOwner owner, bool ownerOnly, CancellationToken ct)
    {
        var notFound = UserError.Of(UserErrorCodes.NotFound, "No webhook endpoint of yours has this id.", "input", "id");
        if (!GlobalId.TryDecode(globalId, out var type, out var id) || type != WebhookNames.Endpoint) return (null, notFound);
        var endpoint = await LoadAsync(id, ct);
        if (endpoint == null || !owner.MaySee(endpoint)) return (null, notFound);
        if (ownerOnly && !owner.Owns(endpoint))
            return (null, UserError.Of(UserErrorCodes.Forbidden, "Only the endpoint's owner may change its URL, its events or its secret.", "input", "id"));
        return (endpoint, null);
    }

    private async Task<List<UserError>> CheckAsync(string url, IReadOnlyList<string> events, bool publicOnly, CancellationToken ct, bool checkUrl = true)
    {
        var errors = WebhookRules.CheckEvents(events, publicOnly).ToList();
        if (checkUrl)
        {
            if (url.Trim().Length > 2000) errors.Add(UserError.Of(UserErrorCodes.Validation, "The URL may be at most 2000 characters.", "input", "url"));
            else if (await addresses.RefuseAsync(url.Trim(), ct) is { } why) errors.Add(UserError.Of(UserErrorCodes.Validation, why, "input", "url"));
        }
        return errors;
    }

    private static WebhookEndpointPayload Fail(UserError error) => new() { UserErrors = [error] };

    private static async Task<List<WebhookEndpoint>> ReadAsync(NpgsqlCommand command, CancellationToken ct)
    {
        var list = new List<WebhookEndpoint>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            list.Add(new WebhookEndpoint(reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<string[]>(2),
                reader.IsDBNull(3) ? null : reader.GetGuid(3), reader.IsDBNull(4) ? null : reader.GetGuid(4), reader.GetBoolean(5),
                reader.GetBoolean(6), reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetInt32(8),
                reader.GetFieldValue<DateTimeOffset>(9), reader.GetFieldValue<DateTimeOffset>(10),
                reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11),
                reader.IsDBNull(12) ? null : reader.GetFieldValue<DateTimeOffset>(12)));
        }
        return list;
    }
}

/// <summary>The endpoint rules that need no database: tests call them directly.</summary>
public static class WebhookRules
{
    public const int MaxEvents = 50;

    public static IEnumerable<UserError> CheckEvents(IReadOnlyList<string> events, bool publicOnly)
    {
        if (events.Count == 0)
        {
            yield return UserError.Of(UserErrorCodes.Validation, "Choose at least one event type.", "input", "events");
            yield break;
        }
        if (events.Count > MaxEvents)
        {
            yield return UserError.Of(UserErrorCodes.Validation, $"At most {MaxEvents} event types.", "input", "events");
            yield break;
        }
        for (var i = 0; i < events.Count; i++)
        {
            var type = events[i].Trim();
            if (!WebhookEventTypes.IsKnown(type))
                yield return UserError.Of(UserErrorCodes.Validation, $"Unknown event type '{type}' (see docs/webhooks.md for the list).", "input", "events", i.ToString());
            else if (publicOnly && !WebhookEventTypes.IsPublic(type))
                yield return UserError.Of(UserErrorCodes.Forbidden,
                    $"An API key may subscribe only to public events (product.*, stock.changed), not '{type}'.", "input", "events", i.ToString());
        }
    }

    public static IReadOnlyList<string> Normalize(IEnumerable<string> events) =>
        events.Select(e => e.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The wait before attempt n+1 after attempt n failed: first × 2^(n-1), at most max.</summary>
    public static TimeSpan RetryDelay(int failedAttempts, TimeSpan first, TimeSpan max)
    {
        var factor = Math.Pow(2, Math.Min(Math.Max(failedAttempts, 1) - 1, 30));
        var delay = first * factor;
        return delay > max ? max : delay;
    }
}
