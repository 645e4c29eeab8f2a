using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace OcopMarket.Notifications.GraphQL;

public sealed class NotificationQueryFields : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<NotificationConnectionType>>("notifications")
            .Description("The signed-in user's notifications, newest first, with the unread count. Live updates: subscription notificationsChanged.")
            .Argument<IntGraphType>("first").Argument<StringGraphType>("after")
            .Argument<BooleanGraphType>("unreadOnly", "Only those not yet marked read (default false).")
            .ResolveAsync(async ctx =>
            {
                var page = await ctx.Service<NotificationInbox>().PageAsync(ctx.Viewer(),
                    ctx.GetArgument<int?>("first") ?? ctx.Service<IOptions<QueryLimits>>().Value.DefaultPageSize,
                    ctx.GetArgument<string?>("after"), ctx.GetArgument("unreadOnly", false), ctx.CancellationToken);
                var vietnamese = Messages.InVietnamese;
                return new Page<LocalizedNotification>(page.Edges.Select(e => (new LocalizedNotification(e.Node, vietnamese), e.Cursor)).ToList(),
                    page.HasNextPage, page.HasPreviousPage) { Count = page.Count };
            });
    }
}

public sealed class NotificationMutationFields : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<MarkNotificationsReadPayloadType>>("markNotificationsRead")
            .Description("Marks some of the signed-in user's notifications read (ids), or all of them (all: true).")
            .Argument<NonNullGraphType<MarkNotificationsReadInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<NotificationInbox>().MarkReadAsync(ctx.Viewer(),
                ctx.GetArgument<MarkReadInput>("input"), ctx.CancellationToken));
    }
}

public sealed class NotificationSubscriptionFields : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<NotificationsChangedType>>("notificationsChanged")
            .Description("The signed-in user's unread count and newest notification: at once, then on every change. " +
                         "Over POST /graphql with Accept: text/event-stream (GraphQL over SSE, distinct connections).")
            .ResolveStreamAsync(async ctx => await NotificationStream.OpenAsync(ctx.Viewer(), ctx.Service<NotificationInbox>(),
                ctx.Service<NotificationSignals>(), ctx.Service<IOptions<NotificationOptions>>().Value.MaxStreamsPerUser, ctx.CancellationToken));
    }
}
