namespace Newsgraph.Language.Tokens;

/// <summary>Web addresses written out in text: "https://…", "http://…", "ftp://…", "www.…".</summary>
internal static class Urls
{
    /// <summary>What a URL starts with; the character after it must be a letter or digit.</summary>
    private static readonly string[] Prefixes = ["https://", "http://", "ftp://", "www."];

    /// <summary>
    /// End of the URL that starts at <paramref name="pos"/> and runs to <paramref name="limit"/> (the
    /// chunk end), less the punctuation that follows URLs in prose and an unbalanced ")"; or
    /// <paramref name="pos"/> when no URL starts there.
    /// </summary>
    public static int End(string text, int pos, int limit)
    {
        // Cheap filter before the prefix comparisons: "www." has its period, "http:", "https:", "ftp:" their colon.
        bool mayBeUrl = limit - pos > 6 && text[pos] is 'h' or 'H' or 'w' or 'W' or 'f' or 'F'
            && (text[pos + 3] is '.' or ':' || text[pos + 4] == ':' || text[pos + 5] == ':');
        if (!mayBeUrl)
        {
            return pos;
        }

        foreach (var prefix in Prefixes)
        {
            if (limit - pos > prefix.Length && text.AsSpan(pos, prefix.Length).Equals(prefix, StringComparison.OrdinalIgnoreCase)
                && char.IsAsciiLetterOrDigit(text[pos + prefix.Length]))
            {
                return TrimmedEnd(text, pos, limit);
            }
        }

        return pos;
    }

    private static int TrimmedEnd(string text, int pos, int limit)
    {
        int open = 0, close = 0;
        for (int k = pos; k < limit; k++)
        {
            if (text[k] == '(')
            {
                open++;
            }
            else if (text[k] == ')')
            {
                close++;
            }
        }

        int end = limit;
        while (end > pos + 1)
        {
            char last = text[end - 1];
            if (last == ')' && close > open)
            {
                close--;
                end--;
            }
            else if (last is '.' or ',' or ';' or ':' or '!' or '?' or ']' or '}' or '>' or '\u2026' || CharClass.IsQuote(last))
            {
                end--;
            }
            else
            {
                break;
            }
        }

        return end;
    }
}
