using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace OcopMarket.Webhooks.GraphQL;

public sealed class WebhookEndpointStatusEnum : EnumerationGraphType
{
    public WebhookEndpointStatusEnum()
    {
        Name = "WebhookEndpointStatus";
        Add("ENABLED", "ENABLED", "Receives the events it subscribed to.");
        Add("DISABLED", "DISABLED", "Receives nothing: switched off by its owner or an admin, or after a day of failed deliveries (see disabledReason).");
    }
}

public sealed class WebhookDeliveryStatusEnum : EnumerationGraphType<WebhookDeliveryStatus>
{
    public WebhookDeliveryStatusEnum() => Name = "WebhookDeliveryStatus";
}

internal sealed class WebhookEndpointType : ObjectGraphType<WebhookEndpoint>
{
    public WebhookEndpointType()
    {
        Name = WebhookNames.Endpoint;
        Description = "Where an integrator receives events, signed with the endpoint's secret (docs/webhooks.md).";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field(x => x.Url);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("events")
            .Description("The event types it receives, e.g. product.changed.").Resolve(ctx => ctx.Source.Events);
        Field<NonNullGraphType<WebhookEndpointStatusEnum>>("status").Resolve(ctx => ctx.Source.Enabled ? "ENABLED" : "DISABLED");
        Field<StringGraphType>("disabledReason").Description("Why it is DISABLED.")
            .Resolve(ctx => ctx.Source.DisabledReason is { } reason ? ctx.Service<Messages>().Localize(reason) : null);
        Field<NonNullGraphType<BooleanGraphType>>("publicEventsOnly")
            .Description("Registered with an API key: it may receive only public events (product.*, stock.changed).")
            .Resolve(ctx => ctx.Source.PublicOnly);
        Field(x => x.CreatedAt);
        Field(x => x.UpdatedAt);
        Field(x => x.LastSuccessAt, nullable: true).Description("When it last answered a delivery with 2xx (kept to the second).");
        Field(x => x.FailingSince, nullable: true).Description("Deliveries have failed since then, with no success; after a day the endpoint is disabled.");
        Field<NonNullGraphType<WebhookDeliveryConnectionType>>("deliveries")
            .Description("Its deliveries, the newest event first, each with its attempts.")
            .Argument<IntGraphType>("first").Argument<StringGraphType>("after")
            .ResolveAsync(async ctx => await ctx.Service<WebhookDeliveries>().PageAsync(ctx.Source.Id,
                ctx.GetArgument<int?>("first") ?? ctx.Service<IOptions<QueryLimits>>().Value.DefaultPageSize,
                ctx.GetArgument<string?>("after"), ctx.CancellationToken));
    }
}

internal sealed class WebhookAttemptType : ObjectGraphType<WebhookAttempt>
{
    public WebhookAttemptType()
    {
        Name = "WebhookDeliveryAttempt";
        Description = "One POST of a delivery and what the receiver answered.";
        Field(x => x.Number).Description("1 for the first attempt.");
        Field(x => x.At);
        Field(x => x.StatusCode, nullable: true).Description("The receiver's HTTP status; null when none answered (see error).");
        Field(x => x.DurationMs);
        Field(x => x.Error, nullable: true).Description("Why the attempt failed without an answer: timed out, refused, connection error.");
        Field(x => x.ResponseExcerpt, nullable: true).Description("The start of the receiver's answer (500 characters at most).");
    }
}

internal sealed class WebhookDeliveryType : ObjectGraphType<WebhookDelivery>
{
    public WebhookDeliveryType()
    {
        Name = WebhookNames.Delivery;
        Description = "One event for one endpoint, retried until delivered or failed.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field<NonNullGraphType<IdGraphType>>("eventId").Description("The event's id, as in the payload: deduplicate by it.")
            .Resolve(ctx => ctx.Source.EventId);
        Field(x => x.EventType);
        Field(x => x.Subject);
        Field<NonNullGraphType<WebhookDeliveryStatusEnum>>("status").Resolve(ctx => ctx.Source.Status);
        Field(x => x.Attempts);
        Field(x => x.LastStatusCode, nullable: true);
        Field(x => x.LastError, nullable: true);
        Field(x => x.NextAttemptAt, nullable: true).Description("When it is attempted next (PENDING only).");
        Field(x => x.DeliveredAt, nullable: true);
        Field(x => x.CreatedAt);
        Field(x => x.Payload).Description("The JSON body every attempt sends.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookAttemptType>>>>("log").Description("Every attempt, the first first.")
            .Resolve(ctx => ctx.Source.Log);
    }
}

internal sealed class WebhookDeliveryConnectionType() : ConnectionType<WebhookDelivery, WebhookDeliveryType>(WebhookNames.Delivery);

internal sealed class WebhookEndpointConnectionType() : ConnectionType<WebhookEndpoint, WebhookEndpointType>(WebhookNames.Endpoint);

internal sealed class WebhookEndpointPayloadType : ObjectGraphType<WebhookEndpointPayload>
{
    public WebhookEndpointPayloadType()
    {
        Name = "WebhookEndpointPayload";
        Field<WebhookEndpointType>("endpoint").Resolve(ctx => ctx.Source.Endpoint);
        Field<StringGraphType>("secret")
            .Description("The signing secret (whsec_…): in the answers to createWebhookEndpoint and rotateWebhookSecret only; keep it.")
            .Resolve(ctx => ctx.Source.Secret);
        Field<IdGraphType>("deletedId").Description("deleteWebhookEndpoint: the id of the endpoint deleted.").Resolve(ctx => ctx.Source.DeletedId);
        this.AddUserErrors();
    }
}

internal sealed class WebhookDeliveryPayloadType : ObjectGraphType<WebhookDeliveryPayload>
{
    public WebhookDeliveryPayloadType()
    {
        Name = "WebhookDeliveryPayload";
        Field<WebhookDeliveryType>("delivery").Resolve(ctx => ctx.Source.Delivery);
        this.AddUserErrors();
    }
}

public sealed class CreateWebhookEndpointInputType : InputObjectGraphType<CreateWebhookEndpointInput>
{
    public CreateWebhookEndpointInputType()
    {
        Name = "CreateWebhookEndpointInput";
        Field(x => x.Url).Description("https URL of the receiver; not on a loopback, private or link-local address.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("events")
            .Description("Event types, e.g. [\"product.changed\", \"stock.changed\"]; an API key may choose only public ones.");
    }
}

public sealed class UpdateWebhookEndpointInputType : InputObjectGraphType<UpdateWebhookEndpointInput>
{
    public UpdateWebhookEndpointInputType()
    {
        Name = "UpdateWebhookEndpointInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field(x => x.Url, nullable: true).Description("Left out: unchanged.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("events").Description("Left out: unchanged.");
        Field(x => x.Enabled, nullable: true).Description("false switches it off; true switches it on again (and forgets past failures).");
    }
}

public sealed class WebhookIdInput
{
    public string Id { get; set; } = "";
}

public sealed class WebhookEndpointIdInputType : InputObjectGraphType<WebhookIdInput>
{
    public WebhookEndpointIdInputType()
    {
        Name = "WebhookEndpointIdInput";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}

public sealed class WebhookDeliveryIdInputType : InputObjectGraphType<WebhookIdInput>
{
    public WebhookDeliveryIdInputType()
    {
        Name = "WebhookDeliveryIdInput";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}
