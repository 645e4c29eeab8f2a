using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using OcopMarket.Payments.BankFeed;
using OcopMarket.Payments.VietQr;

namespace OcopMarket.Payments.Http;

/// <summary>
/// POST /webhooks/bank/sepay: SePay's notice of a transfer to the platform's account, authenticated by
/// "Authorization: Apikey &lt;Payments:BankTransfer:SePayApiKey&gt;" (compared in constant time). Without the setting the
/// endpoint does not exist (404); a missing or wrong key is 401 and changes nothing. Incoming transfers are recorded once
/// per SePay id (<see cref="IncomingTransfers"/>); outgoing ones are acknowledged and ignored. SePay counts a delivery as
/// done on 200 with {"success": true}, so a repeat gets that too. Bodies that are not SePay's JSON get 400.
/// </summary>
public static class SePayWebhookEndpoint
{
    public const string Path = "/webhooks/bank/sepay";
    public const int MaxBodyBytes = 64 * 1024;
    private const string Scheme = "Apikey";

    public static void MapSePayWebhooks(this IEndpointRouteBuilder app) => app.MapPost(Path, HandleAsync);

    private static async Task<IResult> HandleAsync(HttpContext http, IOptions<BankTransferOptions> options, ILoggerFactory loggers)
    {
        var secret = options.Value.SePayApiKey;
        if (string.IsNullOrWhiteSpace(secret)) return Results.NotFound();
        var logger = loggers.CreateLogger(typeof(SePayWebhookEndpoint));
        if (!Authorized(http.Request.Headers.Authorization.ToString(), secret))
        {
            logger.LogWarning("SePay notice refused: missing or wrong API key");
            return Results.Json(new { success = false, error = "UNAUTHORIZED" }, statusCode: StatusCodes.Status401Unauthorized);
        }

        var body = await ReadLimitedAsync(http.Request, http.RequestAborted);
        if (body == null) return Results.Json(new { success = false, error = "PAYLOAD_TOO_LARGE" }, statusCode: StatusCodes.Status413PayloadTooLarge);
        if (!TryParse(body, out var notice, out var incoming))
        {
            logger.LogWarning("SePay notice refused: not a notice we can read");
            return Results.Json(new { success = false, error = "BAD_REQUEST" }, statusCode: StatusCodes.Status400BadRequest);
        }
        if (!incoming) return Results.Json(new { success = true });

        var (outcome, _) = await http.RequestServices.GetRequiredService<IncomingTransfers>().RecordAsync(notice!, http.RequestAborted);
        return Results.Json(new { success = true, outcome = outcome.ToString() });
    }

    /// <summary>"Apikey &lt;secret&gt;", the scheme in any case; the secrets compared by their hashes, in constant time.</summary>
    internal static bool Authorized(string? header, string secret)
    {
        if (string.IsNullOrEmpty(header) || header.Length <= Scheme.Length + 1
            || !header.StartsWith(Scheme + " ", StringComparison.OrdinalIgnoreCase)) return false;
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(header[(Scheme.Length + 1)..].Trim()));
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(secret.Trim()));
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }

    /// <summary>
    /// SePay's notice: id, gateway, transactionDate ("2023-03-25 14:02:37", Vietnam's time), accountNumber, code (the payment
    /// code SePay found, if configured there), content, transferType ("in"/"out"), transferAmount, referenceCode. Only the
    /// id and, for "in", a whole transferAmount are required.
    /// </summary>
    private static bool TryParse(string body, out IncomingTransfer? transfer, out bool incoming)
    {
        transfer = null;
        incoming = false;
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return false;
            var id = root.TryGetProperty("id", out var idElement) ? idElement.ValueKind switch
            {
                JsonValueKind.Number when idElement.TryGetInt64(out var n) => n.ToString(CultureInfo.InvariantCulture),
                JsonValueKind.String => idElement.GetString()?.Trim(),
                _ => null,
            } : null;
            if (string.IsNullOrEmpty(id) || id.Length > 100) return false;
            incoming = string.Equals(Text(root, "transferType"), "in", StringComparison.OrdinalIgnoreCase);
            if (!incoming) return true;
            if (!root.TryGetProperty("transferAmount", out var amountElement) || amountElement.ValueKind != JsonValueKind.Number
                || !amountElement.TryGetInt64(out var amount)) return false;
            // SePay's own payment code (when the account has one set up) may be cleaner than the memo: look in both.
            var memo = string.Join(" ", new[] { Text(root, "code"), Text(root, "content") }.Where(t => !string.IsNullOrWhiteSpace(t)));
            DateTimeOffset? at = DateTime.TryParseExact(Text(root, "transactionDate"), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var local) ? new DateTimeOffset(local, TimeSpan.FromHours(7)) : null;
            transfer = new IncomingTransfer(BankTransaction.SePay, id, amount, Limit(memo, 1000) ?? "", at,
                Limit(Text(root, "gateway"), 100), Limit(Text(root, "accountNumber"), 100), Limit(Text(root, "referenceCode"), 100));
            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException) // not JSON; an escape no string can hold
        {
            return false;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Limit(string? text, int length) =>
        text == null ? null : Clean(text.Length > length ? text[..length] : text);

    // PostgreSQL stores no NUL; lone surrogates were already refused by the JSON reader.
    private static string Clean(string text) => text.Replace("\0", "", StringComparison.Ordinal).Trim();

    private static async Task<string?> ReadLimitedAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
