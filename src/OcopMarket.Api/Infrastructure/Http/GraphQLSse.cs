using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace OcopMarket.Infrastructure.Http;

/// <summary>
/// GraphQL over Server-Sent Events, "distinct connections" mode (github.com/enisdenjo/graphql-sse, PROTOCOL.md): a POST
/// to /graphql with Accept: text/event-stream runs one operation on its own connection. A subscription answers an
/// <c>event: next</c> with <c>data: {ExecutionResult}</c> for each of its events, and <c>event: complete</c> when it ends;
/// a query or mutation (or a subscription refused before its stream began) one next and the complete. A comment line
/// goes out every GraphQL:StreamHeartbeatMilliseconds so proxies and browsers keep an idle stream open. When the
/// process stops the connection is closed without complete: the client connects again (to another process, or to
/// this one once it is back).
///
/// Why SSE and not graphql-transport-ws: it is plain HTTP, so authentication (Authorization: Bearer, which a fetch
/// reader sends), CORS, the rate limit and the request's language apply as to any request, through any proxy, with no
/// second protocol's state machine to keep.
/// </summary>
public static class GraphQLSse
{
    public const string MediaType = "text/event-stream";

    /// <summary>True when the client asks for an event stream (Accept lists text/event-stream with a quality above 0).</summary>
    public static bool IsRequested(string? accept) =>
        !string.IsNullOrWhiteSpace(accept) && MediaTypeHeaderValue.TryParseList(accept.Split(','), out var offered)
        && offered.Any(m => string.Equals(m.MediaType.Value, MediaType, StringComparison.OrdinalIgnoreCase) && (m.Quality ?? 1.0) > 0);

    public static async Task WriteAsync(HttpContext http, ExecutionResult result, IGraphQLTextSerializer serializer, TimeSpan heartbeat,
        CancellationToken stop, CancellationToken stopping)
    {
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaType + "; charset=utf-8";
        // Nginx and the like buffer responses unless told not to; nothing on the way should hold an event back.
        response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.Body.FlushAsync(stop);

        try
        {
            if (result.Streams is not { Count: > 0 } streams)
            {
                await WriteEventAsync(response, "next", await SerializeAsync(result, serializer, stop), stop);
                await WriteEventAsync(response, "complete", "", stop);
                return;
            }

            var events = Channel.CreateUnbounded<ExecutionResult>(new UnboundedChannelOptions { SingleReader = true });
            // One root field per subscription operation (a validation rule of GraphQL itself).
            using var subscription = streams.Values.First().Subscribe(new ChannelObserver(events.Writer));
            while (true)
            {
                using var beat = CancellationTokenSource.CreateLinkedTokenSource(stop);
                beat.CancelAfter(heartbeat);
                bool more;
                try
                {
                    more = await events.Reader.WaitToReadAsync(beat.Token);
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                {
                    await WriteAsync(response, ":\n\n", stop);
                    continue;
                }
                if (!more) break;
                while (events.Reader.TryRead(out var next))
                    await WriteEventAsync(response, "next", await SerializeAsync(next, serializer, stop), stop);
            }
            if (!stopping.IsCancellationRequested) await WriteEventAsync(response, "complete", "", stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The client left or the process is stopping: nobody to tell, or the client connects again.
        }
    }

    private static async Task<string> SerializeAsync(ExecutionResult result, IGraphQLTextSerializer serializer, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, ct);
        // Compact JSON has no line breaks (those in strings are escaped); one data line carries it.
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static Task WriteEventAsync(HttpResponse response, string name, string data, CancellationToken ct) =>
        WriteAsync(response, $"event: {name}\ndata: {data}\n\n", ct);

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken ct)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
        await response.Body.FlushAsync(ct);
    }

    /// <summary>Hands a stream's results to the writer loop; the stream's end (or failure) ends the loop.</summary>
    private sealed class ChannelObserver(ChannelWriter<ExecutionResult> writer) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => writer.TryWrite(value);
        public void OnError(Exception error) => writer.TryComplete();
        public void OnCompleted() => writer.TryComplete();
    }
}
