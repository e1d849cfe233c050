using System.Diagnostics;
using Newsgraph.Analysis;
using Newsgraph.Core.Input;
using Newsgraph.Core.Pipeline;
using Newsgraph.Core.Report;
using Newsgraph.Corpus.Ingest;
using Newsgraph.Corpus.Sources;
using Newsgraph.Corpus.Store;
using Newsgraph.Corpus.Store.Sqlite;
using Newsgraph.Extraction;

namespace Newsgraph.Benchmarks.Corpus;

/// <summary>
/// Issue #6's raw-page bar: end-to-end ingest of raw pages (read, analyse, fold, cluster, store)
/// against what <c>newsgraph analyze</c> does with the same pages (read, analyse, build the report,
/// write it as a JSON line), both with the default analysis pipeline and one analysis thread, in one
/// process. Both paths are warmed up first (tiered JIT would otherwise be most of what a
/// few-hundred-page run measures), then timed in alternating order (A B B A …) so that load from
/// other processes and tier-up hit both alike. Process CPU is the figure to trust on a shared
/// machine; JIT time is reported apart; the wall ratio is also printed (the writer runs on its
/// own thread, so on a free core it hides behind analysis).
/// </summary>
internal sealed class RawIngestOverhead(BenchOptions options)
{
    /// <summary>The issue's bar: ingest at most 10% slower than analyze.</summary>
    private const double Bar = 1.10;

    /// <summary>Untimed passes of each path first: enough calls for the hot methods to reach tier 1
    /// (30 calls each, after the 100 ms quiet period of tiering) and for the stages' models to load.</summary>
    private const int WarmUpPasses = 3;

    /// <summary>Thread CPU of opening (schema) and closing (checkpoint) the store, over the timed runs:
    /// a per-run cost that a 91-page run spreads over few pages.</summary>
    private TimeSpan openAndClose;
    private int runs;
    private readonly TierUpClock tierUp = new();

