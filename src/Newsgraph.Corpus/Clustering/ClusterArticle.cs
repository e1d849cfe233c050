namespace Newsgraph.Corpus.Clustering;

/// <summary>
/// What the story clusterer needs of an article. <paramref name="EntityKeys"/> are normalised keys of
/// the people, organisations, places and figures it mentions (ingest derives them with
/// <see cref="CapitalisedNameKeys"/> from the text for every input; see Ingest.ArticleKeys for why).
/// </summary>
public sealed record ClusterArticle(string Id, string Text, string? Title, DateTimeOffset? Published, IReadOnlyList<string> EntityKeys)
{
    /// <summary>An article whose entity keys come from <paramref name="keys"/> (title and text).</summary>
    public static ClusterArticle FromText(string id, string text, string? title, DateTimeOffset? published, IEntityKeyExtractor keys) =>
        new(id, text, title, published, keys.Extract(title, text));
}
