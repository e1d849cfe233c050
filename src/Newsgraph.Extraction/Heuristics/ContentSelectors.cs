namespace Newsgraph.Extraction.Heuristics;

/// <summary>
/// Hints that name the article body in markup. Publishers and CMSs (WordPress, Arc, Brightspot,
/// Drupal) mark the body container with a handful of conventional class names; microdata marks it
/// with itemprop="articleBody".
/// </summary>
internal static class ContentSelectors
{
    /// <summary>Class/id substrings (lower-cased) naming the body container itself.</summary>
    public static readonly string[] BodySubstrings =
    [
        "articlebody", "article-body", "article_body", "article__body", "storybody", "story-body", "story_body",
        "story__body", "entry-content", "entry_content", "post-content", "post_content", "postcontent",
        "article-content", "article_content", "articlecontent", "article__content", "story-content",
        "storycontent", "story__content", "post-body", "postbody", "post_body", "entry-body", "content-body",
        "body-content", "article-text", "articletext", "article__text", "story-text", "body-text", "bodytext",
        "article-copy", "story-copy", "body-copy", "rich-text", "richtext", "field-body", "field--name-body",
        "td-post-content", "single-content", "article-main", "main-article", "blog-content", "blog-post-content",
        "news-content", "news-text", "text-content",
    ];

    /// <summary>Readability's positive hints: a class/id with these words more likely holds content.</summary>
    public static readonly string[] PositiveSubstrings =
    [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story",
    ];

    /// <summary>Readability's negative hints: a class/id with these words less likely holds content.</summary>
    public static readonly string[] NegativeSubstrings =
    [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media",
        "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
        "shopping", "tags", "widget", "nav", "menu",
    ];
}
