using System.Buffers;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Newsgraph.Core.Report;
using Newsgraph.Corpus.Dedup;
using Newsgraph.Corpus.Sources;
using Newsgraph.Corpus.Store;

namespace Newsgraph.Corpus.Ingest;

/// <summary>
/// The ingest loop: reads source items in order, skips those already stored, analyses the rest in
/// parallel (a bounded queue of analyses, at most <see cref="IngestOptions.Workers"/> at a time),
/// and commits them in source order in batches: each batch folds duplicates, assigns stories and
/// stores the articles in one transaction. An interrupted run is resumed by running it again.
/// Three things overlap: reading, analysis (workers, which also prepare everything the writer
/// needs that depends on one article only: hashes, keys, duplicate fingerprint, report JSON) and
/// the writer, which writes each article as soon as it is next in source order and commits a
/// batch of them at a time (group commit), so on a machine with a spare core the store's cost
/// hides behind analysis and little of it is left when the last page is analysed.
/// </summary>
public sealed class IngestRunner
{
    private readonly ICorpusStore store;
    private readonly IArticleAnalyzer analyzer;
    private readonly IngestOptions options;
    private readonly CorpusIndexes indexes;
    private readonly OpenBatch batch = new();
    private IngestCounts counts = IngestCounts.Zero;

    public IngestRunner(ICorpusStore store, IArticleAnalyzer analyzer, IngestOptions? options = null)
    {
        this.store = store;
        this.analyzer = analyzer;
        this.options = options ?? IngestOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(this.options.Workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(this.options.BatchSize, 1);
        indexes = new CorpusIndexes(this.options);
    }

    /// <summary>Problems with single items (unreadable, refused, failed analysis); the run goes on.</summary>
    public IProgress<SourceProblem>? Problems { get; init; }

    /// <summary>Counts so far, reported after every commit.</summary>
    public IProgress<IngestCounts>? Progress { get; init; }

    /// <summary>The ids of the articles each batch stored, reported once the batch is committed
    /// (durable): what the run acknowledges.</summary>
    public IProgress<IReadOnlyList<string>>? Acknowledged { get; init; }

    /// <summary>When set, the run adds its per-phase times here (benches).</summary>
    public IngestPhaseTimes? Timings { get; init; }

    /// <summary>Ingests every item of the sources. Throws <see cref="CorpusStoreException"/> when the
    /// store fails (disk full, read-only); every batch committed before stays.</summary>
    public async Task<IngestCounts> RunAsync(IEnumerable<IIngestSource> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        int capacity = options.Workers * options.QueuePerWorker;
        var queue = Channel.CreateBounded<Task<Analysed>>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.DeferIndexes)
        {
            store.DeferIndexes();
        }

        var producer = Task.Run(() => ProduceAsync(sources, queue.Writer, stop.Token), stop.Token);
        try
        {
            await ConsumeAsync(queue.Reader, stop.Token).ConfigureAwait(false);
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            try
            {
                await producer.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // stopped because the writer failed or the caller cancelled
            }
        }

        return counts;
    }

    private async Task ProduceAsync(IEnumerable<IIngestSource> sources, ChannelWriter<Task<Analysed>> writer, CancellationToken cancellationToken)
    {
        var problems = new CountingProblems(Problems);
        // Not disposed: analyses still running after a failed run release it later. Without its
        // wait handle ever being asked for, a SemaphoreSlim holds nothing the GC cannot collect.
        var slots = new SemaphoreSlim(options.Workers);
        try
        {
            foreach (var source in sources)
            {
                await foreach (var item in source.ReadAsync(problems, cancellationToken).ConfigureAwait(false))
                {
                    var start = IngestPhaseTimes.Start(Timings);
                    string sha = item.AlreadyStored ? "" : SourceHash(item);
                    bool known = item.AlreadyStored || store.IsSourceKnown(item.Uri, sha);
                    Timings?.Stop(IngestPhase.Read, start);
                    if (known)
                    {
                        await writer.WriteAsync(Task.FromResult(new Analysed(item, sha, null, null, AlreadyKnown: true)), cancellationToken).ConfigureAwait(false);
                        continue;
                    }

                    await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                    var task = Task.Run(() =>
                    {
                        Analysed analysed;
                        try
                        {
                            analysed = Analyse(item, sha, cancellationToken);
                        }
                        finally
                        {
                            // the slot bounds concurrent analyses: the next one starts while this
                            // thread prepares the writer's part (with one analysis thread, preparing
                            // no longer delays the next page; the channel still bounds what is in flight)
                            slots.Release();
                        }

                        return Prepare(analysed);
                    }, CancellationToken.None);
                    await writer.WriteAsync(task, cancellationToken).ConfigureAwait(false);
                }
            }

            // source problems are items that never reached the queue: count them as failed
            await writer.WriteAsync(Task.FromResult(new Analysed(null, "", null, null, false, SourceFailures: problems.Count)), cancellationToken).ConfigureAwait(false);
            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.TryComplete(ex);
            throw;
        }
    }

