using System.Text;

namespace Newsgraph.Extraction.Metadata;

/// <summary>Small text helpers shared by the resolvers: whitespace cleanup and word tokens.</summary>
internal static class MetaText
{
    /// <summary>Collapses whitespace runs (including NBSP and zero-width space) to one space and trims.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Text of an element, cleaned, or empty when it is longer than <paramref name="max"/>.</summary>
    public static string TextOf(Newsgraph.Extraction.Html.Dom.HtmlElement e, int max = 400)
    {
        // Bounded walk instead of TextContent: a headline-classed wrapper can hold a whole page.
        int limit = max * 4;
        var sb = new StringBuilder();
        foreach (var node in e.DescendantNodes())
        {
            if (node is Newsgraph.Extraction.Html.Dom.HtmlText text)
            {
                sb.Append(text.Span);
                if (sb.Length > limit)
                {
                    return string.Empty;
                }
            }
        }

        string t = Clean(sb.ToString());
        return t.Length <= max ? t : string.Empty;
    }

    /// <summary>Lower-case letter/digit words.</summary>
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool word = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (word && start < 0)
            {
                start = i;
            }
            else if (!word && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }

    /// <summary>Letters and digits only, lower case: "The Hill!" and "the hill" compare equal.</summary>
    public static string Key(string? text) => string.Join(' ', Words(text));

    /// <summary>Share of <paramref name="a"/>'s words found in <paramref name="b"/>.</summary>
    public static double Containment(List<string> a, HashSet<string> b)
    {
        if (a.Count == 0)
        {
            return 0;
        }

        int hit = 0;
        foreach (var w in a)
        {
            if (b.Contains(w))
            {
                hit++;
            }
        }

        return (double)hit / a.Count;
    }
}
