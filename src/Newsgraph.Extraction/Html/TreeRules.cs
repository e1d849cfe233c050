using System.Collections.Frozen;

namespace Newsgraph.Extraction.Html;

/// <summary>
/// Tree-construction tables the page tree builder adds to <see cref="NestingRules"/>: which end tags
/// may close across which open elements, and what stays in &lt;head&gt;.
/// </summary>
internal static class TreeRules
{
    /// <summary>The HTML "special" elements: an end tag for an ordinary element (span, b, a custom
    /// tag) is ignored rather than allowed to close one of these, so a stray &lt;/span&gt; cannot end a div.</summary>
    public static readonly FrozenSet<string> Special = FrozenSet.ToFrozenSet(
        ["address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button", "caption",
         "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer", "form",
         "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img", "input",
         "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol", "p",
         "param", "plaintext", "pre", "script", "search", "section", "select", "source", "style", "summary", "table", "tbody", "td",
         "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp", "svg", "math"],
        StringComparer.Ordinal);

    /// <summary>Table parts: their end tags look for the element in table scope (only a table or
    /// template stops the search), so &lt;/tr&gt; also closes an unclosed cell.</summary>
    public static readonly FrozenSet<string> TableParts = FrozenSet.ToFrozenSet(
        ["table", "caption", "colgroup", "tbody", "thead", "tfoot", "tr", "td", "th"], StringComparer.Ordinal);

    /// <summary>What bounds a table-scope search.</summary>
    public static readonly FrozenSet<string> TableScope = FrozenSet.ToFrozenSet(["table", "template", "html"], StringComparer.Ordinal);

    /// <summary>Elements that stay in &lt;head&gt;; any other start tag (or visible text) begins the body.</summary>
    public static readonly FrozenSet<string> Head = FrozenSet.ToFrozenSet(
        ["base", "basefont", "bgsound", "link", "meta", "title", "script", "style"], StringComparer.Ordinal);

    /// <summary>Where a new cell, row or row group stops looking for the open part it closes.</summary>
    public static readonly string[] CellStops = ["tr", "tbody", "thead", "tfoot", "table", "template"];

    public static readonly string[] RowStops = ["tbody", "thead", "tfoot", "table", "template"];

    public static readonly string[] RowGroupStops = ["table", "template"];

    public static readonly string[] Cells = ["td", "th"];

    public static readonly string[] Rows = ["tr"];

    public static readonly string[] RowGroups = ["tbody", "thead", "tfoot"];
}
