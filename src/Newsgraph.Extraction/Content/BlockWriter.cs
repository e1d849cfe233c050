using System.Text;
using Newsgraph.Core.Documents;
using Newsgraph.Extraction.Heuristics;
using Newsgraph.Extraction.Html.Dom;

namespace Newsgraph.Extraction.Content;

/// <summary>
/// Writes the blocks of the chosen container(s) into an <see cref="ArticleTextBuilder"/>: walks the
/// subtree iteratively in step with the <see cref="PageIndex"/>, drops chrome subtrees (see
/// <see cref="BodyCleaner"/>), collapses inline whitespace, turns &lt;br&gt; into a line break,
/// writes data tables as one block (rows as lines, cells tab-separated) and records body links with
/// offsets relative to their block.
/// </summary>
internal sealed class BlockWriter
{
    private readonly StringBuilder buffer = new();
    private readonly List<Link> blockLinks = [];
    private readonly Stack<Frame> stack = new();
    private readonly BodyCleaner cleaner;
    private readonly LinkScope linkScope;

    private ArticleTextBuilder builder = new();
    private PageIndex index = null!;
    private Uri? baseUri;
    private bool pendingSpace;
    private bool softSpace;
    private int blockSerial;
    private HtmlElement? blockOwner;
    private int blockquoteDepth;
    private int preDepth;
    private int headingDepth;
    private int listItemDepth;
    private int tableDepth;
    private HtmlElement? dataTable;

    public BlockWriter(BodyCleaner cleaner, LinkScope linkScope)
    {
        this.cleaner = cleaner;
        this.linkScope = linkScope;
    }

    public void Write(ArticleTextBuilder target, PageIndex pageIndex, IReadOnlyList<int> roots, Uri? pageUri, CancellationToken cancellationToken)
    {
        builder = target;
        index = pageIndex;
        baseUri = pageUri;
        int bodyText = 0;
        foreach (int r in roots)
        {
            bodyText += index[r].ParagraphText;
        }

        cleaner.Begin(index, bodyText);
        foreach (int root in roots)
        {
            WriteRoot(root, cancellationToken);
        }

        index = null!;
        builder = null!;
    }

