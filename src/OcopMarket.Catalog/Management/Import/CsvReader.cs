using System.Text;

namespace OcopMarket.Catalog.Management.Import;

/// <summary>
/// A small RFC 4180 reader: quoted fields with "" escapes and line breaks inside quotes, CRLF or LF, and the delimiter
/// guessed from the header line (',' ';' or tab: spreadsheets in Vietnamese locales often save with ';'). Written here
/// rather than taken from a package: it is forty lines, and the records must keep their starting line numbers.
/// </summary>
public static class CsvReader
{
    public sealed record Record(int Line, List<string> Fields);

    public static IEnumerable<Record> Read(string text)
    {
        text = text.TrimStart('\uFEFF');
        var firstLine = text.Split('\n', 2)[0];
        var delimiter = new[] { ',', ';', '\t' }.MaxBy(d => firstLine.Count(c => c == d));
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var line = 1;
        var recordLine = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') inQuotes = false;
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0) inQuotes = true;
            else if (c == delimiter) { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                fields.Add(field.ToString());
                field.Clear();
                if (fields.Any(f => f.Trim().Length > 0)) yield return new Record(recordLine, fields);
                fields = [];
                line++;
                recordLine = line;
            }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        if (fields.Any(f => f.Trim().Length > 0)) yield return new Record(recordLine, fields);
    }
}
