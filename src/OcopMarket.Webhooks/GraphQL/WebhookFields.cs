using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace OcopMarket.Webhooks.GraphQL;

public sealed class WebhookQueryFields : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<WebhookEndpointConnectionType>>("webhookEndpoints")
            .Description("The caller's webhook endpoints (an API key's, or an admin's: every endpoint), oldest first.")
            .Argument<IntGraphType>("first").Argument<StringGraphType>("after")
            .ResolveAsync(async ctx => await ctx.Service<WebhookEndpoints>().ListAsync(
                ctx.GetArgument<int?>("first") ?? ctx.Service<IOptions<QueryLimits>>().Value.DefaultPageSize,
                ctx.GetArgument<string?>("after"), ctx.CancellationToken));

        query.Field<WebhookEndpointType>("webhookEndpoint")
            .Description("One endpoint the caller may see, or null.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<WebhookEndpoints>().FindAsync(
                GlobalId.Require(ctx.GetArgument<string>("id"), WebhookNames.Endpoint), ctx.CancellationToken));
    }
}

public sealed class WebhookMutationFields : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<WebhookEndpointPayloadType>>("createWebhookEndpoint")
            .Description("Registers a receiver for events (an API key: public events only; an admin: any). The secret is in this answer only.")
            .Argument<NonNullGraphType<CreateWebhookEndpointInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<WebhookEndpoints>().CreateAsync(
                ctx.GetArgument<CreateWebhookEndpointInput>("input"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<WebhookEndpointPayloadType>>("updateWebhookEndpoint")
            .Description("Changes an endpoint's URL or events (its owner), or switches it off or on (its owner or an admin).")
            .Argument<NonNullGraphType<UpdateWebhookEndpointInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<WebhookEndpoints>().UpdateAsync(
                ctx.GetArgument<UpdateWebhookEndpointInput>("input"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<WebhookEndpointPayloadType>>("deleteWebhookEndpoint")
            .Description("Deletes an endpoint and its deliveries (its owner or an admin).")
            .Argument<NonNullGraphType<WebhookEndpointIdInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<WebhookEndpoints>().DeleteAsync(
                ctx.GetArgument<WebhookIdInput>("input").Id, ctx.CancellationToken));

        mutation.Field<NonNullGraphType<WebhookEndpointPayloadType>>("rotateWebhookSecret")
            .Description("Gives the endpoint a new secret (in this answer only); deliveries from now on are signed with it.")
            .Argument<NonNullGraphType<WebhookEndpointIdInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<WebhookEndpoints>().RotateSecretAsync(
                ctx.GetArgument<WebhookIdInput>("input").Id, ctx.CancellationToken));

        mutation.Field<NonNullGraphType<WebhookDeliveryPayloadType>>("redeliverWebhookDelivery")
            .Description("Sends a delivery again now (same event id and payload), whatever its status; the endpoint's owner only.")
            .Argument<NonNullGraphType<WebhookDeliveryIdInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<WebhookDeliveries>().RedeliverAsync(
                ctx.GetArgument<WebhookIdInput>("input").Id, ctx.CancellationToken));
    }
}
