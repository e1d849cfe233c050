using System.Globalization;
using System.Text;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>
/// Builds the JSON array of rows that one <c>INSERT … SELECT … FROM json_each($rows)</c> statement
/// writes: a statement costs microseconds of managed binding and stepping, a json_each row a fraction
/// of that, and an article has dozens of rows. Strings are escaped only where JSON requires it
/// (quote, backslash, control characters), so SQLite reads back exactly the text a bound parameter
/// would have stored; a lone surrogate becomes U+FFFD, as the UTF-8 conversion of a bound string does.
/// </summary>
internal sealed class JsonRows
{
    private readonly StringBuilder text = new("[");
    private bool rowOpen;
    private bool firstValue;

    public int Count { get; private set; }

    public JsonRows BeginRow()
    {
        if (rowOpen)
        {
            throw new InvalidOperationException("The previous row is still open.");
        }

        text.Append(Count == 0 ? "[" : ",[");
        rowOpen = true;
        firstValue = true;
        Count++;
        return this;
    }

    public JsonRows EndRow()
    {
        text.Append(']');
        rowOpen = false;
        return this;
    }

    public JsonRows Number(long value)
    {
        Separator();
        text.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public JsonRows Null()
    {
        Separator();
        text.Append("null");
        return this;
    }

    public JsonRows String(string? value)
    {
        if (value is null)
        {
            return Null();
        }

        Separator();
        text.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == '"' || c == '\\')
            {
                text.Append('\\').Append(c);
            }
            else if (c < ' ')
            {
                text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                text.Append(c).Append(value[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                text.Append('\uFFFD');
            }
            else
            {
                text.Append(c);
            }
        }

        text.Append('"');
        return this;
    }

    /// <summary>A value that is already JSON (an array of numbers the caller built).</summary>
    public JsonRows Raw(string json)
    {
        Separator();
        text.Append(json);
        return this;
    }

    public override string ToString() => text.ToString() + "]";

    private void Separator()
    {
        if (!firstValue)
        {
            text.Append(',');
        }

        firstValue = false;
    }
}