    private Analysed Analyse(SourceItem item, string sha, CancellationToken cancellationToken)
    {
        try
        {
            var start = IngestPhaseTimes.Start(Timings);
            var report = analyzer.Analyze(item, cancellationToken);
            Timings?.Stop(IngestPhase.Analyse, start);
            var error = report.Diagnostics.FirstOrDefault(d => d.Severity == "error");
            return error is not null
                ? new Analysed(item, sha, report, $"{error.Code} {error.Message}", false)
                : new Analysed(item, sha, report, null, false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // an analyser bug must not end the run: the item fails with the reason
            return new Analysed(item, sha, null, $"analysis failed: {ex.GetType().Name}: {ex.Message}", false);
        }
    }

    /// <summary>Adds the writer's part (<see cref="Prepare(SourceItem, AnalysisReport)"/>) to an analysed item.</summary>
    private Analysed Prepare(Analysed analysed)
    {
        if (analysed.Error is not null || analysed.Report is not { } report || analysed.Item is not { } item)
        {
            return analysed;
        }

        try
        {
            var start = IngestPhaseTimes.Start(Timings);
            var prepared = Prepare(item, report);
            Timings?.Stop(IngestPhase.Prepare, start);
            return analysed with { Prepared = prepared };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new Analysed(item, analysed.SourceSha256, null, $"analysis failed: {ex.GetType().Name}: {ex.Message}", false);
        }
    }

    /// <summary>Everything the writer needs that depends on this article alone, computed on the
    /// worker: the single writer thread is the ingest's bottleneck once analysis is fast.</summary>
    private Prepared Prepare(SourceItem item, AnalysisReport report)
    {
        string text = report.Article.Text;
        string url = UrlCanonicalizer.Normalize(item.Extracted?.Url ?? report.Article.CanonicalUrl ?? (item.Extracted is { } x ? "jsonl:" + x.Id : item.Uri));
        var textKeys = indexes.TextKeys(report.Article.Title, text);
        return new Prepared(
            url,
            item.Extracted?.Id ?? "a" + Sha256Hex(url)[..16],
            textKeys.ContentHash,
            textKeys.EntityKeys,
            textKeys.Fingerprint,
            NewArticle.SerialiseWithoutText(report))
        {
            ClusterTerms = textKeys.ClusterTerms,
            Knowledge = PreparedKnowledge.Of(report),
        };
    }

    private async Task ConsumeAsync(ChannelReader<Task<Analysed>> reader, CancellationToken cancellationToken)
    {
        // Streaming group commit: each article is written as soon as it is next in source order, in
        // a write transaction that stays open until it holds MinBatchSize articles and the next one
        // is not ready yet (or MaxCommitDelay passed, or it holds BatchSize). The writing overlaps
        // the analysis of the pages behind it, and when the last page is analysed only its own rows,
        // the commit and the end-of-run re-clustering are left: a batch gathered first and written
        // after made the run's tail a whole batch's writing long.
        int minBatch = Math.Min(options.MinBatchSize, options.BatchSize);
        try
        {
            while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (reader.TryRead(out var next))
                {
                    if (batch.Count > 0 && !next.IsCompleted)
                    {
                        var left = options.MaxCommitDelay - batch.Age;
                        if (batch.Count >= minBatch || left <= TimeSpan.Zero)
                        {
                            CommitBatch(endOfRun: false);
                        }
                        else
                        {
                            try
                            {
                                // a slow source (fetching) must not hold the write lock open
                                await next.WaitAsync(left, cancellationToken).ConfigureAwait(false);
                            }
                            catch (TimeoutException)
                            {
                                CommitBatch(endOfRun: false);
                            }
                        }
                    }

                    Add(await next.ConfigureAwait(false));
                    if (batch.Count >= options.BatchSize)
                    {
                        CommitBatch(endOfRun: false);
                    }
                }
            }

            await reader.Completion.ConfigureAwait(false);
            CommitBatch(endOfRun: true);
            var start = IngestPhaseTimes.Start(Timings);
            if (options.DeferIndexes)
            {
                store.RestoreIndexes();
            }

            if (counts.Ingested >= options.OptimizeFullTextAfter)
            {
                store.OptimizeFullText();
            }

            Timings?.Stop(IngestPhase.Finish, start);
        }
        catch
        {
            Abandon(); // rolls back an open transaction: the caller may dispose the store next
            throw;
        }
    }