    private void WriteRoot(int root, CancellationToken cancellationToken)
    {
        ResetBlockState();
        stack.Clear();
        stack.Push(new Frame(index[root].Element, index[root].Depth, ElementTag.Division, Exit: false, Start: 0, Serial: 0, Href: null));
        int next = root;
        int steps = 0;
        while (stack.Count > 0)
        {
            var frame = stack.Pop();
            if ((++steps & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (frame.Exit)
            {
                Exit(frame);
                continue;
            }

            if (frame.Node is HtmlElement element)
            {
                var tag = ElementTags.Of(element.LocalName);
                if (tag == ElementTag.Skipped || frame.Depth > index.MaxDepth)
                {
                    continue;
                }

                int at = next++;
                if (!ReferenceEquals(index[at].Element, element))
                {
                    // The walk fell out of step with the index (cannot happen with an unchanged DOM); stop rather than misread.
                    break;
                }

                if (at != root && cleaner.ShouldDrop(at, element, tag))
                {
                    next = at + index[at].Size;
                    continue;
                }

                Enter(at, element, tag, frame.Depth);
            }
            else if (frame.Node is HtmlText text)
            {
                AppendText(text.Span);
            }
        }

        Flush();
    }

    private void Enter(int at, HtmlElement element, ElementTag tag, int depth)
    {
        string? href = null;
        int start = 0;
        switch (tag)
        {
            case ElementTag.LineBreak:
                AppendHard('\n');
                return;
            case ElementTag.Anchor:
                href = element.GetAttribute("href");
                start = buffer.Length + (pendingSpace ? 1 : 0);
                softSpace = true;
                break;
            case ElementTag.Table when tableDepth == 0 && IsDataTable(at):
                Flush();
                blockOwner = element;
                dataTable = element;
                tableDepth++;
                break;
            case ElementTag.TableCell when tableDepth > 0:
                if (buffer.Length > 0 && buffer[^1] != '\n')
                {
                    AppendHard('\t');
                }

                break;
            case ElementTag.Inline or ElementTag.Image:
                break;
            default:
                if (tableDepth == 0)
                {
                    Flush();
                    blockOwner = element;
                    Count(tag, +1);
                }

                break;
        }

        stack.Push(new Frame(element, depth, tag, Exit: true, start, blockSerial, href));
        for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
        {
            stack.Push(new Frame(child, depth + 1, ElementTag.Inline, Exit: false, 0, 0, null));
        }
    }

    private void Exit(in Frame frame)
    {
        switch (frame.Tag)
        {
            case ElementTag.Anchor:
                AddLink(frame);
                softSpace = true;
                break;
            case ElementTag.Table when tableDepth > 0 && ReferenceEquals(dataTable, frame.Node):
                Flush();
                tableDepth--;
                dataTable = null;
                blockOwner = (frame.Node as HtmlElement)?.ParentElement;
                break;
            case ElementTag.TableRow when tableDepth > 0:
                AppendHard('\n');
                break;
            case ElementTag.Inline or ElementTag.Image or ElementTag.LineBreak or ElementTag.TableCell when tableDepth > 0:
                break;
            case ElementTag.Inline or ElementTag.Image or ElementTag.LineBreak:
                break;
            default:
                if (tableDepth == 0)
                {
                    Flush();
                    Count(frame.Tag, -1);
                    blockOwner = (frame.Node as HtmlElement)?.ParentElement;
                }

                break;
        }
    }

    private void Count(ElementTag tag, int delta)
    {
        switch (tag)
        {
            case ElementTag.Blockquote:
                blockquoteDepth += delta;
                break;
            case ElementTag.Preformatted:
                preDepth += delta;
                break;
            case ElementTag.Heading:
                headingDepth += delta;
                break;
            case ElementTag.ListItem:
                listItemDepth += delta;
                break;
        }
    }

    private bool IsDataTable(int table)
    {
        var nodes = index.Nodes;
        int end = table + nodes[table].Size;
        for (int i = table + 1; i < end; i++)
        {
            ref var n = ref nodes[i];
            if (n.Tag == ElementTag.Table || (n.Tag == ElementTag.TableCell && n.Text > BodyThresholds.MaxDataCellChars))
            {
                return false;
            }
        }

        return true;
    }

    private void AddLink(in Frame frame)
    {
        if (frame.Serial != blockSerial || string.IsNullOrWhiteSpace(frame.Href))
        {
            return;
        }

        int start = frame.Start;
        int end = buffer.Length;
        while (start < end && char.IsWhiteSpace(buffer[start]))
        {
            start++;
        }

        if (end <= start)
        {
            return;
        }

        string? href = ResolveHref(frame.Href);
        if (href is not null)
        {
            blockLinks.Add(new Link(start, end, href));
        }
    }

    private string? ResolveHref(string href)
    {
        href = href.Trim();
        if (href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (baseUri is not null && Uri.TryCreate(baseUri, href, out var absolute))
        {
            return absolute.AbsoluteUri;
        }

        return href;
    }

    private void AppendText(ReadOnlySpan<char> data)
    {
        if (preDepth > 0)
        {
            foreach (char ch in data)
            {
                if (ch != '\r')
                {
                    buffer.Append(ch);
                }
            }

            return;
        }

        foreach (char ch in data)
        {
            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = buffer.Length > 0 && buffer[^1] is not ('\n' or '\t');
            }
            else if (ch is not ('\u200B' or '\uFEFF' or '\u00AD' or '\u200C' or '\u200D'))
            {
                if (pendingSpace || (softSpace && buffer.Length > 0 && char.IsLetterOrDigit(ch) && char.IsLetterOrDigit(buffer[^1])))
                {
                    buffer.Append(' ');
                }

                pendingSpace = false;
                softSpace = false;
                buffer.Append(ch);
            }
        }
    }

    private void AppendHard(char ch)
    {
        pendingSpace = false;
        softSpace = false;
        if (buffer.Length > 0)
        {
            buffer.Append(ch);
        }
    }

    private void Flush()
    {
        if (buffer.Length == 0)
        {
            ClearBlock();
            return;
        }

        int start = 0;
        int end = buffer.Length;
        while (start < end && char.IsWhiteSpace(buffer[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(buffer[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            string text = buffer.ToString(start, end - start);
            var kind = CurrentKind();
            if (kind is BlockKind.Table or BlockKind.Preformatted || !(TeaserCues.IsTeaser(text) || IsInternalLinkTeaser(text)))
            {
                for (int i = 0; i < blockLinks.Count; i++)
                {
                    var link = blockLinks[i];
                    blockLinks[i] = link with { Start = link.Start - start, End = Math.Min(link.End, end) - start };
                }

                builder.AppendBlock(kind, text, blockOwner is null ? -1 : Html.SourcePositions.Of(blockOwner), blockLinks);
            }
        }

        ClearBlock();
    }

    /// <summary>
    /// A short block that is all link text pointing into the same site is a related-article teaser
    /// placed between paragraphs ("SEE ALSO"-style headlines); outside links (shops, sources) stay.
    /// </summary>
    private bool IsInternalLinkTeaser(string text)
    {
        if (blockLinks.Count == 0 || text.Length > BodyThresholds.MaxLinkTeaserChars)
        {
            return false;
        }

        int linked = 0;
        foreach (var link in blockLinks)
        {
            if (!linkScope.IsInternal(link.Href))
            {
                return false;
            }

            linked += CountLetters(text.AsSpan(link.Start, link.End - link.Start));
        }

        return linked >= CountLetters(text) * BodyThresholds.MinTeaserLinkShare;
    }

    private static int CountLetters(ReadOnlySpan<char> text)
    {
        int letters = 0;
        foreach (char ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                letters++;
            }
        }

        return letters;
    }

    private BlockKind CurrentKind() =>
        tableDepth > 0 ? BlockKind.Table
        : preDepth > 0 ? BlockKind.Preformatted
        : headingDepth > 0 ? BlockKind.Heading
        : blockquoteDepth > 0 ? BlockKind.Blockquote
        : listItemDepth > 0 ? BlockKind.ListItem
        : BlockKind.Paragraph;

    private void ClearBlock()
    {
        buffer.Clear();
        blockLinks.Clear();
        pendingSpace = false;
        softSpace = false;
        blockSerial++;
    }

    private void ResetBlockState()
    {
        ClearBlock();
        blockOwner = null;
        blockquoteDepth = 0;
        preDepth = 0;
        headingDepth = 0;
        listItemDepth = 0;
        tableDepth = 0;
        dataTable = null;
    }

    private readonly record struct Frame(HtmlNode Node, int Depth, ElementTag Tag, bool Exit, int Start, int Serial, string? Href);
}
