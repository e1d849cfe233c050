namespace Newsgraph.Extraction.Html.Dom;

/// <summary>
/// A node of the light page tree built by <see cref="HtmlTreeBuilder"/>: element or text, linked to
/// its parent and siblings (no child lists, so a node costs one small object).
/// </summary>
internal abstract class HtmlNode
{
    public HtmlElement? Parent { get; internal set; }

    public HtmlNode? NextSibling { get; internal set; }

    public HtmlNode? PreviousSibling { get; internal set; }

    /// <summary>The parent element (the tree has only elements as inner nodes).</summary>
    public HtmlElement? ParentElement => Parent;
}
