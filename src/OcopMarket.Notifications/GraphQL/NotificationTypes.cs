using GraphQL.Types;

namespace OcopMarket.Notifications.GraphQL;

public sealed class NotificationType : ObjectGraphType<LocalizedNotification>
{
    public NotificationType()
    {
        Name = NotificationInbox.NodeName;
        Description = "Something that happened which concerns the signed-in user (an order, a quote, a payment…).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(NotificationInbox.NodeName, ctx.Source.Notification.Id));
        Field<NonNullGraphType<StringGraphType>>("type")
            .Description("The event's type, e.g. order.placed, quote.submitted, payment.paid (docs/events.md).")
            .Resolve(ctx => ctx.Source.Notification.Type);
        Field<NonNullGraphType<StringGraphType>>("text")
            .Description("One sentence for people, in the caller's language (Accept-Language: vi or en), rendered when read.")
            .Resolve(ctx => ctx.Source.Text.Text);
        Field<NonNullGraphType<StringGraphType>>("path")
            .Description("Where the web portal shows what this is about, e.g. /coop/orders/<id>.")
            .Resolve(ctx => ctx.Source.Text.Path);
        Field<IdGraphType>("subjectId")
            .Description("Global id of what this is about (the order, request, quote or product), when there is one.")
            .Resolve(ctx => ctx.Source.Text.SubjectId);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(ctx => ctx.Source.Notification.CreatedAt);
        Field<DateTimeOffsetGraphType>("readAt").Description("When the user marked it read; null while unread.")
            .Resolve(ctx => ctx.Source.Notification.ReadAt);
    }
}

public sealed class NotificationConnectionType : ConnectionType<LocalizedNotification, NotificationType>
{
    public NotificationConnectionType() : base(NotificationInbox.NodeName)
    {
        Description = "The signed-in user's notifications, newest first.";
        Field<NonNullGraphType<IntGraphType>>("unreadCount")
            .Description("How many of the user's notifications are unread (whatever unreadOnly says).")
            .ResolveAsync(async ctx => await ctx.Service<NotificationInbox>().UnreadCountAsync(ctx.Viewer(), ctx.CancellationToken));
    }
}

public sealed class NotificationsChangedType : ObjectGraphType<NotificationsChanged>
{
    public NotificationsChangedType()
    {
        Name = "NotificationsChanged";
        Description = "Sent when the stream opens and whenever the user's notifications change (a new one, some marked read).";
        Field<NonNullGraphType<IntGraphType>>("unreadCount").Resolve(ctx => ctx.Source.UnreadCount);
        Field<NotificationType>("latest").Description("The newest notification, read or not; null when there is none.")
            .Resolve(ctx => ctx.Source.Latest);
    }
}

public sealed class MarkNotificationsReadInputType : InputObjectGraphType<MarkReadInput>
{
    public MarkNotificationsReadInputType()
    {
        Name = "MarkNotificationsReadInput";
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("ids").Description("The user's own notifications (at most 500).");
        Field<BooleanGraphType>("all").Description("True: every notification of the user.");
    }
}

public sealed class MarkNotificationsReadPayloadType : ObjectGraphType<MarkReadPayload>
{
    public MarkNotificationsReadPayloadType()
    {
        Name = "MarkNotificationsReadPayload";
        Field<NonNullGraphType<IntGraphType>>("marked").Description("How many were unread and are read now.").Resolve(ctx => ctx.Source.Marked);
        Field<NonNullGraphType<IntGraphType>>("unreadCount").Description("The user's unread notifications after this.").Resolve(ctx => ctx.Source.UnreadCount);
        this.AddUserErrors();
    }
}
