using System.Runtime.InteropServices;
using Newsgraph.Extraction.Html.Dom;
using Newsgraph.Extraction.Heuristics;

namespace Newsgraph.Extraction.Content;

/// <summary>
/// Numbers every element of a page in pre-order (a subtree is the index range
/// [i, i + Size)) and gathers text figures bottom-up, so container choice and cleaning never
/// re-read the text of a subtree. Walks iteratively; elements deeper than the depth limit and
/// <see cref="ElementTag.Skipped"/> elements are not indexed (and must be skipped identically by
/// any walk that keeps its own counter in step with this index).
/// </summary>
internal sealed class PageIndex
{
    private readonly List<NodeStats> nodes = [];
    private readonly Stack<WalkFrame> stack = new();

    public int Count => nodes.Count;

    public int MaxDepth { get; private set; }

    public Span<NodeStats> Nodes => CollectionsMarshal.AsSpan(nodes);

    public ref NodeStats this[int index] => ref CollectionsMarshal.AsSpan(nodes)[index];

    public void Build(HtmlElement root, int maxDepth, CancellationToken cancellationToken)
    {
        nodes.Clear();
        stack.Clear();
        MaxDepth = maxDepth;
        stack.Push(new WalkFrame(root, -1, 0, false));
        int steps = 0;
        while (stack.Count > 0)
        {
            var frame = stack.Pop();
            if ((++steps & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var node = frame.Node;
            if (node is HtmlElement element)
            {
                var tag = ElementTags.Of(element.LocalName);
                if (tag == ElementTag.Skipped || frame.Depth > maxDepth)
                {
                    continue;
                }

                int index = nodes.Count;
                nodes.Add(new NodeStats { Element = element, Parent = frame.Parent, Size = 1, Depth = frame.Depth, Tag = tag });
                bool inLink = frame.InLink || tag == ElementTag.Anchor;
                for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push(new WalkFrame(child, index, frame.Depth + 1, inLink));
                }
            }
            else if (frame.Parent >= 0 && node is HtmlText text)
            {
                AddOwnText(frame.Parent, text.Span, frame.InLink);
            }
        }

        Accumulate();
    }

    /// <summary>Clears element references so the index does not keep a parsed page alive.</summary>
    public void Release()
    {
        nodes.Clear();
        stack.Clear();
    }

    public static float LinkDensity(in NodeStats n) => n.Text == 0 ? 0f : (float)n.LinkText / n.Text;

    private void AddOwnText(int owner, ReadOnlySpan<char> data, bool inLink)
    {
        int letters = 0;
        int commas = 0;
        foreach (char ch in data)
        {
            if (!char.IsWhiteSpace(ch))
            {
                letters++;
                if (ch is ',' or '،' or '，' or '、')
                {
                    commas++;
                }
            }
        }

        ref var n = ref this[owner];
        n.Text += letters;
        n.InlineText += letters;
        n.InlineCommas += commas;
        if (inLink)
        {
            n.LinkText += letters;
            n.InlineLinkText += letters;
        }
    }

    private void Accumulate()
    {
        var span = Nodes;
        for (int i = span.Length - 1; i >= 0; i--)
        {
            ref var n = ref span[i];
            if (IsParagraphLike(n))
            {
                n.ParagraphText += n.InlineText - n.InlineLinkText;
            }

            if (n.Parent < 0)
            {
                continue;
            }

            ref var parent = ref span[n.Parent];
            parent.Size += n.Size;
            parent.Text += n.Text;
            parent.LinkText += n.LinkText;
            parent.ParagraphText += n.ParagraphText;
            if (ElementTags.IsInline(n.Tag))
            {
                parent.InlineText += n.InlineText;
                parent.InlineLinkText += n.InlineLinkText;
                parent.InlineCommas += n.InlineCommas;
            }
        }
    }

    /// <summary>A block holding prose directly: enough inline text, mostly not link text.</summary>
    public static bool IsParagraphLike(in NodeStats n) =>
        n.Tag is ElementTag.Paragraph or ElementTag.Division or ElementTag.Preformatted or ElementTag.TableCell
            or ElementTag.ListItem or ElementTag.Blockquote or ElementTag.Article or ElementTag.Main
        && n.InlineText >= BodyThresholds.MinParagraphChars
        && n.InlineLinkText <= n.InlineText * BodyThresholds.MaxParagraphLinkDensity;

    private readonly record struct WalkFrame(HtmlNode Node, int Parent, int Depth, bool InLink);
}