    /// <summary>Adds an item to the open batch: an item to store is written at once (the batch's
    /// write transaction opens at its first such item), the rest are only counted.</summary>
    private void Add(Analysed item)
    {
        if (batch.Count == 0)
        {
            batch.Begin(counts);
        }

        batch.Count++;
        if (NeedsNoStore(item))
        {
            batch.Pending = Tally(item, batch.Pending)!;
            return;
        }

        try
        {
            var writer = OpenWriter();
            batch.Pending = Store(writer, item, batch.Pending, ref batch.LastSequence, batch.Stored);
        }
        catch
        {
            Abandon();
            throw;
        }
    }

    /// <summary>The batch's write transaction, begun (and the indexes caught up with the store) on
    /// first use.</summary>
    private ICorpusWriter OpenWriter()
    {
        if (batch.Writer is { } open)
        {
            return open;
        }

        var writer = store.BeginWrite();
        batch.Writer = writer;
        var start = IngestPhaseTimes.Start(Timings);
        indexes.CatchUp(writer);
        Timings?.Stop(IngestPhase.CatchUp, start);
        return writer;
    }

    /// <summary>Commits the open batch (re-clustering first when due) and acknowledges its articles.
    /// A batch of only skipped and failed items (a resumed run, an empty folder, the end-of-run
    /// count) takes no write lock and no catch-up with the store.</summary>
    private void CommitBatch(bool endOfRun)
    {
        bool recluster = indexes.ReclusterDue(endOfRun);
        if (batch.Count == 0 && !recluster)
        {
            return;
        }

        if (batch.Writer is null && !recluster)
        {
            counts = batch.Pending;
            batch.Clear();
            Progress?.Report(counts);
            return;
        }

        if (batch.Count == 0)
        {
            batch.Begin(counts);
        }

        ICorpusWriter writer;
        try
        {
            writer = OpenWriter();
            if (recluster)
            {
                // in the batch's transaction: the store's memberships change together with the
                // clusterer's, or (rolled back, indexes reset) not at all
                var start = IngestPhaseTimes.Start(Timings);
                writer.MoveStories(indexes.Recluster());
                Timings?.Stop(IngestPhase.Recluster, start);
            }

            writer.Commit();
        }
        catch
        {
            Abandon();
            throw;
        }

        writer.Dispose();
        indexes.Committed(batch.LastSequence);
        if (recluster)
        {
            indexes.Reclustered();
        }

        counts = batch.Pending;
        var stored = batch.Stored.ToArray();
        batch.Clear();
        if (stored.Length > 0)
        {
            Acknowledged?.Report(stored);
        }

        Progress?.Report(counts);
    }

    /// <summary>Drops the open batch after a failure: its transaction rolls back, and the indexes,
    /// which may hold its articles, are rebuilt from the store at the next batch.</summary>
    private void Abandon()
    {
        if (batch.Writer is { } writer)
        {
            try
            {
                writer.Dispose();
            }
            finally
            {
                indexes.Reset();
            }
        }

        batch.Clear();
    }

