using System.Collections.Frozen;
using Newsgraph.Extraction.Content;

namespace Newsgraph.Extraction.Html.Dom;

/// <summary>
/// Tokenises a decoded page and builds the light <see cref="HtmlTree"/> in one pass, with the
/// tree-construction rules that shape news pages: implied end tags (p, li, dd/dt, table cells and
/// rows, headings, nested a/form), end tags that only close what they may, head/body placement, and
/// raw-text elements. Script, style, comment and SVG/MathML contents are skipped, never copied
/// (JSON-LD script bodies are kept aside as ranges). Deliberately not done: adoption-agency
/// repair of misnested formatting, foster parenting out of tables and implied tbody/tr: they move
/// no text between blocks on real pages. Elements deeper than the depth limit are not opened (their
/// text joins the deepest open element), and every stack search is bounded, so hostile nesting stays
/// linear. Not thread-safe: it reuses its buffers and name tables; use one per thread.
/// </summary>
internal sealed class HtmlTreeBuilder
{
    /// <summary>Pages with at most this many JSON-LD blocks keep them all; later ones are data dumps.</summary>
    private const int MaxJsonLdBlocks = 32;

    /// <summary>Distinct unknown tag/attribute names interned per builder; past this they are allocated per use.</summary>
    private const int MaxInternedNames = 4096;

    /// <summary>Open elements tracked past the depth limit (not opened, only counted so their end
    /// tags match); beyond this, deeper start tags are dropped outright, bounding memory.</summary>
    private const int MaxTrackedDepth = 1_000_000;

    private static readonly string[] Paragraph = ["p"];
    private static readonly string[] ListItem = ["li"];
    private static readonly string[] Definition = ["dd", "dt"];
    private static readonly string[] Anchor = ["a"];
    private static readonly string[] NoBreak = ["nobr"];
    private static readonly string[] Button = ["button"];
    private static readonly string[] Form = ["form"];
    private static readonly string[] Headings = ["h1", "h2", "h3", "h4", "h5", "h6"];

    private static readonly string[] CommonAttributes =
    [
        "class", "id", "href", "src", "content", "name", "property", "itemprop", "itemtype", "itemscope", "rel", "style", "hidden",
        "aria-hidden", "aria-label", "role", "datetime", "lang", "xml:lang", "alt", "title", "type", "data-src", "data-original",
        "data-lazy-src", "srcset", "data-srcset", "http-equiv", "charset", "width", "height", "target", "loading", "sizes",
    ];

    private readonly Dictionary<string, string> tagNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> attributeNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> tagLookup;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> attributeLookup;
    private readonly List<Open> stack = [];

    private string html = string.Empty;
    private int maxDepth;
    private HtmlAttributeStore attributes = new(string.Empty);
    private HtmlElement root = null!;
    private HtmlElement head = null!;
    private HtmlElement body = null!;
    private bool inBody;
    private bool rootAttributesSet;
    private bool bodyAttributesSet;
    private List<ReadOnlyMemory<char>> jsonLd = [];
    private int blankedTags;
    private int openParagraphs;
    private long work;

