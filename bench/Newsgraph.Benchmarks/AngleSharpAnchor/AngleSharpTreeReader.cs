using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Newsgraph.Extraction.Html.Dom;

namespace Newsgraph.Benchmarks.AngleSharpAnchor;

/// <summary>
/// The parse path extraction used before its own tree builder (docs/decisions/0001, superseded by
/// 0002): trim the page, parse it with AngleSharp, and copy the AngleSharp DOM into the light tree
/// the extractors read. Kept in the bench only, as the anchor new parse timings are compared with
/// and as a reference tree for agreement checks.
/// </summary>
internal sealed class AngleSharpTreeReader(int maxDepth)
{
    private readonly HtmlParser parser = new(new HtmlParserOptions
    {
        SkipComments = true,
        SkipRawText = true,
        SkipScriptText = true,
        SkipProcessingInstructions = true,
        SkipCDATA = true,
        IsKeepingSourceReferences = true,
    });

    /// <summary>Trim and parse only (the old parse phase).</summary>
    public AngleSharp.Html.Dom.IHtmlDocument ParseOnly(string html) => parser.ParseDocument(PageTrimmer.Prepare(html, maxDepth).Html);

    public HtmlTree Read(string html)
    {
        var page = PageTrimmer.Prepare(html, maxDepth);
        var dom = parser.ParseDocument(page.Html);
        var store = new HtmlAttributeStore(string.Empty);
        var root = Copy(dom.DocumentElement, store, page.Offsets);
        HtmlElement? head = null, body = null;
        var stack = new Stack<(IElement From, HtmlElement To)>();
        stack.Push((dom.DocumentElement, root));
        while (stack.Count > 0)
        {
            var (from, to) = stack.Pop();
            if (ReferenceEquals(from, dom.Head))
            {
                head = to;
            }
            else if (ReferenceEquals(from, dom.Body))
            {
                body = to;
            }

            foreach (var child in from.ChildNodes)
            {
                if (child is IElement e)
                {
                    var copy = Copy(e, store, page.Offsets);
                    to.AppendChild(copy);
                    stack.Push((e, copy));
                }
                else if (child is IText t)
                {
                    to.AppendChild(new HtmlText(t.Data));
                }
            }
        }

        head ??= new HtmlElement("head", -1);
        body ??= new HtmlElement("body", -1);
        return new HtmlTree(html, root, head, body, page.JsonLd, page.BlankedTags);
    }

    private static HtmlElement Copy(IElement e, HtmlAttributeStore store, SourceOffsets offsets)
    {
        // AngleSharp's positions are one past the '<'.
        int start = e.SourceReference is { } reference ? offsets.ToSource(reference.Position.Position - 1) : -1;
        var copy = new HtmlElement(string.Intern(e.LocalName), start);
        int first = store.Count;
        foreach (var a in e.Attributes)
        {
            store.Add(new HtmlAttribute { Name = string.Intern(a.Name), Value = a.Value });
        }

        if (store.Count > first)
        {
            copy.SetAttributes(store, first, store.Count - first);
        }

        return copy;
    }
}
