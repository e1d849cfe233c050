using Newsgraph.Corpus.Clustering;
using Newsgraph.Corpus.Store;

namespace Newsgraph.Corpus.Ingest;

/// <summary>
/// <c>newsgraph stories --recluster</c>: rebuilds the clusterer from the stored memberships,
/// re-clusters the articles published in a date range (every article without one) with their
/// neighbouring stories, and writes the moves in one transaction. Ingest does the same for each
/// run's new articles; this is for a corpus ingested before, or a wider refresh.
/// </summary>
public static class StoryReclustering
{
    /// <summary>Returns the moves written (articles whose story changed).</summary>
    public static IReadOnlyList<StoryMove> Run(ICorpusStore store, DateOnly? from, DateOnly? to, StoryClusterSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var writer = store.BeginWrite();
        var clusterer = new StoryClusterer(settings);
        var seeds = new List<string>();
        foreach (var known in writer.ClusteredArticlesAfter(0))
        {
            if (!CorpusIndexes.IsClustered(known))
            {
                continue;
            }

            var article = CorpusIndexes.ToClusterArticle(known);
            clusterer.Restore(article, known.StoryId!);
            if (InRange(article.Published, from, to))
            {
                seeds.Add(article.Id);
            }
        }

        var moves = clusterer.Recluster(seeds);
        writer.MoveStories(moves);
        writer.Commit();
        return moves;
    }

    /// <summary>Without a range every article counts; with one, only dated articles inside it.</summary>
    private static bool InRange(DateTimeOffset? published, DateOnly? from, DateOnly? to)
    {
        if (from is null && to is null)
        {
            return true;
        }

        if (published is not { } p)
        {
            return false;
        }

        var day = DateOnly.FromDateTime(p.UtcDateTime);
        return (from is not { } f || day >= f) && (to is not { } t || day <= t);
    }
}