    public HtmlTreeBuilder()
    {
        foreach (string name in KnownNames())
        {
            tagNames.TryAdd(name, name);
        }

        foreach (string name in CommonAttributes)
        {
            attributeNames.TryAdd(name, name);
        }

        tagLookup = tagNames.GetAlternateLookup<ReadOnlySpan<char>>();
        attributeLookup = attributeNames.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>One open element; <see cref="Element"/> is null past the depth limit (counted, not opened).</summary>
    private readonly record struct Open(string Name, HtmlElement? Element);

    public HtmlTree Build(string source, int depthLimit, CancellationToken cancellationToken)
    {
        html = source;
        maxDepth = Math.Max(1, depthLimit);
        attributes = new HtmlAttributeStore(source, source.Length / HtmlAttributeStore.CharsPerAttribute);
        jsonLd = [];
        stack.Clear();
        blankedTags = 0;
        openParagraphs = 0;
        work = 0;
        inBody = false;
        rootAttributesSet = false;
        bodyAttributesSet = false;
        root = new HtmlElement("html", -1);
        head = new HtmlElement("head", -1);
        body = new HtmlElement("body", -1);
        root.AppendChild(head);
        root.AppendChild(body);
        try
        {
            Run(cancellationToken);
            return new HtmlTree(html, root, head, body, jsonLd, blankedTags, work);
        }
        finally
        {
            stack.Clear();
            html = string.Empty;
        }
    }

    private void Run(CancellationToken cancellationToken)
    {
        int i = 0;
        int textStart = 0;
        int steps = 0;
        while (true)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            if ((++steps & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            work++;
            char c = html[lt + 1];
            int next;
            if (char.IsAsciiLetter(c))
            {
                Text(textStart, lt);
                next = StartTag(lt);
            }
            else if (c == '/')
            {
                if (lt + 2 >= html.Length)
                {
                    break;
                }

                Text(textStart, lt);
                char d = html[lt + 2];
                next = char.IsAsciiLetter(d) ? EndTag(lt)
                    : d == '>' ? lt + 3
                    : After(html.IndexOf('>', lt + 2), 1);
            }
            else if (c == '!')
            {
                Text(textStart, lt);
                next = html.AsSpan(lt).StartsWith("<!--") ? CommentEnd(lt) : After(html.IndexOf('>', lt), 1);
            }
            else if (c == '?')
            {
                Text(textStart, lt);
                next = After(html.IndexOf('>', lt), 1);
            }
            else
            {
                i = lt + 1;
                continue;
            }

            i = next;
            textStart = next;
        }

        Text(textStart, html.Length);
    }

    private HtmlElement Current => stack.Count == 0 ? (inBody ? body : head) : stack[Math.Min(stack.Count, maxDepth) - 1].Element!;

    private void Text(int start, int end)
    {
        if (end <= start)
        {
            return;
        }

        var span = html.AsSpan(start, end - start);
        if (!inBody)
        {
            if (span.IsWhiteSpace())
            {
                return;
            }

            inBody = true;
        }

        Current.AppendChild(new HtmlText(html, start, end - start, span.Contains('&')));
    }

    /// <summary>Where a comment starting at <paramref name="lt"/> ends; "&lt;!--&gt;" and "&lt;!---&gt;" are complete comments.</summary>
    private int CommentEnd(int lt)
    {
        var rest = html.AsSpan(lt + 4);
        if (rest.StartsWith(">"))
        {
            return lt + 5;
        }

        if (rest.StartsWith("->"))
        {
            return lt + 6;
        }

        return After(html.IndexOf("-->", lt + 4, StringComparison.Ordinal), 3);
    }

    /// <summary>Position after a match of length <paramref name="length"/>, or the end of input when there is none.</summary>
    private int After(int index, int length) => index < 0 ? html.Length : index + length;

    private int NameEnd(int start)
    {
        int j = start;
        while (j < html.Length && html[j] is not ('>' or '/' or ' ' or '\n' or '\t' or '\r' or '\f'))
        {
            j++;
        }

        return j;
    }

    private string Intern(Dictionary<string, string> table, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> name)
    {
        if (lookup.TryGetValue(name, out string? known))
        {
            return known;
        }

        string lower = name.ToString().ToLowerInvariant();
        if (table.Count < MaxInternedNames)
        {
            table[lower] = lower;
        }

        return lower;
    }

    private int StartTag(int lt)
    {
        int nameEnd = NameEnd(lt + 1);
        string name = Intern(tagNames, tagLookup, html.AsSpan(lt + 1, nameEnd - lt - 1));
        int firstAttribute = attributes.Count;
        int gt = ReadAttributes(nameEnd, out bool selfClosing);
        if (gt < 0)
        {
            // A tag cut off by the end of input is dropped, as the HTML tokenizer does.
            return html.Length;
        }

        int attributeCount = attributes.Count - firstAttribute;
        int next = gt + 1;
        switch (name)
        {
            case "html":
                if (!rootAttributesSet && attributeCount > 0)
                {
                    root.SetAttributes(attributes, firstAttribute, attributeCount);
                    rootAttributesSet = true;
                }

                return next;
            case "head":
                return next;
            case "body":
                if (!bodyAttributesSet && attributeCount > 0)
                {
                    body.SetAttributes(attributes, firstAttribute, attributeCount);
                    bodyAttributesSet = true;
                }

                inBody = true;
                return next;
            case "image":
                name = "img";
                break;
        }

        if (!inBody && !TreeRules.Head.Contains(name))
        {
            inBody = true;
        }

        if (NestingRules.RawText.Contains(name))
        {
            return RawText(name, lt, gt, firstAttribute, attributeCount);
        }

        if (NestingRules.Void.Contains(name))
        {
            Append(name, lt, firstAttribute, attributeCount);
            return next;
        }

        if (NestingRules.Foreign.Contains(name))
        {
            // SVG icons and MathML: their inner elements are shapes nothing reads.
            Append(name, lt, firstAttribute, attributeCount);
            if (selfClosing)
            {
                return next;
            }

            int close = TextSearch.IndexOfIgnoreCase(html, name == "svg" ? "</svg" : "</math", next);
            return close < 0 ? html.Length : After(html.IndexOf('>', close), 1);
        }

        if (name == "plaintext")
        {
            var plain = Append(name, lt, firstAttribute, attributeCount);
            if (next < html.Length)
            {
                plain.AppendChild(new HtmlText(html, next, html.Length - next, hasReferences: false));
            }

            return html.Length;
        }

        if (!CloseImplied(name))
        {
            return next;
        }

        Push(name, lt, firstAttribute, attributeCount);
        return next;
    }

    /// <summary>Reads attributes up to the tag's '&gt;'; returns its index, or -1 when the tag never ends.</summary>
    private int ReadAttributes(int from, out bool selfClosing)
    {
        selfClosing = false;
        int j = from;
        while (j < html.Length)
        {
            char ch = html[j];
            if (ch == '>')
            {
                selfClosing = j > from && html[j - 1] == '/';
                return j;
            }

            if (ch is '/' or ' ' or '\n' or '\t' or '\r' or '\f')
            {
                j++;
                continue;
            }

            int nameStart = j;
            j++;
            while (j < html.Length && html[j] is not ('=' or '>' or '/' or ' ' or '\n' or '\t' or '\r' or '\f'))
            {
                j++;
            }

            int nameEnd = j;
            while (j < html.Length && html[j] is ' ' or '\n' or '\t' or '\r' or '\f')
            {
                j++;
            }

            int valueStart = nameEnd;
            int valueLength = 0;
            if (j < html.Length && html[j] == '=')
            {
                j++;
                while (j < html.Length && html[j] is ' ' or '\n' or '\t' or '\r' or '\f')
                {
                    j++;
                }

                if (j < html.Length && html[j] is '"' or '\'')
                {
                    int close = html.IndexOf(html[j], j + 1);
                    if (close < 0)
                    {
                        return -1;
                    }

                    valueStart = j + 1;
                    valueLength = close - valueStart;
                    j = close + 1;
                }
                else
                {
                    valueStart = j;
                    while (j < html.Length && html[j] is not ('>' or ' ' or '\n' or '\t' or '\r' or '\f'))
                    {
                        j++;
                    }

                    valueLength = j - valueStart;
                }
            }

            attributes.Add(new HtmlAttribute
            {
                Name = Intern(attributeNames, attributeLookup, html.AsSpan(nameStart, nameEnd - nameStart)),
                ValueStart = valueStart,
                ValueLength = valueLength,
                HasReferences = html.AsSpan(valueStart, valueLength).Contains('&'),
            });
        }

        return -1;
    }

    /// <summary>script, style, title, textarea …: content up to the matching end tag, kept only where it is text a reader sees.</summary>
    private int RawText(string name, int lt, int gt, int firstAttribute, int attributeCount)
    {
        int next = gt + 1;
        int close = TextSearch.IndexOfIgnoreCase(html, EndTagOf(name), next);
        int end = close < 0 ? html.Length : close;
        var element = Append(name, lt, firstAttribute, attributeCount);
        if (name is "title" or "textarea" && end > next)
        {
            element.AppendChild(new HtmlText(html, next, end - next, html.AsSpan(next, end - next).Contains('&')));
        }
        else if (name is "script" && jsonLd.Count < MaxJsonLdBlocks && html.AsSpan(lt, gt - lt).Contains("ld+json", StringComparison.OrdinalIgnoreCase))
        {
            jsonLd.Add(html.AsMemory(next, end - next));
        }

        return close < 0 ? html.Length : After(html.IndexOf('>', close), 1);
    }

    private static string EndTagOf(string name) => name switch
    {
        "script" => "</script",
        "style" => "</style",
        "title" => "</title",
        "textarea" => "</textarea",
        "iframe" => "</iframe",
        "xmp" => "</xmp",
        "noembed" => "</noembed",
        "noframes" => "</noframes",
        _ => "</" + name,
    };

    private HtmlElement NewElement(string name, int lt, int firstAttribute, int attributeCount)
    {
        var element = new HtmlElement(name, lt);
        if (attributeCount > 0)
        {
            element.SetAttributes(attributes, firstAttribute, attributeCount);
        }

        return element;
    }

    /// <summary>Adds an element that is not left open (void, raw text, foreign).</summary>
    private HtmlElement Append(string name, int lt, int firstAttribute, int attributeCount)
    {
        var element = NewElement(name, lt, firstAttribute, attributeCount);
        Current.AppendChild(element);
        return element;
    }

    private void Push(string name, int lt, int firstAttribute, int attributeCount)
    {
        if (stack.Count >= MaxTrackedDepth)
        {
            blankedTags++;
            return;
        }

        HtmlElement? element = null;
        if (stack.Count < maxDepth)
        {
            element = NewElement(name, lt, firstAttribute, attributeCount);
            Current.AppendChild(element);
        }
        else
        {
            blankedTags++;
        }

        stack.Add(new Open(name, element));
        if (name == "p")
        {
            openParagraphs++;
        }
    }

    /// <summary>
    /// Applies the implied end tags a start tag causes (a new &lt;li&gt; closes the open one, a block
    /// closes an open &lt;p&gt; …). Returns false when the start tag is ignored outright.
    /// </summary>
    private bool CloseImplied(string tag)
    {
        if (openParagraphs > 0 && NestingRules.ClosesParagraph.Contains(tag))
        {
            PopTo(Find(Paragraph, NestingRules.ScopeBoundary));
        }

        switch (tag)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                if (stack.Count > 0 && Headings.Contains(stack[^1].Name))
                {
                    PopTo(stack.Count - 1);
                }

                return true;
            case "li":
                PopTo(Find(ListItem, NestingRules.ListItemBoundary));
                return true;
            case "dd" or "dt":
                PopTo(Find(Definition, NestingRules.ListItemBoundary));
                return true;
            case "td" or "th":
                PopTo(FindStopping(TreeRules.Cells, TreeRules.CellStops));
                return true;
            case "tr":
                PopTo(FindStopping(TreeRules.Rows, TreeRules.RowStops));
                return true;
            case "tbody" or "thead" or "tfoot":
                PopTo(FindStopping(TreeRules.RowGroups, TreeRules.RowGroupStops));
                return true;
            case "table":
                PopTo(FindTableToClose());
                return true;
            case "a":
                PopTo(Find(Anchor, NestingRules.ScopeBoundary));
                return true;
            case "nobr":
                PopTo(Find(NoBreak, NestingRules.ScopeBoundary));
                return true;
            case "button":
                PopTo(Find(Button, NestingRules.ScopeBoundary));
                return true;
            case "form":
                // A form inside an open form is ignored.
                return Find(Form, null) < 0;
            case "option" or "optgroup":
                if (stack.Count > 0 && stack[^1].Name == "option")
                {
                    PopTo(stack.Count - 1);
                }

                return true;
            default:
                return true;
        }
    }

    /// <summary>A &lt;table&gt; directly inside a table (not in a cell or caption) closes it.</summary>
    private int FindTableToClose()
    {
        for (int k = stack.Count - 1; k >= Math.Max(0, stack.Count - NestingRules.SearchDepth); k--)
        {
            work++;
            switch (stack[k].Name)
            {
                case "table":
                    return k;
                case "td" or "th" or "caption" or "template":
                    return -1;
            }
        }

        return -1;
    }

    /// <summary>The nearest open element named one of <paramref name="names"/>, not looking past an element in <paramref name="boundaries"/>.</summary>
    private int Find(string[] names, FrozenSet<string>? boundaries)
    {
        for (int k = stack.Count - 1; k >= Math.Max(0, stack.Count - NestingRules.SearchDepth); k--)
        {
            work++;
            string open = stack[k].Name;
            if (names.Contains(open))
            {
                return k;
            }

            if (boundaries is not null && boundaries.Contains(open))
            {
                return -1;
            }
        }

        return -1;
    }

    private int FindStopping(string[] names, string[] stops)
    {
        for (int k = stack.Count - 1; k >= Math.Max(0, stack.Count - NestingRules.SearchDepth); k--)
        {
            work++;
            string open = stack[k].Name;
            if (names.Contains(open))
            {
                return k;
            }

            if (stops.Contains(open))
            {
                return -1;
            }
        }

        return -1;
    }

    private int EndTag(int lt)
    {
        int nameStart = lt + 2;
        int nameEnd = NameEnd(nameStart);
        int gt = html.IndexOf('>', nameEnd);
        if (gt < 0)
        {
            return html.Length;
        }

        string name = Intern(tagNames, tagLookup, html.AsSpan(nameStart, nameEnd - nameStart));
        switch (name)
        {
            case "br":
                // "</br>" is read as "<br>".
                Append("br", lt, 0, 0);
                return gt + 1;
            case "html" or "head" or "body":
                // Content after </body> still belongs to the body.
                return gt + 1;
            case "p":
                int p = Find(Paragraph, NestingRules.ScopeBoundary);
                if (p < 0)
                {
                    // A stray </p> makes an empty paragraph: it still separates blocks.
                    inBody = true;
                    Append("p", lt, 0, 0);
                }

                PopTo(p);
                return gt + 1;
        }

        PopTo(FindOpen(name));
        return gt + 1;
    }

    /// <summary>
    /// The open element an end tag closes, or -1 to ignore it: special elements search down to a
    /// scope boundary (table parts to the table), ordinary ones stop at any special element.
    /// Looks at the top of the stack and at the elements within the depth limit: a hostile stack is
    /// deep, but an end tag can only be meant for one of those.
    /// </summary>
    private int FindOpen(string name)
    {
        bool special = TreeRules.Special.Contains(name);
        var boundaries = TreeRules.TableParts.Contains(name) ? TreeRules.TableScope : NestingRules.ScopeBoundary;
        int top = Math.Max(0, stack.Count - NestingRules.SearchDepth);
        for (int k = stack.Count - 1; k >= 0; k = k == top ? Math.Min(top, maxDepth) - 1 : k - 1)
        {
            work++;
            string open = stack[k].Name;
            if (string.Equals(open, name, StringComparison.Ordinal))
            {
                return k;
            }

            if (special ? boundaries.Contains(open) : TreeRules.Special.Contains(open))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Pops the element at <paramref name="index"/> and everything above it; no-op for -1.</summary>
    private void PopTo(int index)
    {
        if (index < 0)
        {
            return;
        }

        for (int k = stack.Count - 1; k >= index; k--)
        {
            work++;
            if (stack[k].Name == "p")
            {
                openParagraphs--;
            }
        }

        stack.RemoveRange(index, stack.Count - index);
    }

    private static IEnumerable<string> KnownNames() =>
        ElementTags.Names
            .Concat(NestingRules.Void)
            .Concat(NestingRules.RawText)
            .Concat(NestingRules.Merged)
            .Concat(NestingRules.ClosesParagraph)
            .Concat(NestingRules.ScopeBoundary)
            .Concat(NestingRules.ListItemBoundary)
            .Concat(TreeRules.Special)
            .Concat(TreeRules.TableParts)
            .Concat(["span", "em", "strong", "b", "i", "u", "s", "small", "font", "time", "nobr", "plaintext", "image", "sup", "sub", "cite", "code", "abbr", "mark", "q", "source", "picture"]);
}
