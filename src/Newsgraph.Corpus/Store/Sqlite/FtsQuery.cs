using System.Text;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>
/// Turns what a user types into an FTS5 query that cannot be a syntax error: every word and every
/// "quoted phrase" becomes a quoted FTS5 phrase (so punctuation, hyphens and FTS operators in the
/// input are just text), all of which must match; a bare upper-case OR between two terms is kept as
/// the OR operator. Returns null when nothing searchable is left.
/// </summary>
internal static class FtsQuery
{
    public static string? Build(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var terms = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            string token;
            if (text[i] == '"')
            {
                int close = text.IndexOf('"', i + 1);
                int end = close < 0 ? text.Length : close;
                token = text[(i + 1)..end];
                i = end + 1;
            }
            else
            {
                int end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"')
                {
                    end++;
                }

                token = text[i..end];
                i = end;
                if (token == "OR")
                {
                    terms.Add("OR");
                    continue;
                }
            }

            if (token.Any(char.IsLetterOrDigit))
            {
                terms.Add("\"" + token.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
            }
        }

        // an OR needs a term on each side
        while (terms.Count > 0 && terms[0] == "OR")
        {
            terms.RemoveAt(0);
        }

        while (terms.Count > 0 && terms[^1] == "OR")
        {
            terms.RemoveAt(terms.Count - 1);
        }

        var sb = new StringBuilder();
        for (int t = 0; t < terms.Count; t++)
        {
            if (terms[t] == "OR" && terms[t - 1] == "OR")
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(terms[t]);
        }

        return sb.Length == 0 ? null : sb.ToString();
    }
}
