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
/// the writer, which commits one batch while the next gathers (group commit), so on a machine
/// with a spare core the store's cost hides behind analysis.
/// </summary>
public sealed class IngestRunner
{
    private readonly ICorpusStore store;
    private readonly IArticleAnalyzer analyzer;
    private readonly IngestOptions options;
    private readonly CorpusIndexes indexes;
    private readonly ArticleKeys keys = new();
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
        var entityKeys = keys.Of(report);
        return new Prepared(
            url,
            item.Extracted?.Id ?? "a" + Sha256Hex(url)[..16],
            ContentHash.Of(text),
            entityKeys,
            string.IsNullOrWhiteSpace(text) ? null : indexes.Fingerprint(text),
            NewArticle.SerialiseWithoutText(report))
        {
            ClusterTerms = indexes.ClusterTerms(text, report.Article.Title, entityKeys),
            Knowledge = PreparedKnowledge.Of(report),
        };
    }

    private async Task ConsumeAsync(ChannelReader<Task<Analysed>> reader, CancellationToken cancellationToken)
    {
        // Group commit: a batch goes to the writer as soon as the writer is free and the batch holds
        // MinBatchSize articles (or has waited MaxCommitDelay for a slow source), and at BatchSize the
        // reader waits for the writer. While one batch commits the next gathers, so analysis never
        // stalls on a commit; batches grow by themselves when the writer is the slower side.
        int minBatch = Math.Min(options.MinBatchSize, options.BatchSize);
        var batch = new List<Analysed>(options.BatchSize);
        var sinceHandOver = Stopwatch.StartNew();
        Task committing = Task.CompletedTask;
        try
        {
            while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (reader.TryRead(out var next))
                {
                    bool wouldWait = !next.IsCompleted;
                    if (batch.Count > 0 && committing.IsCompleted
                        && (batch.Count >= minBatch || (wouldWait && sinceHandOver.Elapsed >= options.MaxCommitDelay)))
                    {
                        committing = await HandOver(committing).ConfigureAwait(false);
                    }

                    batch.Add(await next.ConfigureAwait(false));
                    if (batch.Count >= options.BatchSize)
                    {
                        committing = await HandOver(committing).ConfigureAwait(false);
                    }
                }
            }

            await reader.Completion.ConfigureAwait(false);
            await committing.ConfigureAwait(false);
            Commit(batch, endOfRun: true);
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
            await Settle(committing).ConfigureAwait(false); // the caller may dispose the store next
            throw;
        }

        async Task<Task> HandOver(Task previous)
        {
            await previous.ConfigureAwait(false); // commits stay in order; a failed one ends the run
            var full = batch;
            batch = new List<Analysed>(options.BatchSize);
            sinceHandOver.Restart();
            return Task.Run(() => Commit(full), CancellationToken.None);
        }
    }

    /// <summary>Waits for a commit in flight whose outcome no longer matters (the run is failing
    /// already; its own failure, if any, was or will be reported by the failure that ended the run).</summary>
    private static Task Settle(Task committing) =>
        committing.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    private void Commit(List<Analysed> batch, bool endOfRun = false)
    {
        if (batch.Count == 0 && !indexes.ReclusterDue(endOfRun))
        {
            return;
        }

        if (!indexes.ReclusterDue(endOfRun) && batch.TrueForAll(NeedsNoStore))
        {
            // only skipped and failed items (a resumed run, an empty folder, the end-of-run
            // count): nothing to write, so no write lock and no catch-up with the store
            foreach (var item in batch)
            {
                counts = Tally(item, counts)!;
            }

            Progress?.Report(counts);
            return;
        }

        var pending = counts;
        long lastSequence = 0;
        var stored = new List<string>();
        bool reclustered = false;
        try
        {
            using var writer = store.BeginWrite();
            var start = IngestPhaseTimes.Start(Timings);
            indexes.CatchUp(writer);
            Timings?.Stop(IngestPhase.CatchUp, start);
            foreach (var item in batch)
            {
                pending = Store(writer, item, pending, ref lastSequence, stored);
            }

            if (indexes.ReclusterDue(endOfRun))
            {
                // in the batch's transaction: the store's memberships change together with the
                // clusterer's, or (rolled back, indexes reset) not at all
                start = IngestPhaseTimes.Start(Timings);
                writer.MoveStories(indexes.Recluster());
                reclustered = true;
                Timings?.Stop(IngestPhase.Recluster, start);
            }

            writer.Commit();
        }
        catch
        {
            // the indexes may hold articles of the rolled-back batch: rebuild them from the store
            indexes.Reset();
            throw;
        }

        indexes.Committed(lastSequence);
        if (reclustered)
        {
            indexes.Reclustered();
        }
        counts = pending;
        if (stored.Count > 0)
        {
            Acknowledged?.Report(stored);
        }

        Progress?.Report(counts);
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
                    story = indexes.AddToStory(id, text, report.Article.Title, report.Article.Published, entityKeys, prepared.ClusterTerms);
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

        string joined = string.Join('\0', a.Id, a.Title ?? "", a.Text, a.Published ?? "", a.Source ?? "", a.Url ?? "");
        return Sha256Hex(joined);
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
