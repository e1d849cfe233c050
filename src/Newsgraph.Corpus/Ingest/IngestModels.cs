namespace Newsgraph.Corpus.Ingest;

/// <summary>How an ingest run works.</summary>
public sealed record IngestOptions
{
    /// <summary>Items analysed in parallel (default: the number of cores).</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Articles per write transaction. One transaction per article would spend the run in
    /// commits; a few hundred make commit cost negligible while a crash loses at most one batch of
    /// unacknowledged work.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary><see cref="BatchSize"/> of a bulk load (<c>ingest --bulk</c>, the corpus bench). A
    /// transaction has fixed costs that do not grow with its articles (BEGIN IMMEDIATE, the catch-up
    /// query, a full-text segment to merge later, one statement per knowledge table at commit), and
    /// nobody searches during a bulk load, so holding the write lock longer costs nothing; a kill
    /// loses at most this many unacknowledged articles, which the re-run stores again.</summary>
    public const int BulkBatchSize = 2_048;

    /// <summary>Articles a batch holds before it commits when the next article is not analysed yet
    /// (group commit; see IngestRunner: each article is written as it comes, the transaction stays
    /// open until then). Not 1: each transaction has a fixed cost (BEGIN IMMEDIATE, the catch-up
    /// query, a new FTS5 segment to merge later), so tiny batches would spend the writer on
    /// overhead; 32 raw pages are ~0.3–0.5 s of one worker's analysis, so a run acknowledges its
    /// progress often and holds the write lock briefly.</summary>
    public int MinBatchSize { get; init; } = 32;

    /// <summary>Longest time a batch's write transaction waits open for the next article when the
    /// source is slow (fetching): a long run acknowledges its progress at least this often, and a
    /// slow page never keeps the write lock from other processes longer than this.</summary>
    public TimeSpan MaxCommitDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Items analysed or waiting for commit per worker: enough to keep workers busy while
    /// the writer commits, few enough to bound memory (each holds a page and its report).</summary>
    public int QueuePerWorker { get; init; } = 8;

    /// <summary>Fold exact and near duplicates into duplicate groups.</summary>
    public bool Deduplicate { get; init; } = true;

    /// <summary>Assign stories incrementally.</summary>
    public bool Cluster { get; init; } = true;

    /// <summary>Re-cluster the neighbourhood of newly added articles (their stories and the stories
    /// they could have joined) and write the changed memberships: adding in arrival order is what an
    /// incremental clusterer can do, re-clustering in a canonical order with up-to-date frequencies
    /// fixes most of what arrival order got wrong (ECB+ dev B³-F1 0.870 add-only → 0.920).</summary>
    public bool Recluster { get; init; } = true;

    /// <summary>Articles added to stories between re-clusterings in a long run (the end of a run
    /// always re-clusters what is left). Each re-clustering re-scores its window's articles several
    /// times, so doing it every batch would multiply the clusterer's cost; a thousand articles keep
    /// stored stories at most a few minutes of a crawl behind.</summary>
    public int ReclusterEvery { get; init; } = 1000;

    /// <summary>At a run's start the story clusterer is restored with the stored stories its articles
    /// can join: those active within <see cref="Clustering.StoryClusterSettings.ActivityDays"/> of
    /// the newest story (wider when an older article comes), and those holding one of this many of
    /// the latest stored articles. Undated stories can be joined by any article, and a run usually
    /// continues what the last runs stored (a feed, a crawl), so the stories they touched are the
    /// ones its undated articles belong to; older undated stories are not candidates. This bound
    /// keeps a run's start from reading and tokenising every member of every story (the cost grew
    /// with the corpus on every run).</summary>
    public int RestoreRecentArticles { get; init; } = 20_000;

    /// <summary>A run that stored at least this many articles merges the full-text index at its end
    /// (<see cref="Store.ICorpusStore.OptimizeFullText"/>). A bulk load leaves the index as many
    /// segments, and a text search reads a word's doclist from each; merging costs ~0.06 ms CPU per
    /// article of the whole corpus (bench, 20k), so small runs leave it to FTS5's own merging.</summary>
    public long OptimizeFullTextAfter { get; init; } = 10_000;

    /// <summary>Bulk load: drop the indexes only searches read for the run and build them again at
    /// its end (<see cref="Store.ICorpusStore.DeferIndexes"/>). For a large import into a corpus
    /// nobody searches meanwhile; a run killed before its end gets them back when the store is next
    /// opened for writing.</summary>
    public bool DeferIndexes { get; init; }

    public static IngestOptions Default { get; } = new();
}

/// <summary>Counts of a run so far (reported after each commit) or in the end.</summary>
/// <param name="Ingested">Articles stored (new articles and new revisions).</param>
/// <param name="Skipped">Items already stored (same source or same URL and content).</param>
/// <param name="Duplicates">Stored articles that copy an earlier article (in its duplicate group).</param>
/// <param name="Revisions">Stored articles that are a changed version at a known URL.</param>
/// <param name="Failed">Items that could not be read or analysed.</param>
public sealed record IngestCounts(long Ingested, long Skipped, long Duplicates, long Revisions, long Failed)
{
    public static IngestCounts Zero { get; } = new(0, 0, 0, 0, 0);

    public long Seen => Ingested + Skipped + Failed;
}

/// <summary>What one item came to, for the caller's log.</summary>
public enum IngestOutcome
{
    Stored,
    Duplicate,
    Revision,
    Skipped,
    Failed,
}
