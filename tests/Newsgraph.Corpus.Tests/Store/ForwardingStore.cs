using Newsgraph.Core.Report;
using Newsgraph.Corpus.Clustering;
using Newsgraph.Corpus.Dedup;
using Newsgraph.Corpus.Store;

namespace Newsgraph.Corpus.Tests.Store;

/// <summary>
/// A test decorator's base: every member of <see cref="ICorpusStore"/>, default members included,
/// forwarded to <paramref name="inner"/>, so a decorator overrides only what it changes and a member
/// added to the interface is forwarded here once rather than missed in one decorator (a default
/// member silently left out would run the interface's default instead of the real store's code;
/// <c>ForwardingStoreTests</c> checks that this class implements every member itself). Not disposed
/// with the inner store: the test owns that.
/// </summary>
internal abstract class ForwardingStore(ICorpusStore inner) : ICorpusStore
{
    public virtual bool IsSourceKnown(string sourceUri, string sourceSha256) => inner.IsSourceKnown(sourceUri, sourceSha256);

    public virtual bool IsSourceUriKnown(string sourceUri) => inner.IsSourceUriKnown(sourceUri);

    public virtual ICorpusWriter BeginWrite() => inner.BeginWrite();

    public virtual SearchResults Search(SearchQuery query) => inner.Search(query);

    public virtual IReadOnlyList<StorySummary> Stories(DateOnly? from, DateOnly? to, int limit) => inner.Stories(from, to, limit);

    public virtual StoryDetail? Story(string storyId) => inner.Story(storyId);

    public virtual EntityProfile? Entity(string nameOrAlias) => inner.Entity(nameOrAlias);

    public virtual IEnumerable<StoredArticle> Export(SearchQuery? query, CancellationToken cancellationToken) => inner.Export(query, cancellationToken);

    public virtual IEnumerable<StoredEvent> ExportEvents(SearchQuery? query, CancellationToken cancellationToken) => inner.ExportEvents(query, cancellationToken);

    public virtual CorpusCounts Counts() => inner.Counts();

    public virtual void OptimizeFullText() => inner.OptimizeFullText();

    public virtual void DeferIndexes() => inner.DeferIndexes();

    public virtual void RestoreIndexes() => inner.RestoreIndexes();

    public virtual AnalysisReport? Report(string articleId) => inner.Report(articleId);

    public void Dispose()
    {
    }
}

/// <summary>The writer's side of <see cref="ForwardingStore"/>: every member of
/// <see cref="ICorpusWriter"/>, default members included, forwarded; disposing disposes the inner
/// writer (the decorator's store began it).</summary>
internal abstract class ForwardingWriter(ICorpusWriter writer) : ICorpusWriter
{
    public virtual IReadOnlyList<KnownArticle> ArticlesAfter(long sequence) => writer.ArticlesAfter(sequence);

    public virtual IStoredDuplicates? Duplicates => writer.Duplicates;

    public virtual IEnumerable<KnownArticle> ClusteredArticlesAfter(long sequence) => writer.ClusteredArticlesAfter(sequence);

    public virtual long LastSequence() => writer.LastSequence();

    public virtual string? LastStoryDay() => writer.LastStoryDay();

    public virtual IReadOnlyList<string> StoriesLastPublishedBetween(string fromDay, string? beforeDay) => writer.StoriesLastPublishedBetween(fromDay, beforeDay);

    public virtual IReadOnlyList<string> StoriesWithMembersAfter(long sequence) => writer.StoriesWithMembersAfter(sequence);

    public virtual IEnumerable<KnownArticle> ClusteredMembersOf(IReadOnlyCollection<string> storyIds) => writer.ClusteredMembersOf(storyIds);

    public virtual bool IsSourceKnown(string sourceUri, string sourceSha256) => writer.IsSourceKnown(sourceUri, sourceSha256);

    public virtual UrlRevision? LatestAt(string canonicalUrl) => writer.LatestAt(canonicalUrl);

    public virtual bool IdExists(string articleId) => writer.IdExists(articleId);

    public virtual string? StoryOf(string articleId) => writer.StoryOf(articleId);

    public virtual long Insert(NewArticle article) => writer.Insert(article);

    public virtual void MoveStories(IReadOnlyList<StoryMove> moves) => writer.MoveStories(moves);

    public virtual void RememberSource(string sourceUri, string sourceSha256, string? articleId) => writer.RememberSource(sourceUri, sourceSha256, articleId);

    public virtual void Commit() => writer.Commit();

    public void Dispose() => writer.Dispose();
}
