using System.Net;
using System.Net.Sockets;

namespace OcopMarket.Tests.Support;

/// <summary>
/// Clients that connect from another loopback address (127.0.0.2, 127.0.0.3 …; Linux routes all of 127/8 to the
/// loopback interface): to the API they are different client IPs, seen as the TCP peer like any real client.
/// </summary>
public static class Sources
{
    public static GraphQLClient Client(Uri baseAddress, string sourceAddress)
    {
        var source = IPAddress.Parse(sourceAddress);
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            }
        };
        return new GraphQLClient(new HttpClient(handler) { BaseAddress = baseAddress });
    }
}