    /// <summary>True for an item the store has nothing to do with: known before, failed, or the
    /// end-of-run count of source failures.</summary>
    private static bool NeedsNoStore(Analysed analysed) =>
        analysed.Item is null || analysed.AlreadyKnown || analysed.Error is not null || analysed.Report is null;

    /// <summary>The counts after an item that needs no store (<see cref="NeedsNoStore"/>), its
    /// problem reported; null for an item to store.</summary>
    private IngestCounts? Tally(Analysed analysed, IngestCounts c)
    {
        if (analysed.Item is not { } item)
        {
            return c with { Failed = c.Failed + analysed.SourceFailures };
        }

        if (analysed.AlreadyKnown)
        {
            return c with { Skipped = c.Skipped + 1 };
        }

        if (analysed.Error is not null || analysed.Report is null)
        {
            Problems?.Report(new SourceProblem(item.Uri, analysed.Error ?? "no report"));
            return c with { Failed = c.Failed + 1 };
        }

        return null;
    }

    private IngestCounts Store(ICorpusWriter writer, Analysed analysed, IngestCounts c, ref long lastSequence, List<string> stored)
    {
        if (Tally(analysed, c) is { } tallied)
        {
            return tallied;
        }

        var item = analysed.Item!;
        var start = IngestPhaseTimes.Start(Timings);
        if (writer.IsSourceKnown(item.Uri, analysed.SourceSha256))
        {
            Timings?.Stop(IngestPhase.Lookup, start);
            return c with { Skipped = c.Skipped + 1 }; // stored meanwhile by a concurrent run
        }

        var report = analysed.Report!;
        var prepared = analysed.Prepared ?? Prepare(item, report);
        string text = report.Article.Text;
        string url = prepared.CanonicalUrl;
        string hash = prepared.ContentHash;
        var latest = writer.LatestAt(url);
        if (latest is not null && latest.ContentHash == hash)
        {
            writer.RememberSource(item.Uri, analysed.SourceSha256, latest.Id);
            Timings?.Stop(IngestPhase.Lookup, start);
            return c with { Skipped = c.Skipped + 1 };
        }

        int revision = (latest?.Revision ?? 0) + 1;
        string id = UniqueId(writer, prepared.BaseId, revision, hash);
        Timings?.Stop(IngestPhase.Lookup, start);
        var entityKeys = prepared.EntityKeys;
        string? duplicateOf = null;
        DuplicateMatch? match = null;
        DuplicateFingerprint? fingerprint = null;
        string? story = null;
        if (!string.IsNullOrWhiteSpace(text))
        {
            start = IngestPhaseTimes.Start(Timings);
            fingerprint = prepared.Fingerprint ?? indexes.Fingerprint(text);
            if (latest is not null)
            {
                match = indexes.DuplicateOf(writer, id, fingerprint).Match; // remembered for later copies; a revision is not a copy of itself
                story = latest.StoryId;
                Timings?.Stop(IngestPhase.Dedup, start);
            }
            else
            {
                (duplicateOf, match) = indexes.DuplicateOf(writer, id, fingerprint);
                Timings?.Stop(IngestPhase.Dedup, start);
                if (duplicateOf is not null)
                {
                    story = indexes.StoryOf(duplicateOf) ?? writer.StoryOf(duplicateOf);
                }
                else
                {
                    start = IngestPhaseTimes.Start(Timings);
                    story = indexes.AddToStory(writer, id, text, report.Article.Title, report.Article.Published, entityKeys, prepared.ClusterTerms);
                    Timings?.Stop(IngestPhase.Cluster, start);
                }
            }
        }

        lastSequence = writer.Insert(new NewArticle(id, url, item.Uri, analysed.SourceSha256, hash, revision, report, duplicateOf, story, entityKeys, prepared.StoredReport)
        {
            Knowledge = prepared.Knowledge,
            Fingerprint = fingerprint,
            DuplicateMatch = match,
        });
        stored.Add(id);
        return c with
        {
            Ingested = c.Ingested + 1,
            Duplicates = c.Duplicates + (duplicateOf is null ? 0 : 1),
            Revisions = c.Revisions + (revision > 1 ? 1 : 0),
        };
    }

