namespace Newsgraph.Core.Documents;

/// <summary>The layers the extraction stage produces, shared by every later stage.</summary>
public static class ArticleLayers
{
    /// <summary>Article metadata: title, authors, dates, site, section, tags, language, URL.</summary>
    public static readonly LayerKey<ArticleInfo> Info = new("article.info");

    /// <summary>Block structure of the body text (paragraphs, headings, list items …).</summary>
    public static readonly LayerKey<IReadOnlyList<Block>> Blocks = new("article.blocks");

    /// <summary>Hyperlinks inside the body, with their spans in the text.</summary>
    public static readonly LayerKey<IReadOnlyList<Link>> Links = new("article.links");

    /// <summary>Images of the article with caption and credit separated.</summary>
    public static readonly LayerKey<IReadOnlyList<ArticleImage>> Images = new("article.images");
}
