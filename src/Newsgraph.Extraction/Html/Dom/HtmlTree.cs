namespace Newsgraph.Extraction.Html.Dom;

/// <summary>
/// A parsed page: the html/head/body elements (always present), the decoded source the tree's
/// positions refer to, and the bodies of its JSON-LD scripts (set aside while parsing, since the
/// tree keeps no script text).
/// </summary>
internal sealed class HtmlTree
{
    public HtmlTree(string source, HtmlElement documentElement, HtmlElement head, HtmlElement body, IReadOnlyList<ReadOnlyMemory<char>> jsonLd, int blankedTags, long work = 0)
    {
        Source = source;
        DocumentElement = documentElement;
        Head = head;
        Body = body;
        JsonLd = jsonLd;
        BlankedTags = blankedTags;
        Work = work;
    }

    public string Source { get; }

    public HtmlElement DocumentElement { get; }

    public HtmlElement Head { get; }

    public HtmlElement Body { get; }

    public IReadOnlyList<ReadOnlyMemory<char>> JsonLd { get; }

    /// <summary>Start tags past the depth limit that were not opened (their content was kept, flattened).</summary>
    public int BlankedTags { get; }

    /// <summary>Steps the builder took (markup seen, open elements examined or closed): a machine-independent
    /// measure that tests use to show hostile pages cost linear work.</summary>
    public long Work { get; }
}
