using System.Net;
using System.Net.Sockets;

namespace OcopMarket.Tests.Support;

/// <summary>
/// A loopback TCP forwarder in front of the real PostgreSQL, so a test can make the database unreachable for one API
/// (Cut: open connections drop, new ones are refused) without touching the server that everyone else uses.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly string targetHost;
    private readonly int targetPort;
    private readonly List<TcpClient> open = [];
    private readonly CancellationTokenSource stop = new();

    private TcpProxy(string targetHost, int targetPort)
    {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public static TcpProxy Start(string targetHost, int targetPort)
    {
        var proxy = new TcpProxy(targetHost, targetPort);
        proxy.listener.Start();
        _ = proxy.AcceptLoopAsync();
        return proxy;
    }

    private async Task AcceptLoopAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception)
            {
                return; // stopped
            }
            var server = new TcpClient();
            try
            {
                await server.ConnectAsync(targetHost, targetPort);
            }
            catch (SocketException)
            {
                client.Dispose();
                continue;
            }
            lock (open)
            {
                open.Add(client);
                open.Add(server);
            }
            _ = PumpAsync(client, server);
            _ = PumpAsync(server, client);
        }
    }

    private async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream(), stop.Token);
        }
        catch (Exception)
        {
        }
        from.Dispose();
        to.Dispose();
    }

    /// <summary>The database "goes away": every connection through the proxy drops and new ones are refused.</summary>
    public void Cut()
    {
        stop.Cancel();
        listener.Stop();
        lock (open)
        {
            foreach (var client in open) client.Dispose();
            open.Clear();
        }
    }

    public ValueTask DisposeAsync()
    {
        if (!stop.IsCancellationRequested) Cut();
        return ValueTask.CompletedTask;
    }
}
