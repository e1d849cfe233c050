using AngleSharp.Dom;

namespace Newsgraph.Extraction.Metadata;

/// <summary>
/// The text of a byline element with a line break wherever the markup changes element, so that
/// "By &lt;a&gt;Brigit Katz&lt;/a&gt; &lt;span&gt;smithsonian.com&lt;/span&gt;" keeps the name and the outlet apart.
/// </summary>
internal static class BylineText
{
    private const int MaxNodes = 200;

    public static string Of(IElement root, int maxChars)
    {
        var sb = new System.Text.StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(root);
        int nodes = 0;
        INode? lastParent = null;
        while (stack.Count > 0 && nodes++ < MaxNodes && sb.Length <= maxChars)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                string t = text.Data;
                if (string.IsNullOrWhiteSpace(t))
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

            if (node is IElement e && (Tables.ScanCues.SkippedTags.Contains(e.LocalName) || e.LocalName == "time" && node != root))
            {
                // A time element inside a byline is the date, never a name.
                sb.Append('\n');
                continue;
            }

            if (node is IElement el && el.LocalName == "br")
            {
                sb.Append('\n');
                continue;
            }

            for (int i = node.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push(node.ChildNodes[i]);
            }
        }

        return sb.Length > maxChars ? string.Empty : sb.ToString();
    }
}
