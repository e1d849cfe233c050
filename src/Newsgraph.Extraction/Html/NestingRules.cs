using System.Collections.Frozen;

namespace Newsgraph.Extraction.Html;

/// <summary>
/// The parts of the HTML tree-construction rules that decide nesting depth, as tag tables for
/// <see cref="PageTrimmer"/>. Approximate on purpose: the guard only has to keep hostile depth
/// bounded and never cut a real page (whose nesting stays far below the limit).
/// </summary>
internal static class NestingRules
{
    /// <summary>Void elements: never opened, never nest.</summary>
    public static readonly FrozenSet<string> Void = FrozenSet.ToFrozenSet(
        ["area", "base", "br", "col", "embed", "hr", "img", "image", "input", "keygen", "link", "meta", "param", "source", "track", "wbr", "basefont", "bgsound", "frame"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Elements whose content is raw text up to their end tag (no tags inside). noscript is
    /// absent: the parser runs with scripting off, so its content is markup.</summary>
    public static readonly FrozenSet<string> RawText = FrozenSet.ToFrozenSet(
        ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Document-level elements the parser merges rather than nests.</summary>
    public static readonly FrozenSet<string> Merged = FrozenSet.ToFrozenSet(["html", "head", "body", "frameset"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Start tags that close an open &lt;p&gt; ("close a p element in button scope").</summary>
    public static readonly FrozenSet<string> ClosesParagraph = FrozenSet.ToFrozenSet(
        ["address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure",
         "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6",
         "pre", "listing", "form", "table", "hr", "xmp", "li", "dd", "dt"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Elements that bound a search for an element to close (scope markers and table parts).</summary>
    public static readonly FrozenSet<string> ScopeBoundary = FrozenSet.ToFrozenSet(
        ["applet", "caption", "table", "td", "th", "marquee", "object", "template", "button", "svg", "math", "select"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Start tags that close an open element of the same group instead of nesting in it
    /// (&lt;li&gt;&lt;li&gt; are siblings), with the group each closes.</summary>
    public static readonly FrozenDictionary<string, string[]> ClosesSiblings = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["li"] = ["li"],
        ["dd"] = ["dd", "dt"],
        ["dt"] = ["dd", "dt"],
        ["option"] = ["option"],
        ["optgroup"] = ["option", "optgroup"],
        ["td"] = ["td", "th"],
        ["th"] = ["td", "th"],
        ["tr"] = ["tr"],
        ["tbody"] = ["tbody", "thead", "tfoot"],
        ["thead"] = ["tbody", "thead", "tfoot"],
        ["tfoot"] = ["tbody", "thead", "tfoot"],
        ["a"] = ["a"],
        ["nobr"] = ["nobr"],
        ["button"] = ["button"],
        ["h1"] = ["h1", "h2", "h3", "h4", "h5", "h6"],
        ["h2"] = ["h1", "h2", "h3", "h4", "h5", "h6"],
        ["h3"] = ["h1", "h2", "h3", "h4", "h5", "h6"],
        ["h4"] = ["h1", "h2", "h3", "h4", "h5", "h6"],
        ["h5"] = ["h1", "h2", "h3", "h4", "h5", "h6"],
        ["h6"] = ["h1", "h2", "h3", "h4", "h5", "h6"],
        ["table"] = ["table"],
        ["form"] = ["form"],
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Where the search for an open &lt;li&gt;, &lt;dd&gt; or &lt;dt&gt; to close stops: the
    /// parser's "special" elements other than address, div and p. Without this a nested list
    /// (&lt;ul&gt;&lt;li&gt;&lt;ul&gt;&lt;li&gt;…) would look flat and a hostile one would escape the depth cut.</summary>
    public static readonly FrozenSet<string> ListItemBoundary = FrozenSet.ToFrozenSet(
        ["ul", "ol", "dl", "menu", "dir", "table", "td", "th", "caption", "blockquote", "section", "article", "aside", "nav", "header",
         "footer", "main", "figure", "figcaption", "form", "fieldset", "details", "summary", "center", "pre", "listing", "button", "select",
         "object", "applet", "marquee", "template", "svg", "math", "h1", "h2", "h3", "h4", "h5", "h6"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Elements that contain foreign (SVG/MathML) content, where "/&gt;" really self-closes.</summary>
    public static readonly FrozenSet<string> Foreign = FrozenSet.ToFrozenSet(["svg", "math"], StringComparer.OrdinalIgnoreCase);

    /// <summary>How far down the open-element stack a sibling or paragraph search looks. Real pages find
    /// the element within a few levels; the bound keeps hostile input linear.</summary>
    public const int SearchDepth = 64;
}
