using System.Globalization;
using Marten;
using OcopMarket.Catalog.Management.Import;

namespace OcopMarket.Payments.BankFeed;

public enum BankStatementLineStatus
{
    /// <summary>Its memo named a payment and the order is paid.</summary>
    Matched,
    /// <summary>Its memo named a payment, but the amounts do not add up: the payment is AMOUNT_MISMATCH.</summary>
    Mismatch,
    /// <summary>No payment could take it: it waits in unmatchedBankTransfers.</summary>
    Unmatched,
    /// <summary>This bank transaction was recorded before (an earlier upload, a line above, or a SePay notice): nothing changed.</summary>
    Duplicate,
    /// <summary>Money going out, or no amount: not a transfer to us.</summary>
    Ignored,
    /// <summary>The line could not be read (see message): nothing recorded.</summary>
    Invalid
}

/// <summary>What one line of a statement did.</summary>
internal sealed record BankStatementLine(int Line, string? BankTransactionId, long? Amount, BankStatementLineStatus Status,
    string? PurchaseOrderNumber = null, string? Message = null);

internal sealed class ImportBankStatementPayload : Payload
{
    public IReadOnlyList<BankStatementLine> Lines { get; init; } = [];
}

/// <summary>
/// An admin uploads the platform account's statement (CSV, for banks that send no notifications): each credit line is
/// recorded as an incoming transfer exactly as a SePay notice is (<see cref="IncomingTransfers"/>), keyed by the bank's
/// transaction id, so uploading the same statement again, or one that overlaps, records nothing twice.
/// Columns are found by their headers, in Vietnamese or English (see <see cref="Columns"/>); other columns are ignored.
/// </summary>
internal sealed class BankStatementImport(IncomingTransfers incoming, IDocumentStore store, Viewer viewer)
{
    public const int MaxLines = 2000;

    private enum Column { Date, Amount, Content, TransactionId }

    /// <summary>Header names, folded (no diacritics, lower case): a header is a column's when it is one of these or starts with one and a space.</summary>
    private static readonly (Column Column, string[] Names)[] Columns =
    [
        (Column.Date, ["ngay", "thoi gian", "date", "transaction date", "posting date", "value date", "time"]),
        (Column.Amount, ["so tien", "ghi co", "phat sinh co", "so tien ghi co", "amount", "credit", "credit amount"]),
        (Column.Content, ["noi dung", "dien giai", "mo ta", "chi tiet", "content", "description", "memo", "details", "remark", "remarks", "narrative"]),
        (Column.TransactionId, ["ma giao dich", "ma gd", "so tham chieu", "ma tham chieu", "so but toan", "so chung tu", "so ct", "so gd",
            "transaction id", "transaction no", "transaction number", "reference", "reference no", "reference number", "ref", "ref no", "id", "txn id"]),
    ];

