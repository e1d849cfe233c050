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
    /// <summary>Stands for the article's number at the start of a row built before the article has
    /// one (<see cref="BeginArticleRow"/>); the writer puts the number in its place
    /// (<see cref="AppendWithSeq"/>). A raw control character never occurs elsewhere in the output:
    /// <see cref="String"/> escapes every one, and <see cref="Raw"/> takes JSON (which has none
    /// outside strings).</summary>
    internal const char SeqSlot = '\u0001';

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

    /// <summary>A row of an article's table: its first value is the article's number, filled in by
    /// the writer, which then stores the rows of a whole batch with one statement.</summary>
    public JsonRows BeginArticleRow()
    {
        BeginRow();
        text.Append(SeqSlot);
        firstValue = false;
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

    /// <summary>Appends the rows of one array built by <see cref="BeginArticleRow"/> (its brackets
    /// dropped) to <paramref name="batch"/>, an array being built of several, with
    /// <paramref name="seq"/> in every <see cref="SeqSlot"/>.</summary>
    internal static void AppendWithSeq(StringBuilder batch, string rows, long seq)
    {
        var inner = rows.AsSpan(1, rows.Length - 2);
        if (inner.IsEmpty)
        {
            return;
        }

        string number = seq.ToString(CultureInfo.InvariantCulture);
        batch.Append(batch.Length == 1 ? "" : ",");
        while (true)
        {
            int slot = inner.IndexOf(SeqSlot);
            if (slot < 0)
            {
                batch.Append(inner);
                return;
            }

            batch.Append(inner[..slot]).Append(number);
            inner = inner[(slot + 1)..];
        }
    }

    /// <summary>Appends the rows of one array (its brackets dropped) to <paramref name="batch"/>.</summary>
    internal static void Append(StringBuilder batch, string rows)
    {
        var inner = rows.AsSpan(1, rows.Length - 2);
        if (!inner.IsEmpty)
        {
            batch.Append(batch.Length == 1 ? "" : ",").Append(inner);
        }
    }

    private void Separator()
    {
        if (!firstValue)
        {
            text.Append(',');
        }

        firstValue = false;
    }
}
