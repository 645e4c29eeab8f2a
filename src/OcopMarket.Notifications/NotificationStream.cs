namespace OcopMarket.Notifications;

/// <summary>A notification with the language it is shown in (the request's, or the stream's as it was opened).</summary>
public sealed record LocalizedNotification(NotificationView Notification, bool Vietnamese)
{
    private NotificationText? text;
    public NotificationText Text => text ??= NotificationTexts.Render(Notification, Vietnamese);
}

/// <summary>What a live stream sends: the unread count and the newest notification, whenever either may have changed.</summary>
public sealed record NotificationsChanged(int UnreadCount, LocalizedNotification? Latest);

/// <summary>
/// One user's live stream: the current state at once, then again after each signal (coalesced: several changes in a
/// burst may come as one update). Ends when the process stops or the subscriber leaves.
/// </summary>
public sealed class NotificationStream : IObservable<NotificationsChanged>
{
    private readonly NotificationInbox inbox;
    private readonly NotificationSignals.Listener listener;
    private readonly bool vietnamese;
    private readonly CancellationToken requestEnded;

    private NotificationStream(NotificationInbox inbox, NotificationSignals.Listener listener, bool vietnamese, CancellationToken requestEnded)
    {
        this.inbox = inbox;
        this.listener = listener;
        this.vietnamese = vietnamese;
        this.requestEnded = requestEnded;
        requestEnded.Register(listener.Dispose);
    }

    /// <summary>
    /// Opens the caller's stream once this process listens for changes; UNAUTHENTICATED for anyone but a signed-in user,
    /// TOO_MANY_STREAMS when they hold <see cref="NotificationOptions.MaxStreamsPerUser"/> already.
    /// </summary>
    public static async Task<NotificationStream> OpenAsync(Viewer viewer, NotificationInbox inbox, NotificationSignals signals,
        int maxStreams, CancellationToken ct)
    {
        var user = NotificationInbox.Demand(viewer);
        await signals.Listening.WaitAsync(TimeSpan.FromSeconds(10), ct);
        var listener = signals.Open(user)
            ?? throw new ClientError(TooManyStreams, $"You already have {maxStreams} live notification streams open; close one first.");
        return new NotificationStream(inbox, listener, Messages.InVietnamese, ct);
    }

    public const string TooManyStreams = "TOO_MANY_STREAMS";

    public IDisposable Subscribe(IObserver<NotificationsChanged> observer)
    {
        var stop = CancellationTokenSource.CreateLinkedTokenSource(requestEnded);
        _ = Task.Run(async () =>
        {
            try
            {
                do
                {
                    var count = await inbox.UnreadCountAsync(listener.User, stop.Token);
                    var latest = await inbox.LatestAsync(listener.User, stop.Token);
                    observer.OnNext(new NotificationsChanged(count, latest == null ? null : new LocalizedNotification(latest, vietnamese)));
                } while (await listener.WaitAsync(stop.Token));
                observer.OnCompleted();
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                observer.OnError(e);
            }
            finally
            {
                listener.Dispose();
            }
        });
        return new Unsubscriber(stop, listener);
    }

    private sealed class Unsubscriber(CancellationTokenSource stop, NotificationSignals.Listener listener) : IDisposable
    {
        public void Dispose()
        {
            stop.Cancel();
            listener.Dispose();
        }
    }
}