    /// <summary>The article id: the given (JSONL) or URL-derived base, "-rN" for revision N, and a
    /// content-hash suffix when another article already holds the id (two JSONL files reusing ids).</summary>
    private static string UniqueId(ICorpusWriter writer, string baseId, int revision, string contentHash)
    {
        string id = revision > 1 ? $"{baseId}-r{revision}" : baseId;
        if (!writer.IdExists(id))
        {
            return id;
        }

        string withHash = $"{id}-{contentHash[..12]}";
        for (int n = 2; writer.IdExists(withHash); n++)
        {
            withHash = $"{id}-{contentHash[..12]}-{n}";
        }

        return withHash;
    }

    /// <summary>Identity of an item's content as the source gave it: the raw bytes, or the fields of a
    /// pre-extracted article. With the item's address it tells a resumed run what it has done.</summary>
    internal static string SourceHash(SourceItem item)
    {
        if (item.Extracted is not { } a)
        {
            return Convert.ToHexStringLower(SHA256.HashData(item.Body.Span));
        }

        // the UTF-8 of the fields joined by NUL, hashed field by field through one pooled buffer: the
        // same digest as hashing the joined string, without two article-sized copies per item (the
        // producer hashes every item before it is analysed). A field's UTF-8 does not depend on
        // its neighbours: a lone surrogate at a field's end is invalid either way.
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        string?[] fields = [a.Id, a.Title, a.Text, a.Published, a.Source, a.Url];
        int longest = 0;
        foreach (string? field in fields)
        {
            longest = Math.Max(longest, field?.Length ?? 0);
        }

        byte[] buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(longest));
        try
        {
            for (int i = 0; i < fields.Length; i++)
            {
                if (i > 0)
                {
                    sha.AppendData([0]);
                }

                int length = Encoding.UTF8.GetBytes(fields[i] ?? "", buffer);
                sha.AppendData(buffer, 0, length);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private sealed record Analysed(SourceItem? Item, string SourceSha256, AnalysisReport? Report, string? Error, bool AlreadyKnown, long SourceFailures = 0)
    {
        public Prepared? Prepared { get; init; }
    }

    /// <summary>What a worker computed for the writer (see <see cref="Prepare"/>).</summary>
    private sealed record Prepared(string CanonicalUrl, string BaseId, string ContentHash, IReadOnlyList<string> EntityKeys, DuplicateFingerprint? Fingerprint, string StoredReport)
    {
        /// <summary>The story clusterer's word and key counts (tokenised here, not on the writer).</summary>
        public Clustering.ArticleTermCounts? ClusterTerms { get; init; }

        /// <summary>The knowledge tables' rows, ready to bind.</summary>
        public PreparedKnowledge? Knowledge { get; init; }
    }

    /// <summary>The batch being written: its items so far, its write transaction (open from its
    /// first item to store until it commits), the counts and acknowledgements it will make.</summary>
    private sealed class OpenBatch
    {
        private long startedAt;

        public int Count;
        public long LastSequence;
        public IngestCounts Pending = IngestCounts.Zero;
        public ICorpusWriter? Writer;

        public List<string> Stored { get; } = [];

        public TimeSpan Age => Stopwatch.GetElapsedTime(startedAt);

        public void Begin(IngestCounts counts)
        {
            Pending = counts;
            startedAt = Stopwatch.GetTimestamp();
        }

        public void Clear()
        {
            Count = 0;
            LastSequence = 0;
            Writer = null;
            Stored.Clear();
        }
    }

    /// <summary>Passes source problems on and counts them (each is an item that failed).</summary>
    private sealed class CountingProblems(IProgress<SourceProblem>? inner) : IProgress<SourceProblem>
    {
        private long count;

        public long Count => Interlocked.Read(ref count);

        public void Report(SourceProblem value)
        {
            Interlocked.Increment(ref count);
            inner?.Report(value);
        }
    }
}
