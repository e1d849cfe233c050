namespace Newsgraph.Extraction.Text;

/// <summary>
/// Splits flattened text into units. Each non-empty line is a unit (flattened pages put one
/// paragraph per line), except that a hard-wrapped block (several long lines without blank lines
/// between, none ending a sentence before the last) is joined into one unit.
/// </summary>
internal static class TextUnits
{
    public static List<TextUnit> Split(string text)
    {
        var lines = new List<TextUnit>();
        var blockBreaks = new List<bool>();
        int pos = 0;
        bool blankBefore = true;
        while (pos <= text.Length)
        {
            int nl = text.IndexOf('\n', pos);
            int end = nl < 0 ? text.Length : nl;
            var line = text.AsSpan(pos, end - pos);
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                blankBefore = true;
            }
            else
            {
                int start = pos + (line.Length - line.TrimStart().Length);
                lines.Add(new TextUnit(trimmed.ToString(), start));
                blockBreaks.Add(blankBefore);
                blankBefore = false;
            }

            if (nl < 0)
            {
                break;
            }

            pos = nl + 1;
        }

        return JoinHardWraps(lines, blockBreaks);
    }

    /// <summary>Joins a line to the previous one when the previous looks cut by a hard wrap.</summary>
    private static List<TextUnit> JoinHardWraps(List<TextUnit> lines, List<bool> blockBreaks)
    {
        var units = new List<TextUnit>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!blockBreaks[i] && units.Count > 0 && IsWrapped(units[^1], line))
            {
                units[^1] = units[^1] with { Text = units[^1].Text + " " + line.Text };
            }
            else
            {
                units.Add(line);
            }
        }

        return units;
    }

    private static bool IsWrapped(TextUnit previous, TextUnit next)
    {
        // A wrapped line fills most of a typical wrap width and stops mid-sentence; the next line
        // visibly continues it. Kept strict: a headline followed by a byline on the next line must
        // stay two units.
        return previous.Text.Length >= TextCues.HardWrapMinLineLength
            && !previous.EndsLikeSentence
            && (char.IsLower(next.Text[0]) || previous.Text[^1] is ',' or ';' or '-' or '\u2013' or '\u2014');
    }
}
