using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Npgsql;

namespace OcopMarket.Notifications;

public sealed class NotificationOptions
{
    /// <summary>Live streams one user may hold open in one process (tabs, devices); more are refused.</summary>
    public int MaxStreamsPerUser { get; set; } = 5;
    /// <summary>How long the listener waits before connecting again after losing its connection.</summary>
    public TimeSpan ReconnectAfter { get; set; } = TimeSpan.FromSeconds(2);
}

/// <summary>
/// Tells this process's open streams that their user's notifications changed. One connection per process LISTENs on
/// the deployment's channel (a connection outside the pool); the consumer and markNotificationsRead pg_notify the user ids in their transaction, which
/// PostgreSQL delivers at commit to every process. After the connection is lost and found again every open stream is
/// told, since notices sent meanwhile are gone. On shutdown every stream is ended.
/// </summary>
public sealed class NotificationSignals(IConfiguration configuration, DatabaseSchema schema, IOptions<NotificationOptions> options,
    ILogger<NotificationSignals> logger) : BackgroundService
{
    /// <summary>
    /// The listening connection is the process's own, outside the pool (Marten:MaxPoolSize bounds the requests'
    /// connections; a pool of one must still serve them), named so in pg_stat_activity, with keepalives so a connection
    /// lost without a word is noticed and opened again.
    /// </summary>
    private string ListenConnectionString => new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Marten"))
    {
        Pooling = false, ApplicationName = "ocop-notifications-listener", KeepAlive = 30
    }.ConnectionString;

    private readonly ConcurrentDictionary<Guid, List<Listener>> listeners = new();
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool stopped;

    /// <summary>The channel of this deployment's schema (test fixtures share a database, each in its own schema).</summary>
    public static string Channel(DatabaseSchema schema) => "ocop_notify_" + schema.Name;

    /// <summary>Completes once the process listens (streams wait for it, so no change is missed after they open).</summary>
    public Task Listening => listening.Task;

    /// <summary>A listener for the user's changes, or null when the user already holds the most streams allowed.</summary>
    public Listener? Open(Guid user)
    {
        if (stopped) return null;
        var list = listeners.GetOrAdd(user, _ => []);
        lock (list)
        {
            if (list.Count >= options.Value.MaxStreamsPerUser) return null;
            var listener = new Listener(this, user);
            list.Add(listener);
            return listener;
        }
    }

    /// <summary>Tells the user's listeners in this process (what a notice from PostgreSQL does).</summary>
    public void Signal(Guid user)
    {
        if (!listeners.TryGetValue(user, out var list)) return;
        Listener[] copy;
        lock (list) copy = list.ToArray();
        foreach (var listener in copy) listener.Poke();
    }

    private void SignalEveryone()
    {
        foreach (var user in listeners.Keys) Signal(user);
    }

    private void Close(Listener listener)
    {
        if (!listeners.TryGetValue(listener.User, out var list)) return;
        lock (list)
        {
            list.Remove(listener);
            if (list.Count == 0) listeners.TryRemove(new KeyValuePair<Guid, List<Listener>>(listener.User, list));
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var first = true;
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await using var connection = new NpgsqlConnection(ListenConnectionString);
                    await connection.OpenAsync(stoppingToken);
                    connection.Notification += (_, e) => OnNotice(e.Payload);
                    await using (var listen = new NpgsqlCommand($"listen \"{Channel(schema)}\"", connection))
                        await listen.ExecuteNonQueryAsync(stoppingToken);
                    listening.TrySetResult();
                    if (!first) SignalEveryone();
                    first = false;
                    while (!stoppingToken.IsCancellationRequested) await connection.WaitAsync(stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    first = false;
                    logger.LogWarning(e, "Lost the notifications listener's connection; connecting again in {Delay}", options.Value.ReconnectAfter);
                    await Task.Delay(options.Value.ReconnectAfter, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        stopped = true;
        foreach (var list in listeners.Values)
        {
            Listener[] copy;
            lock (list) copy = list.ToArray();
            foreach (var listener in copy) listener.End();
        }
        await base.StopAsync(cancellationToken);
    }

    private void OnNotice(string payload)
    {
        foreach (var part in payload.Split(',', StringSplitOptions.RemoveEmptyEntries))
            if (Guid.TryParse(part, out var user)) Signal(user);
    }

    /// <summary>
    /// One open stream's doorbell: rings once however many changes came since it was last read (the stream then reads
    /// the current state, so nothing is lost by coalescing). Disposing it frees the user's slot.
    /// </summary>
    public sealed class Listener : IDisposable
    {
        private readonly NotificationSignals owner;
        private readonly Channel<bool> bell = System.Threading.Channels.Channel.CreateBounded<bool>(
            new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

        internal Listener(NotificationSignals owner, Guid user)
        {
            this.owner = owner;
            User = user;
        }

        public Guid User { get; }

        internal void Poke() => bell.Writer.TryWrite(true);

        internal void End() => bell.Writer.TryComplete();

        /// <summary>True when something changed; false when the process is stopping (the stream should end).</summary>
        public async Task<bool> WaitAsync(CancellationToken ct)
        {
            try
            {
                return await bell.Reader.WaitToReadAsync(ct) && bell.Reader.TryRead(out _);
            }
            catch (ChannelClosedException)
            {
                return false;
            }
        }

        public void Dispose()
        {
            End();
            owner.Close(this);
        }
    }
}
