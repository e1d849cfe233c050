using System.Collections.Frozen;

namespace Newsgraph.Extraction.Metadata.Tables;

/// <summary>Class/id fragments the page walk uses to spot metadata-bearing elements.</summary>
internal static class ScanCues
{
    /// <summary>Bylines are marked up with these words in nearly every CMS (WordPress "author vcard",
    /// "byline__name", "article-author", "c-byline").</summary>
    public static readonly string[] Byline = ["byline", "author", "writer", "posted-by", "submitted", "contributor"];

    /// <summary>Class fragments that look like a byline cue but name something else.</summary>
    /// <summary>Text that opens a byline when the markup has no byline class.</summary>
    public static readonly string[] BylineOpeners = ["by", "by:", "written by", "posted by", "von", "por", "par", "door", "oleh"];

    /// <summary>First letters of <see cref="BylineOpeners"/> in both cases: most text nodes are ruled out on one character.</summary>
    public static readonly System.Buffers.SearchValues<char> BylineOpenerInitials = System.Buffers.SearchValues.Create(
        string.Concat(BylineOpeners.Select(o => char.ToLowerInvariant(o[0]).ToString() + char.ToUpperInvariant(o[0]))));

    public static readonly string[] NotByline = ["authority", "author-bio", "authorbio", "about-author", "author-box", "author_box", "author-info", "author-description"];

    /// <summary>Author boxes that carry a biography.</summary>
    public static readonly string[] AuthorBio = ["author-bio", "authorbio", "about-author", "author-box", "author_box", "author-info", "author-description", "author__bio"];

    /// <summary>Date stamps: "entry-date", "published", "post-date", "timestamp", "dateline", "updated".</summary>
    public static readonly string[] Date = ["date", "time", "publish", "posted", "updated", "dateline", "stamp"];

    /// <summary>Headline elements that are not always h1 (AP hosted pages use an h2).</summary>
    public static readonly string[] Headline = ["headline", "entry-title", "post-title", "article-title", "story-title", "article__title", "content__title", "page-title", "post__title", "article-header__title"];

    public static readonly string[] Breadcrumb = ["breadcrumb", "crumbs"];

    public static readonly string[] Caption = ["caption", "credit", "copyright"];

    /// <summary>Section labels near the headline ("kicker", "eyebrow", "rubric", "category").</summary>
    public static readonly string[] SectionLabel = ["kicker", "eyebrow", "rubric", "category", "section-label", "section-name", "cat-links", "entry-categories", "post-categories", "vertical", "overline", "flag"];

    public static readonly string[] Logo = ["logo", "brand", "masthead", "site-title", "site-name"];

    /// <summary>Containers of teasers and lists about other stories.</summary>
    public static readonly string[] Teaser = ["related", "recommend", "trending", "popular", "promo", "sidebar", "widget", "most-read", "mostread", "more-stories", "read-next", "readnext", "outbrain", "taboola", "newsletter", "teaser"];

    public static readonly string[] Comments = ["comment", "disqus", "respond"];

    /// <summary>Every class/id cue above, for a single vectorised pre-check per element.</summary>
    public static readonly System.Buffers.SearchValues<string> AnyCue = System.Buffers.SearchValues.Create(
        [.. Byline, .. AuthorBio, .. Date, .. Headline, .. Breadcrumb, .. Caption, .. SectionLabel, .. Logo],
        StringComparison.OrdinalIgnoreCase);

    public static readonly System.Buffers.SearchValues<string> AnyTeaserOrComment = System.Buffers.SearchValues.Create(
        [.. Teaser, .. Comments],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Subtrees with nothing a reader sees as text, or only widget markup.</summary>
    public static readonly FrozenSet<string> SkippedTags = FrozenSet.ToFrozenSet(
        ["script", "style", "svg", "template", "noscript", "iframe", "select", "button", "textarea", "canvas", "video", "audio", "object"],
        StringComparer.Ordinal);

    /// <summary>itemprop values the resolvers read.</summary>
    public static readonly FrozenSet<string> ItemProps = FrozenSet.ToFrozenSet(
        ["headline", "author", "creator", "datepublished", "datemodified", "datecreated", "articlesection", "publisher", "caption", "copyrightholder"],
        StringComparer.OrdinalIgnoreCase);
}