    public async Task<ImportBankStatementPayload> ImportAsync(string? csv, byte[]? file, CancellationToken ct)
    {
        if (viewer.CheckRole(Role.Admin) is { } denied) return Fail(denied);
        if (csv != null && file != null)
            return Fail(UserError.Of(UserErrorCodes.Validation, "Send the statement either as csv or as file, not both.", "input", "csv"));
        if (file != null)
        {
            try
            {
                // A statement saved from a spreadsheet starts with a byte-order mark; it is not part of the first header.
                csv = Utf8.GetString(file).TrimStart('\uFEFF');
            }
            catch (System.Text.DecoderFallbackException)
            {
                return Fail(UserError.Of(UserErrorCodes.Validation, "The file is not UTF-8 text; save the statement as CSV in UTF-8.", "input", "file"));
            }
        }
        var records = CsvReader.Read(csv ?? "").Take(MaxLines + 2).ToList();
        if (records.Count == 0)
            return Fail(UserError.Of(UserErrorCodes.Validation, "The statement is empty: it needs a header line and one line per transaction.", "input", "csv"));
        if (records.Count > MaxLines + 1)
            return Fail(UserError.Of(UserErrorCodes.Validation, $"A statement may have at most {MaxLines} lines; upload it in parts.", "input", "csv"));

        var positions = new Dictionary<Column, int>();
        for (var i = 0; i < records[0].Fields.Count; i++)
        {
            var header = VietnameseText.Fold(records[0].Fields[i]);
            // "Số tiền ghi nợ" / "Debit" is money going out: never the amount column, even beside "Số tiền ghi có".
            var debit = header.Split(' ').Any(w => w is "no" or "debit" or "withdrawal" or "withdrawals");
            var column = Columns.FirstOrDefault(c => !positions.ContainsKey(c.Column) && !(c.Column == Column.Amount && debit)
                && c.Names.Any(n => header == n || header.StartsWith(n + " ", StringComparison.Ordinal)));
            if (column.Names != null) positions[column.Column] = i;
        }
        var missing = Columns.Select(c => c.Column).Where(c => !positions.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            return Fail(UserError.Of(UserErrorCodes.Validation,
                $"The header line lacks the columns {string.Join(", ", missing.Select(ColumnName))} (e.g. Ngày, Số tiền, Nội dung, Mã giao dịch).",
                "input", "csv"));

        var lines = new List<BankStatementLine>();
        foreach (var record in records.Skip(1))
        {
            string Get(Column c) => positions[c] < record.Fields.Count ? record.Fields[positions[c]].Trim() : "";
            lines.Add(await LineAsync(record.Line, Get(Column.Date), Get(Column.Amount), Get(Column.Content), Get(Column.TransactionId), ct));
        }
        return new ImportBankStatementPayload { Lines = lines };
    }

    private async Task<BankStatementLine> LineAsync(int line, string date, string amountText, string content, string id, CancellationToken ct)
    {
        if (id.Length is 0 or > 100 || id.Contains('\0'))
            return new(line, null, null, BankStatementLineStatus.Invalid, Message: Refused("The bank transaction id is missing or longer than 100 characters."));
        var (amount, error) = BankStatementValues.ParseAmount(amountText);
        if (error != null) return new(line, id, null, BankStatementLineStatus.Invalid, Message: error);
        if (amount <= 0) return new(line, id, amount, BankStatementLineStatus.Ignored, Message: Refused("Not money received: nothing to match."));
        if (!BankStatementValues.TryParseDate(date, out var at))
            return new(line, id, amount, BankStatementLineStatus.Invalid, Message: Refused($"'{date}' is not a date (01/03/2026, 01/03/2026 14:02 or 2026-03-01)."));

        // A transfer SePay already told us about carries the bank's id as its referenceCode: the same money, not more.
        await using (var query = store.QuerySession())
            if (await query.Query<BankTransaction>().AnyAsync(t => t.Source == BankTransaction.SePay && t.ReferenceCode == id, ct))
                return new(line, id, amount, BankStatementLineStatus.Duplicate);

        content = VietnameseText.Clean(content.Replace("\0", "", StringComparison.Ordinal));
        var (outcome, recorded) = await incoming.RecordAsync(
            new IncomingTransfer(BankTransaction.Statement, id, amount, content.Length > 1000 ? content[..1000] : content, at), ct);
        return new(line, id, amount, outcome switch
        {
            IncomingTransferOutcome.Matched => BankStatementLineStatus.Matched,
            IncomingTransferOutcome.Mismatch => BankStatementLineStatus.Mismatch,
            IncomingTransferOutcome.Unmatched => BankStatementLineStatus.Unmatched,
            _ => BankStatementLineStatus.Duplicate,
        }, outcome == IncomingTransferOutcome.Duplicate ? null : recorded.PurchaseOrderNumber);
    }

    private static string ColumnName(Column column) => column switch
    {
        Column.Date => "date",
        Column.Amount => "amount",
        Column.Content => "content",
        _ => "bank transaction id",
    };

    private static string Refused(string message) => message;

    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static ImportBankStatementPayload Fail(UserError error) => new() { UserErrors = [error] };
}

/// <summary>How statements write amounts and dates: plain rules, tested without a database.</summary>
public static class BankStatementValues
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>
    /// Whole đồng as statements write them: "1.824.000", "1,824,000", "1824000", "1.824.000,00", "+1,824,000.00 VND". A
    /// minus sign or parentheses is money going out (returned as negative); a fraction of a đồng is an error.
    /// </summary>
    public static (long Amount, string? Error) ParseAmount(string text)
    {
        var s = text.Trim();
        foreach (var suffix in new[] { "VND", "VNĐ", "đ", "₫", "d" })
            if (s.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) { s = s[..^suffix.Length].Trim(); break; }
        s = s.Replace(" ", "", StringComparison.Ordinal);
        if (s.Length == 0) return (0, null);
        var negative = s.StartsWith('-') || (s.StartsWith('(') && s.EndsWith(')'));
        s = s.TrimStart('+', '-', '(').TrimEnd(')');
        var last = s.LastIndexOfAny(['.', ',']);
        if (last >= 0 && s.Length - last - 1 is 1 or 2)
        {
            if (s[(last + 1)..].Any(c => c != '0')) return (0, Refused($"'{text}' is not a whole number of đồng."));
            s = s[..last];
        }
        s = s.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        if (s.Length is 0 or > 15 || !s.All(char.IsAsciiDigit)) return (0, Refused($"'{text}' is not a whole number of đồng."));
        var amount = long.Parse(s, CultureInfo.InvariantCulture);
        return (negative ? -amount : amount, null);
    }

    private static readonly string[] DateFormats =
    [
        "d/M/yyyy", "d/M/yyyy H:mm", "d/M/yyyy H:mm:ss", "d-M-yyyy", "d-M-yyyy H:mm:ss", "d.M.yyyy",
        "yyyy-M-d", "yyyy-M-d H:mm", "yyyy-M-d H:mm:ss", "yyyy-M-dTH:mm:ss",
    ];

    /// <summary>Day first (Vietnamese and British statements) or ISO; the bank's clock is Vietnam's.</summary>
    public static bool TryParseDate(string text, out DateTimeOffset at)
    {
        var ok = DateTime.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local);
        at = ok ? new DateTimeOffset(local, Vietnam) : default;
        return ok;
    }

    private static string Refused(string message) => message;
}
