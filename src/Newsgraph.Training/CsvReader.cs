using System.Text;

namespace Newsgraph.Training;

/// <summary>
/// RFC 4180 records from a text reader: quoted fields may hold commas, doubled quotes and line
/// breaks; a record ends at an unquoted LF or CRLF. The one CSV parser of the trainers (NGEC
/// stories, the PLOVER codebook, GMB lines).
/// </summary>
internal sealed class CsvReader(TextReader reader)
{
    private readonly StringBuilder _field = new();

    /// <summary>Every record to the end of <paramref name="reader"/>.</summary>
    public static List<string[]> ReadAll(TextReader reader)
    {
        var csv = new CsvReader(reader);
        var records = new List<string[]>();
        while (csv.ReadRecord() is { } record)
        {
            records.Add(record);
        }

        return records;
    }

    /// <summary>The fields of one line read without its line break (an empty line is one empty field).</summary>
    public static string[] SplitLine(string line) => new CsvReader(new StringReader(line)).ReadRecord() ?? [""];

    /// <summary>The next record, or null at the end of the input. An empty line is one empty field;
    /// a line break at the very end does not start another record.</summary>
    public string[]? ReadRecord()
    {
        var fields = new List<string>();
        bool quoted = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            char ch = (char)c;
            if (quoted)
            {
                if (ch != '"')
                {
                    _field.Append(ch);
                }
                else if (reader.Peek() == '"')
                {
                    _field.Append('"');
                    reader.Read();
                }
                else
                {
                    quoted = false;
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(TakeField());
            }
            else if (ch == '\n')
            {
                fields.Add(TakeField());
                return [.. fields];
            }
            else if (ch != '\r' || reader.Peek() is not ('\n' or -1))
            {
                // The CR of a CRLF (or of a final CR) ends the record with the LF; a lone CR is data.
                _field.Append(ch);
            }
        }

        if (_field.Length > 0 || fields.Count > 0)
        {
            fields.Add(TakeField());
            return [.. fields];
        }

        return null;
    }

    private string TakeField()
    {
        string field = _field.ToString();
        _field.Clear();
        return field;
    }
}