    public void Run(string html)
    {
        var files = Directory.EnumerateFiles(html).Order(StringComparer.Ordinal).ToArray();
        if (options.Only == "store")
        {
            RunStoreOnly(html, files);
            return;
        }

        // --only extraction: the extraction-only pipeline (what this bench measured before: the
        // store's cost against the cheapest analysis); the default is the pipeline analyze runs
        bool extractionOnly = options.Only == "extraction";
        Func<Pipeline> create = extractionOnly ? () => NewsgraphPipeline.CreateDefault() : () => AnalysisPipeline.CreateDefault();
        var pipeline = create();
        // one analyser for every pass, as the anchor keeps one pipeline: what is compared is the
        // per-page cost of storing, not loading models again
        var analyzer = new PipelineArticleAnalyzer(create);
        var timings = new IngestPhaseTimes();
        int passes = Math.Max(1, options.Passes);
        int warmUps = options.WarmUp ?? WarmUpPasses;
        Console.WriteLine($"raw pages: {files.Length} dev pages, pipeline {(extractionOnly ? "extraction only" : "default (analyze's)")}, 1 analysis thread, {warmUps} warm-up + {passes} timed passes of each path, alternating; load average {LoadAverage()}");

        var warm = Snapshot.Now(tierUp);
        for (int i = 0; i < warmUps; i++)
        {
            AnalyseAll(pipeline, files);
            IngestAll(analyzer, html, null, i == 0);
        }

        double drained = DrainTierUp();
        var warmCost = Snapshot.Now(tierUp) - warm;
        Console.WriteLine($"  warm-up: {warmCost.CpuSeconds:N1} CPU-s, of it background tier-up {warmCost.TierUpSeconds:N1} s; {warmCost.JitMethods:N0} methods compiled; waited {drained:N1} s for the tier-up queue to drain");

        var analyse = Cost.Zero;
        var ingest = Cost.Zero;
        var ratios = new List<double>();
        for (int p = 0; p < passes; p++)
        {
            Cost a, b;
            if (p % 2 == 0)
            {
                a = Measure(() => AnalyseAll(pipeline, files));
                b = Measure(() => IngestAll(analyzer, html, timings, false));
            }
            else
            {
                b = Measure(() => IngestAll(analyzer, html, timings, false));
                a = Measure(() => AnalyseAll(pipeline, files));
            }

            analyse += a;
            ingest += b;
            ratios.Add(b.CpuSeconds / a.CpuSeconds);
            Console.WriteLine($"  pass {p + 1}: analyze {a.CpuSeconds * 1000 / files.Length:N2} ms CPU/page ({a.JitMethods} methods compiled, tier-up {a.TierUpSeconds * 1000:N0} ms), ingest {b.CpuSeconds * 1000 / files.Length:N2} ({b.JitMethods}, {b.TierUpSeconds * 1000:N0} ms); CPU ratio {b.CpuSeconds / a.CpuSeconds:N3}; load average {LoadAverage()}");
        }

        int pages = files.Length * passes;
        double cpuRatio = ingest.CpuSeconds / analyse.CpuSeconds;
        double cpuRatioNoJit = ingest.CpuWithoutTierUp / analyse.CpuWithoutTierUp;
        double wallRatio = ingest.WallSeconds / analyse.WallSeconds;
        Console.WriteLine($"  analyze: {analyse.CpuSeconds * 1000 / pages,7:N2} ms CPU/page (tier-up thread {analyse.TierUpSeconds * 1000 / pages:N2}; {analyse.JitMethods:N0} methods compiled), {analyse.WallSeconds * 1000 / pages,7:N2} ms wall/page, {analyse.Allocated / 1024.0 / pages,6:N0} KiB allocated/page, {analyse.Collections} gen-0 GCs");
        Console.WriteLine($"  ingest:  {ingest.CpuSeconds * 1000 / pages,7:N2} ms CPU/page (tier-up thread {ingest.TierUpSeconds * 1000 / pages:N2}; {ingest.JitMethods:N0} methods compiled), {ingest.WallSeconds * 1000 / pages,7:N2} ms wall/page, {ingest.Allocated / 1024.0 / pages,6:N0} KiB allocated/page, {ingest.Collections} gen-0 GCs");
        Console.WriteLine($"  per-pass CPU ratios (median {ratios.Order().ElementAt(ratios.Count / 2):N3}): {string.Join(", ", ratios.Select(r => r.ToString("N3", System.Globalization.CultureInfo.InvariantCulture)))}");
        Console.WriteLine($"  ingest/analyze process CPU = {cpuRatio:N3} (background tier-up excluded {cpuRatioNoJit:N3}) {Verdict(cpuRatio)}; wall = {wallRatio:N3} {Verdict(wallRatio)}; bar <= {Bar:N2}; load average {LoadAverage()}");
        Console.WriteLine($"  store open + close (per run, in the ingest figure): {openAndClose.TotalMilliseconds / Math.Max(1, runs):N1} ms thread CPU = {openAndClose.TotalMilliseconds / pages:N2} ms/page of a {files.Length}-page run");
        CorpusSearchBench.PrintPhases(timings, pages, ingest.WallSeconds);
        PrintPrepareParts(pipeline, files);
    }

    /// <summary>
    /// <c>--only store</c>: what ingest adds to analysis, without the analysis. The pages are
    /// analysed once; each timed run then ingests them into a fresh corpus with those reports
    /// handed back (<see cref="ReplayingAnalyzer"/>), so the process CPU of a run is reading,
    /// preparing, the writer and the re-clustering alone (and a profiler sees only them).
    /// </summary>
    private void RunStoreOnly(string html, string[] files)
    {
        var replay = new ReplayingAnalyzer(new PipelineArticleAnalyzer(() => AnalysisPipeline.CreateDefault()));
        var timings = new IngestPhaseTimes();
        int passes = Math.Max(1, options.Passes);
        int warmUps = options.WarmUp ?? WarmUpPasses;
        Console.WriteLine($"ingest without analysis: {files.Length} dev pages analysed once, then {warmUps} warm-up + {passes} timed ingest runs into a fresh corpus; load average {LoadAverage()}");
        for (int i = 0; i < Math.Max(1, warmUps); i++)
        {
            IngestAll(replay, html, null, i == 0);
        }

        DrainTierUp();
        var total = Cost.Zero;
        for (int p = 0; p < passes; p++)
        {
            var cost = Measure(() => IngestAll(replay, html, timings, false));
            total += cost;
            Console.WriteLine($"  run {p + 1}: {cost.CpuSeconds * 1000 / files.Length:N3} ms process CPU/page (tier-up {cost.TierUpSeconds * 1000:N0} ms, {cost.JitMethods} methods compiled); load average {LoadAverage()}");
        }

        int pages = files.Length * passes;
        Console.WriteLine($"  ingest without analysis: {total.CpuSeconds * 1000 / pages:N3} ms process CPU/page (tier-up thread {total.TierUpSeconds * 1000 / pages:N3}), {total.Allocated / 1024.0 / pages:N0} KiB allocated/page, {total.Collections} gen-0 GCs; load average {LoadAverage()}");
        Console.WriteLine($"  store open + close (per run, in the figure): {openAndClose.TotalMilliseconds / Math.Max(1, runs):N1} ms thread CPU = {openAndClose.TotalMilliseconds / pages:N3} ms/page of a {files.Length}-page run");
        CorpusSearchBench.PrintPhases(timings, pages, total.WallSeconds);
    }

    /// <summary>Analyses each item once and hands its report back on every later run.</summary>
    private sealed class ReplayingAnalyzer(IArticleAnalyzer inner) : IArticleAnalyzer
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, AnalysisReport> reports = new(StringComparer.Ordinal);

        public AnalysisReport Analyze(SourceItem item, CancellationToken cancellationToken) =>
            reports.GetOrAdd(item.Uri, _ => inner.Analyze(item, cancellationToken));
    }

    /// <summary>Thread CPU of each part of the worker's Prepare step (and of the anchor's own JSON
    /// line) over already-analysed reports, so the prepare phase above can be read part by part.</summary>
    private static void PrintPrepareParts(Pipeline pipeline, string[] files)
    {
        const int Repeats = 5;
        var bodies = files.Select(File.ReadAllBytes).ToArray();
        var reports = files.Select((f, i) => ReportBuilder.Build(pipeline.Run(new RawInput(f, bodies[i], "text/html")), pipeline.Stages)).ToArray();
        var keys = new ArticleKeys();
        var dedup = new Newsgraph.Corpus.Dedup.NearDuplicateIndex();
        // what the worker's Prepare runs: content hash, fingerprint, entity keys and cluster terms from one fold and one tokenisation
        var textKeys = new CorpusIndexes(IngestOptions.Default);
        var parts = new (string Name, Action<int> Run)[]
        {
            ("source SHA-256 (read)", i => System.Security.Cryptography.SHA256.HashData(bodies[i])),
            ("report JSON without text", i => NewArticle.SerialiseWithoutText(reports[i])),
            ("content hash", i => Newsgraph.Corpus.Dedup.ContentHash.Of(reports[i].Article.Text)),
            ("duplicate fingerprint", i => dedup.Fingerprint(reports[i].Article.Text)),
            ("entity keys", i => keys.Of(reports[i])),
            ("cluster terms", i => Newsgraph.Corpus.Clustering.StoryClusterer.Count(new Newsgraph.Corpus.Clustering.ClusterArticle("", reports[i].Article.Text, reports[i].Article.Title, null, keys.Of(reports[i])))),
            ("all four above in one pass", i => textKeys.TextKeys(reports[i].Article.Title, reports[i].Article.Text)),
            // what taking the analysis's tokens instead could save at most: the word split the
            // one-pass keys share, next to the analysis tokenizer's pass over the same text
            ("of it: word split alone", i => Newsgraph.Corpus.Text.WordTokenizer.Tokenize(reports[i].Article.Text)),
            ("analysis tokenizer (compare)", i => Newsgraph.Language.Tokens.Tokenizer.Tokenize(reports[i].Article.Text)),
            ("knowledge rows", i => PreparedKnowledge.Of(reports[i])),
            ("anchor: report JSON line", i => ReportJson.Serialize(reports[i])),
        };
        Console.WriteLine($"  prepare parts (thread CPU µs/page, {Repeats} repeats over the {files.Length} reports):");
        foreach (var (name, run) in parts)
        {
            for (int i = 0; i < files.Length; i++)
            {
                run(i); // warm
            }

            var start = ThreadCpuClock.Now();
            for (int r = 0; r < Repeats; r++)
            {
                for (int i = 0; i < files.Length; i++)
                {
                    run(i);
                }
            }

            Console.WriteLine($"    {name,-28} {(ThreadCpuClock.Now() - start).TotalMicroseconds / (Repeats * files.Length),8:N1}");
        }
    }

    /// <summary>Waits (no CPU) until the background tier-up thread has been idle for half a second,
    /// at most 20 s: methods the warm-up queued for tier 1 are compiled before timing starts, not
    /// charged to whichever path the first timed pass runs.</summary>
    private double DrainTierUp()
    {
        var waited = Stopwatch.StartNew();
        double last = tierUp.Seconds();
        while (waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            Thread.Sleep(500);
            double now = tierUp.Seconds();
            if (now == last)
            {
                break;
            }

            last = now;
        }

        return waited.Elapsed.TotalSeconds;
    }

    private static string Verdict(double ratio) => ratio <= Bar ? "PASS" : "FAIL";

    /// <summary>What <c>newsgraph analyze</c> does per page of a folder: read the file, run the
    /// pipeline, build the report, write it as one compact JSON line (here to a null writer).</summary>
    private static void AnalyseAll(Pipeline pipeline, string[] files)
    {
        foreach (string f in files)
        {
            var report = ReportBuilder.Build(pipeline.Run(new RawInput(f, File.ReadAllBytes(f), "text/html")), pipeline.Stages);
            TextWriter.Null.WriteLine(ReportJson.Serialize(report));
        }
    }

    /// <summary>What <c>newsgraph ingest FOLDER --threads 1</c> does, into a fresh corpus.</summary>
    private void IngestAll(IArticleAnalyzer analyzer, string html, IngestPhaseTimes? timings, bool printCounts)
    {
        string db = Path.Combine(options.OutDir, "raw-pages.db");
        DeleteDb(db);
        IngestCounts counts;
        var opening = ThreadCpuClock.Now();
        var store = SqliteCorpusStore.Open(db);
        var openCpu = ThreadCpuClock.Now() - opening;
        try
        {
            store.Timings = timings;
            counts = new IngestRunner(store, analyzer, new IngestOptions { Workers = 1 }) { Timings = timings }
                .RunAsync([new FileSource([html], InputLimits.Default.MaxInputBytes)]).GetAwaiter().GetResult();
        }
        finally
        {
            var closing = ThreadCpuClock.Now();
            store.Dispose();
            if (timings is not null)
            {
                openAndClose += openCpu + (ThreadCpuClock.Now() - closing);
                runs++;
            }
        }

        if (printCounts)
        {
            Console.WriteLine($"  ingest counts: {counts.Ingested} stored ({counts.Duplicates} duplicates), {counts.Skipped} skipped, {counts.Failed} failed");
        }

        DeleteDb(db);
    }

    private Cost Measure(Action action)
    {
        var start = Snapshot.Now(tierUp);
        action();
        return Snapshot.Now(tierUp) - start;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static void DeleteDb(string db)
    {
        foreach (string f in new[] { db, db + "-wal", db + "-shm" })
        {
            File.Delete(f);
        }
    }

    /// <summary>The process's clocks at one moment.</summary>
    private readonly record struct Snapshot(long Wall, TimeSpan Cpu, double TierUpCpuSeconds, long JitMethods, long Allocated, int Collections)
    {
        public static Snapshot Now(TierUpClock tierUp) => new(
            Stopwatch.GetTimestamp(),
            ThreadCpuClock.ProcessNow(),
            tierUp.Seconds(),
            System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false),
            GC.GetTotalAllocatedBytes(precise: false),
            GC.CollectionCount(0));

        public static Cost operator -(Snapshot end, Snapshot start) => new(
            Stopwatch.GetElapsedTime(start.Wall, end.Wall).TotalSeconds,
            (end.Cpu - start.Cpu).TotalSeconds,
            end.TierUpCpuSeconds - start.TierUpCpuSeconds,
            end.JitMethods - start.JitMethods,
            end.Allocated - start.Allocated,
            end.Collections - start.Collections);
    }

    /// <summary>Wall and process CPU seconds, the background tier-up thread's CPU seconds, methods
    /// compiled, bytes allocated and gen-0 collections over a span.</summary>
    private readonly record struct Cost(double WallSeconds, double CpuSeconds, double TierUpSeconds, long JitMethods, long Allocated, int Collections)
    {
        public static Cost Zero { get; } = new(0, 0, 0, 0, 0, 0);

        public double CpuWithoutTierUp => CpuSeconds - TierUpSeconds;

        public static Cost operator +(Cost a, Cost b) => new(
            a.WallSeconds + b.WallSeconds, a.CpuSeconds + b.CpuSeconds, a.TierUpSeconds + b.TierUpSeconds, a.JitMethods + b.JitMethods, a.Allocated + b.Allocated, a.Collections + b.Collections);
    }


    /// <summary>CPU of the runtime's background tier-up threads (".NET Tiered Compilation Worker";
    /// /proc/self/task/N/comm keeps 15 characters), which re-compile hot methods at tier 1: JIT that
    /// a short run pays and a long one does not. <see cref="System.Runtime.JitInfo.GetCompilationTime"/>
    /// is wall time, which a loaded machine inflates many times over, so it cannot be subtracted from
    /// CPU. The worker thread exits when idle and a new one starts later, so the clock adds each
    /// thread's increase since it was last seen (monotonic). Clock ticks (10 ms); zero without /proc.</summary>
    private sealed class TierUpClock
    {
        private const string Tasks = "/proc/self/task";
        private readonly Dictionary<string, long> lastTicks = [];
        private long total;

        public double Seconds()
        {
            if (!Directory.Exists(Tasks))
            {
                return 0;
            }

            foreach (string task in Directory.EnumerateDirectories(Tasks))
            {
                try
                {
                    if (!File.ReadAllText(Path.Combine(task, "comm")).StartsWith(".NET Tiered", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    // fields after the parenthesised name start at the state (field 3): utime is 14, stime 15
                    string stat = File.ReadAllText(Path.Combine(task, "stat"));
                    string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    long ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
                    long previous = lastTicks.GetValueOrDefault(task);
                    total += ticks >= previous ? ticks - previous : ticks; // fewer: a new thread reusing the id
                    lastTicks[task] = ticks;
                }
                catch (IOException)
                {
                    // the thread ended between listing and reading
                }
            }

            return total / 100.0; // USER_HZ is 100 on Linux
        }
    }
}
