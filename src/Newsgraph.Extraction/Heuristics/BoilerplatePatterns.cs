using System.Collections.Frozen;

namespace Newsgraph.Extraction.Heuristics;

/// <summary>
/// Class, id and role hints that mark a subtree inside the article container as page chrome
/// (share bars, related links, newsletter prompts, comments, ads, captions, author boxes, tags).
/// </summary>
internal static class BoilerplatePatterns
{
    /// <summary>
    /// Matched anywhere in the lower-cased class and id: long enough to be unambiguous. Readability's
    /// "unlikely candidates" and trafilatura's discard list are the model; "caption"/"credit" are
    /// here because the benchmark treats image captions as metadata.
    /// </summary>
    public static readonly string[] Substrings =
    [
        "share", "related", "recommend", "newsletter", "subscribe", "subscription", "signup",
        "sign-up", "comment", "advert", "sponsor", "promo", "cookie", "consent", "gdpr", "banner",
        "byline", "author", "breadcrumb", "caption", "credit", "footer", "sidebar", "widget", "popup",
        "modal", "outbrain", "taboola", "toolbar", "read-more", "readmore", "more-stories", "trending",
        "most-popular", "mostpopular", "paywall", "disqus", "pagination", "pager", "tag-list", "taglist",
        "article-tags", "post-tags", "timestamp", "dateline", "skip-link", "donate", "jump-link",
        "next-post", "prev-post", "post-nav", "print-only", "screen-reader", "visually-hidden",
    ];

    /// <summary>
    /// Pop-up cards shown on hover (a person's photo and bio over a name link). The card is chrome,
    /// but sites often put the class on the inline wrapper that also holds the name link
    /// and on the link itself (<c>&lt;span class="rollover-people"&gt;&lt;a class="rollover-people-link"&gt;Ilhan Omar&lt;/a&gt;&lt;span class="rollover-block"&gt;…</c>):
    /// a link, or a wrapper with a link as a direct child, is kept, and only the nested card goes.
    /// </summary>
    public static readonly string[] PopupSubstrings = ["tooltip", "popover", "hovercard", "rollover"];

    /// <summary>
    /// Matched as whole words of a class or id split on '-', '_' and spaces: too short or too common
    /// to match as substrings ("ad" is in "header", "tag" in "stage").
    /// </summary>
    public static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
    [
        "ad", "ads", "adv", "advertisement", "advertising", "dfp", "nav", "navbar", "navigation", "menu",
        "tag", "tags", "bio", "meta", "promo", "header", "masthead", "rail",
        "aside", "gallery", "slideshow", "newsletter", "teaser",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whole class tokens of utility classes that hide an element on screen or in print (Bootstrap,
    /// Tailwind, WordPress): content not shown or not printed is chrome.
    /// </summary>
    public static readonly FrozenSet<string> HiddenClassTokens = FrozenSet.ToFrozenSet(
    [
        "d-none", "hidden", "hide", "is-hidden", "u-hidden", "display-none", "invisible", "sr-only", "screen-reader-text",
        "visually-hidden", "visuallyhidden", "d-print-none", "no-print", "noprint", "hidden-print", "print-hidden", "d-print-block",
        "print-only", "show-for-print", "visible-print",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>ARIA roles of chrome regions.</summary>
    public static readonly FrozenSet<string> Roles = FrozenSet.ToFrozenSet(
    [
        "navigation", "complementary", "contentinfo", "banner", "dialog", "alertdialog", "search", "menu",
        "menubar", "toolbar", "tablist", "note",
    ], StringComparer.OrdinalIgnoreCase);
}
