using Newsgraph.Core.Report;

namespace Newsgraph.Corpus.Store;

/// <summary>
/// The corpus: every ingested article with its full report, the knowledge tables derived from the
/// reports, duplicate groups and story membership. SQLite is the embedded default
/// (<see cref="Sqlite.SqliteCorpusStore"/>); a server database implements the same contract.
/// Readers may run while one writer holds <see cref="BeginWrite"/>.
/// </summary>
public interface ICorpusStore : IDisposable
{
    /// <summary>True when an item with this source address and raw-content hash was ingested (or
    /// found identical) before: a resumed run skips it without analysing it again.</summary>
    bool IsSourceKnown(string sourceUri, string sourceSha256);

    /// <summary>True when any item from this source address was ingested before, whatever its
    /// content: a re-run does not fetch a stored page URL again.</summary>
    bool IsSourceUriKnown(string sourceUri);

    /// <summary>Starts the one write transaction of a batch; it holds the store's write lock until
    /// committed or disposed (disposing without commit rolls back: nothing of the batch is kept).</summary>
    ICorpusWriter BeginWrite();

    SearchResults Search(SearchQuery query);

    /// <summary>Stories with at least one member published in the range (all stories without a range).</summary>
    IReadOnlyList<StorySummary> Stories(DateOnly? from, DateOnly? to, int limit);

    StoryDetail? Story(string storyId);

    /// <summary>The profile of the entity whose name or alias matches (case-insensitively), or null.</summary>
    EntityProfile? Entity(string nameOrAlias);

    /// <summary>Latest revisions of the articles matching the query (every article when the query is
    /// empty), in store order, streamed.</summary>
    IEnumerable<StoredArticle> Export(SearchQuery? query, CancellationToken cancellationToken);

    /// <summary>The events of the latest revisions of the articles matching the query (every article
    /// when the query is empty; only events of <see cref="SearchQuery.EventType"/> when it is set),
    /// in store order, streamed.</summary>
    IEnumerable<StoredEvent> ExportEvents(SearchQuery? query, CancellationToken cancellationToken);

    CorpusCounts Counts();

    /// <summary>Merges the full-text index after a large import (a store without one does nothing).
    /// Rewrites the whole index: worth it once a run added many articles, not per batch.</summary>
    void OptimizeFullText()
    {
    }

    /// <summary>Drops the indexes only searches read, for a bulk load (a store without such a
    /// step does nothing). Searches stay correct but slow until <see cref="RestoreIndexes"/>.</summary>
    void DeferIndexes()
    {
    }

    /// <summary>Builds the indexes <see cref="DeferIndexes"/> dropped.</summary>
    void RestoreIndexes()
    {
    }

    /// <summary>The full stored report of an article (any revision), or null when the id is unknown.</summary>
    AnalysisReport? Report(string articleId);
}

/// <summary>One write transaction (see <see cref="ICorpusStore.BeginWrite"/>). Not thread-safe.</summary>
public interface ICorpusWriter : IDisposable
{
    /// <summary>Articles committed after <paramref name="sequence"/> (by any process), in commit order:
    /// the ingest loop feeds them to its in-memory duplicate and story indexes before deciding on a
    /// batch, so concurrent runs agree.</summary>
    IReadOnlyList<KnownArticle> ArticlesAfter(long sequence);

    /// <summary>The store's own near-duplicate index (<see cref="Dedup.IStoredDuplicates"/>), or null
    /// when it keeps none: the ingest loop then builds one in memory from every stored text.</summary>
    Dedup.IStoredDuplicates? Duplicates => null;

    /// <summary>The articles after <paramref name="sequence"/> that the story clusterer holds (first
    /// revisions that are not copies and have a story), in commit order, streamed.</summary>
    IEnumerable<KnownArticle> ClusteredArticlesAfter(long sequence) => ArticlesAfter(sequence).Where(Ingest.CorpusIndexes.IsClustered);

    /// <summary>The latest <c>last_published</c> day (yyyy-MM-dd) of any stored story, or null when
    /// no story is dated. With <see cref="StoriesLastPublishedBetween"/> and
    /// <see cref="StoriesWithMembersAfter"/> it lets a run restore only the stories its articles can
    /// join (<see cref="Ingest.CorpusIndexes"/>).</summary>
    string? LastStoryDay() => null;

    /// <summary>Stories whose last dated member lies on or after <paramref name="fromDay"/> and, when
    /// given, before <paramref name="beforeDay"/> (yyyy-MM-dd).</summary>
    IReadOnlyList<string> StoriesLastPublishedBetween(string fromDay, string? beforeDay) => [];

    /// <summary>Stories holding an article stored after <paramref name="sequence"/>.</summary>
    IReadOnlyList<string> StoriesWithMembersAfter(long sequence) =>
        ArticlesAfter(sequence).Where(a => a.StoryId is not null).Select(a => a.StoryId!).Distinct().ToList();

    /// <summary>The articles of these stories that the story clusterer holds (as
    /// <see cref="ClusteredArticlesAfter"/>), in commit order, streamed.</summary>
    IEnumerable<KnownArticle> ClusteredMembersOf(IReadOnlyCollection<string> storyIds) =>
        ClusteredArticlesAfter(0).Where(a => storyIds.Contains(a.StoryId!));

    /// <summary>The sequence number of the last committed article (0 for an empty store).</summary>
    long LastSequence() => ArticlesAfter(0) is { Count: > 0 } all ? all[^1].Sequence : 0;

    bool IsSourceKnown(string sourceUri, string sourceSha256);

    /// <summary>The latest revision stored under this canonical URL, or null.</summary>
    UrlRevision? LatestAt(string canonicalUrl);

    bool IdExists(string articleId);

    /// <summary>The story of a stored article, or null.</summary>
    string? StoryOf(string articleId);

    /// <summary>Stores an article and its knowledge rows; returns its sequence number.</summary>
    long Insert(NewArticle article);

    /// <summary>Writes re-clustering's moves: each article (with its revisions and copies) joins its
    /// new story; story rows are refreshed at commit, and deleted when left without members.</summary>
    void MoveStories(IReadOnlyList<Clustering.StoryMove> moves);

    /// <summary>Remembers a source item that needed no new article (identical to a stored one).</summary>
    void RememberSource(string sourceUri, string sourceSha256, string? articleId);

    void Commit();
}
