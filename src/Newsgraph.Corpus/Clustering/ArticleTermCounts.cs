namespace Newsgraph.Corpus.Clustering;

/// <summary>
/// An article's word and entity-key counts, computed by <see cref="StoryClusterer.Count"/> without
/// touching the clusterer: ingest computes them on its analysis workers, so the one writer thread
/// that feeds the clusterer does not tokenise.
/// </summary>
public sealed class ArticleTermCounts
{
    internal ArticleTermCounts(Dictionary<string, int> words, Dictionary<string, int> entities)
    {
        Words = words;
        Entities = entities;
    }

    internal Dictionary<string, int> Words { get; }

    internal Dictionary<string, int> Entities { get; }
}
