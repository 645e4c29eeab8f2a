using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace OcopMarket.Tests.Support;

/// <summary>One server-sent event as the client read it: its name (next, complete; "" for a comment) and data.</summary>
public sealed record SseEvent(string Name, string Data)
{
    public JsonNode? Json => Data.Length > 0 ? JsonNode.Parse(Data) : null;
}

/// <summary>
/// A GraphQL-over-SSE client (distinct connections): POSTs the operation with Accept: text/event-stream and reads the
/// events as they come, comments (heartbeats) included.
/// </summary>
public sealed class SseStream : IAsyncDisposable
{
    private readonly HttpResponseMessage response;
    private readonly CancellationTokenSource stop = new();
    private readonly Channel<SseEvent> events = Channel.CreateUnbounded<SseEvent>();
    private readonly Task reading;

    private SseStream(HttpResponseMessage response)
    {
        this.response = response;
        reading = Task.Run(ReadAsync);
    }

    public HttpResponseMessage Response => response;

    public static async Task<SseStream> OpenAsync(HttpClient http, string query, string? token, string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json")
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (token != null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (language != null) request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new SseStream(response);
    }

    /// <summary>The next event (comments skipped unless asked for), or a failure after the timeout.</summary>
    public async Task<SseEvent> NextAsync(TimeSpan timeout, bool comments = false)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var e = await events.Reader.ReadAsync(wait.Token);
                if (e.Name == "" && !comments) continue;
                return e;
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No server-sent event within {timeout}.");
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException("The stream ended.");
        }
    }

    /// <summary>The data of the next "next" event.</summary>
    public async Task<JsonNode> NextDataAsync(TimeSpan timeout)
    {
        var e = await NextAsync(timeout);
        if (e.Name != "next") throw new Xunit.Sdk.XunitException($"Expected a next event, got '{e.Name}': {e.Data}");
        return e.Json!;
    }

    private async Task ReadAsync()
    {
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(stop.Token);
            using var reader = new StreamReader(body, Encoding.UTF8);
            string? name = null;
            var data = new StringBuilder();
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    if (name != null || data.Length > 0) events.Writer.TryWrite(new SseEvent(name ?? "message", data.ToString()));
                    name = null;
                    data.Clear();
                }
                else if (line.StartsWith(':')) events.Writer.TryWrite(new SseEvent("", line));
                else if (line.StartsWith("event:")) name = line["event:".Length..].Trim();
                else if (line.StartsWith("data:")) data.Append(data.Length > 0 ? "\n" : "").Append(line["data:".Length..].TrimStart());
            }
        }
        catch (Exception) when (stop.IsCancellationRequested)
        {
        }
        catch (IOException)
        {
        }
        catch (HttpRequestException)
        {
        }
        finally
        {
            events.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        stop.Cancel();
        response.Dispose();
        try { await reading; } catch { }
    }
}
