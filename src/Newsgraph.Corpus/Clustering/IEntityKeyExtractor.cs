namespace Newsgraph.Corpus.Clustering;

/// <summary>Derives entity keys (normalised names, figures) from an article, for clustering.</summary>
public interface IEntityKeyExtractor
{
    IReadOnlyList<string> Extract(string? title, string text);
}
