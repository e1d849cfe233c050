using Newsgraph.Extraction.Html.Dom;

namespace Newsgraph.Extraction.Metadata;

/// <summary>
/// The text of a byline element with a line break wherever the markup changes element, so that
/// "By &lt;a&gt;Brigit Katz&lt;/a&gt; &lt;span&gt;smithsonian.com&lt;/span&gt;" keeps the name and the outlet apart.
/// </summary>
internal static class BylineText
{
    private const int MaxNodes = 200;

    public static string Of(HtmlElement root, int maxChars)
    {
        var sb = new System.Text.StringBuilder();
        var stack = new Stack<HtmlNode>();
        stack.Push(root);
        int nodes = 0;
        HtmlNode? lastParent = null;
        while (stack.Count > 0 && nodes++ < MaxNodes && sb.Length <= maxChars)
        {
            var node = stack.Pop();
            if (node is HtmlText text)
            {
                var t = text.Span;
                if (t.IsWhiteSpace())
                {
                    if (sb.Length > 0 && sb[^1] != ' ' && sb[^1] != '\n')
                    {
                        sb.Append(' ');
                    }

                    continue;
                }

                if (lastParent is not null && lastParent != text.Parent && sb.Length > 0)
                {
                    sb.Append('\n');
                }

                lastParent = text.Parent;
                sb.Append(t);
                continue;
            }

            var e = (HtmlElement)node;
            if (Tables.ScanCues.SkippedTags.Contains(e.LocalName) || (e.LocalName == "time" && node != root))
            {
                // A time element inside a byline is the date, never a name.
                sb.Append('\n');
                continue;
            }

            if (e.LocalName == "br")
            {
                sb.Append('\n');
                continue;
            }

            for (var child = e.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push(child);
            }
        }

        return sb.Length > maxChars ? string.Empty : sb.ToString();
    }
}
