using Newsgraph.Corpus.Clustering;
using Newsgraph.Corpus.Dedup;
using Newsgraph.Corpus.Store;

namespace Newsgraph.Corpus.Tests.Store;

/// <summary>A store that counts the stored articles its writers read back (every row of
/// <see cref="ICorpusWriter.ArticlesAfter"/> and <see cref="ICorpusWriter.ClusteredArticlesAfter"/>),
/// to check that a run loads only what it needs. Not disposed with the inner store.</summary>
internal sealed class CountingStore(ICorpusStore inner) : ICorpusStore
{
    private long rowsRead;

    public long RowsRead => Interlocked.Read(ref rowsRead);

    public bool IsSourceKnown(string sourceUri, string sourceSha256) => inner.IsSourceKnown(sourceUri, sourceSha256);

    public bool IsSourceUriKnown(string sourceUri) => inner.IsSourceUriKnown(sourceUri);

    public ICorpusWriter BeginWrite() => new CountingWriter(inner.BeginWrite(), this);

    public SearchResults Search(SearchQuery query) => inner.Search(query);

    public IReadOnlyList<StorySummary> Stories(DateOnly? from, DateOnly? to, int limit) => inner.Stories(from, to, limit);

    public StoryDetail? Story(string storyId) => inner.Story(storyId);

    public EntityProfile? Entity(string nameOrAlias) => inner.Entity(nameOrAlias);

    public IEnumerable<StoredArticle> Export(SearchQuery? query, CancellationToken cancellationToken) => inner.Export(query, cancellationToken);

    public IEnumerable<StoredEvent> ExportEvents(SearchQuery? query, CancellationToken cancellationToken) => inner.ExportEvents(query, cancellationToken);

    public CorpusCounts Counts() => inner.Counts();

    public Core.Report.AnalysisReport? Report(string articleId) => inner.Report(articleId);

    public void OptimizeFullText() => inner.OptimizeFullText();

    public void Dispose()
    {
    }

    private sealed class CountingWriter(ICorpusWriter writer, CountingStore owner) : ICorpusWriter
    {
        public IStoredDuplicates? Duplicates => writer.Duplicates;

        public IReadOnlyList<KnownArticle> ArticlesAfter(long sequence)
        {
            var rows = writer.ArticlesAfter(sequence);
            Interlocked.Add(ref owner.rowsRead, rows.Count);
            return rows;
        }

        public IEnumerable<KnownArticle> ClusteredArticlesAfter(long sequence)
        {
            foreach (var known in writer.ClusteredArticlesAfter(sequence))
            {
                Interlocked.Increment(ref owner.rowsRead);
                yield return known;
            }
        }

        public long LastSequence() => writer.LastSequence();

        public bool IsSourceKnown(string sourceUri, string sourceSha256) => writer.IsSourceKnown(sourceUri, sourceSha256);

        public UrlRevision? LatestAt(string canonicalUrl) => writer.LatestAt(canonicalUrl);

        public bool IdExists(string articleId) => writer.IdExists(articleId);

        public string? StoryOf(string articleId) => writer.StoryOf(articleId);

        public long Insert(NewArticle article) => writer.Insert(article);

        public void RememberSource(string sourceUri, string sourceSha256, string? articleId) => writer.RememberSource(sourceUri, sourceSha256, articleId);

        public void MoveStories(IReadOnlyList<StoryMove> moves) => writer.MoveStories(moves);

        public void Commit() => writer.Commit();

        public void Dispose() => writer.Dispose();
    }
}
