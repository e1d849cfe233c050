using System.Diagnostics;
using System.Globalization;
using Newsgraph.Benchmarks.Corpus;
using Newsgraph.Core.Input;
using Newsgraph.Core.Report;
using Newsgraph.Corpus.Ingest;
using Newsgraph.Corpus.Sources;
using Newsgraph.Corpus.Store;
using Newsgraph.Corpus.Store.Sqlite;
using Newsgraph.Extraction;

namespace Newsgraph.Benchmarks;

/// <summary>
/// The corpus bench: synthesises --count articles (default 10,000) from the 91 dev pages, ingests
/// them as already-extracted articles into a fresh SQLite corpus (articles/s, DB size), times
/// searches of several kinds after warm-up (p50/p95/max), and compares end-to-end ingest of the raw
/// dev pages with analysing them alone (<see cref="RawIngestOverhead"/>).
/// </summary>
internal sealed class CorpusSearchBench(BenchOptions options)
{
    private const int DefaultCount = 10_000;
    private const int WarmUpQueries = 30;

    /// <summary>Articles per transaction in the bulk load (as <c>ingest --bulk</c>).</summary>
    private const int BulkBatch = IngestOptions.BulkBatchSize;

    public int Run()
    {
        string html = Path.Combine(options.SharedDir, "bench", "extraction", "dev", "html");
        if (!Directory.Exists(html))
        {
            Console.Error.WriteLine($"bench data not found at {html} (pass --shared DIR)");
            return 2;
        }

        int count = options.Count ?? DefaultCount;
        Directory.CreateDirectory(options.OutDir);
        string db = Path.Combine(options.OutDir, $"corpus-{count}.db");
        var corpus = new SyntheticCorpus(html);
        Console.WriteLine($"base pages: {corpus.BasePages}  articles: {count:N0}  db: {db}  stories: {(options.NoStories ? "off" : "on")}  cores: {Environment.ProcessorCount}  load average {LoadAverage()}");

        // --phase search reuses a corpus built by an earlier run (the 1M corpus takes a while);
        // --phase ingest stops after building it; --phase raw only compares raw ingest with analyze
        if (options.Phase is not ("raw" or "optimize") && !(options.Phase == "search" && File.Exists(db)))
        {
            Ingest(corpus, count, db);
        }

        // --phase optimize merges the full-text index of a corpus an earlier run built (ingest does
        // it after the bulk load); search before and after it to see what a merged index saves
        if (options.Phase is null or "ingest" or "optimize")
        {
            OptimizeFullText(db);
        }

        if (options.Phase is null or "search")
        {
            using var store = SqliteCorpusStore.Open(db, readOnly: true);
            Console.WriteLine($"stories: {store.Counts().Stories:N0}  entities: {store.Counts().Entities:N0}");
            TimeSearches(store, corpus);
            PrintPlans(db);
        }

        if (options.Phase is null or "raw")
        {
            new RawIngestOverhead(options).Run(html);
        }

        return 0;
    }

    private void Ingest(SyntheticCorpus corpus, int count, string db)
    {
        DeleteDb(db);
        // bulk load: larger batches (fewer commits and story refreshes); a crash loses at most one
        // the full-text merge that ingest runs after a large import is timed on its own below
        var ingestOptions = new IngestOptions { Deduplicate = !options.NoStories, Cluster = !options.NoStories, BatchSize = BulkBatch, OptimizeFullTextAfter = long.MaxValue, DeferIndexes = options.Only != "keep-indexes" };
        IngestCounts counts;
        var timings = new IngestPhaseTimes();
        double synthCpu = SynthesisCpuPerArticle(corpus, Math.Min(count, 5_000));
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long allocated = GC.GetTotalAllocatedBytes(precise: false);
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        using (var store = SqliteCorpusStore.Open(db))
        {
            store.Timings = timings;
            // a slice every tenth of the run (at least 10k articles): the writer's CPU per article
            // in each slice shows whether the rate holds as the corpus grows
            long slice = Math.Max(10_000, count / 10);
            long last = 0;
            double lastWriterMs = 0;
            var progress = new Reporter(c =>
            {
                if (c.Ingested - last >= slice)
                {
                    double cpuNow = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                    double writerMs = WriterCpuMs(timings);
                    Console.WriteLine($"  … {c.Ingested:N0} stored, {c.Ingested / watch.Elapsed.TotalSeconds:N0}/s wall, {c.Ingested / cpuNow:N0} per CPU-s; this slice: writer thread {(writerMs - lastWriterMs) * 1000 / (c.Ingested - last):N0} µs CPU/article; load average {LoadAverage()}");
                    last = c.Ingested;
                    lastWriterMs = writerMs;
                }
            });
            counts = new IngestRunner(store, corpus.Analyzer(), ingestOptions) { Progress = progress, Timings = timings }.RunAsync([corpus.Source(count)]).GetAwaiter().GetResult();
        }

        double seconds = watch.Elapsed.TotalSeconds;
        double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        double storeCpu = cpuSeconds - synthCpu * count;
        Console.WriteLine($"search-only indexes {(ingestOptions.DeferIndexes ? "dropped for the load and built at its end (Finish phase)" : "kept up row by row (--only keep-indexes)")}");
        Console.WriteLine($"ingest (pre-extracted + synthetic entities/event/quote/claim): {counts.Ingested:N0} stored, {counts.Duplicates:N0} duplicates in {seconds:N1} s = {counts.Ingested / seconds:N0} articles/s wall; {cpuSeconds:N1} CPU-s = {counts.Ingested / cpuSeconds:N0} articles per CPU-second; load average {LoadAverage()}");
        Console.WriteLine($"  synthesising the articles (anchor, measured alone, one thread): {synthCpu * 1000:N3} ms CPU/article = {synthCpu * count:N1} CPU-s of the above; ingest alone: {storeCpu:N1} CPU-s = {counts.Ingested / storeCpu:N0} analysed reports per CPU-second");
        // the GC's share: how much the load allocated and how often it collected (a gen-0 budget
        // set by DOTNET_GCgen0size shows up here as fewer gen-0 collections)
        Console.WriteLine($"  managed allocation {(GC.GetTotalAllocatedBytes(precise: false) - allocated) / 1024.0 / Math.Max(1, counts.Ingested):N1} KiB/article (synthesis included); collections gen0 {GC.CollectionCount(0) - collections[0]:N0}, gen1 {GC.CollectionCount(1) - collections[1]:N0}, gen2 {GC.CollectionCount(2) - collections[2]:N0}");
        PrintPhases(timings, counts.Ingested + counts.Skipped, seconds);
        Console.WriteLine($"db size: {FileSize(db) / 1048576.0:N1} MiB ({FileSize(db) / Math.Max(1, counts.Ingested):N0} bytes/article)");
    }

    private static void OptimizeFullText(string db)
    {
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        using (var store = SqliteCorpusStore.Open(db))
        {
            store.OptimizeFullText();
        }

        double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"full-text optimize (one segment): {watch.Elapsed.TotalSeconds:N1} s wall, {cpuSeconds:N1} CPU-s; db size {FileSize(db) / 1048576.0:N1} MiB; load average {LoadAverage()}");
    }

    /// <summary>Process CPU per article to synthesise and enrich one (what stands in for analysis
    /// here), measured on its own, so the ingest's own CPU is the rest.</summary>
    private static double SynthesisCpuPerArticle(SyntheticCorpus corpus, int n)
    {
        var analyzer = corpus.Analyzer();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        int chars = 0;
        for (int i = 0; i < n; i++)
        {
            var article = corpus.Article(i);
            chars += analyzer.Analyze(new SourceItem { Uri = "synthetic:" + article.Id, Extracted = article }, CancellationToken.None).Entities.Count;
        }

        GC.KeepAlive(chars);
        return (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds / Math.Max(1, n);
    }

    /// <summary>Per-phase time of an ingest run: worker phases summed over threads, writer phases on
    /// the one writer thread (their sum against the wall time says whether the writer was the bound).</summary>
    internal static void PrintPhases(IngestPhaseTimes timings, long items, double wallSeconds)
    {
        Console.WriteLine($"  phases (wall ms total, µs per item; thread CPU ms total, µs per item; over {items:N0} items; wall {wallSeconds * 1000:N0} ms):");
        double writer = 0, writerCpu = 0, writerBytes = 0;
        foreach (var phase in Enum.GetValues<IngestPhase>())
        {
            double ms = timings.Total(phase).TotalMilliseconds;
            double cpuMs = timings.Cpu(phase).TotalMilliseconds;
            double bytes = timings.Allocated(phase);
            if (phase >= IngestPhase.CatchUp)
            {
                writer += ms;
                writerCpu += cpuMs;
                writerBytes += bytes;
            }

            Console.WriteLine($"    {phase,-12} {ms,10:N0} ms  {ms * 1000 / Math.Max(1, items),8:N1} µs/item   cpu {cpuMs,9:N0} ms  {cpuMs * 1000 / Math.Max(1, items),8:N1} µs/item   alloc {bytes / 1024 / Math.Max(1, items),7:N1} KiB/item");
        }

        Console.WriteLine($"    writer thread busy {writer:N0} ms = {writer / (wallSeconds * 1000) * 100:N0}% of wall; writer thread CPU {writerCpu:N0} ms = {writerCpu * 1000 / Math.Max(1, items):N1} µs/item; allocated {writerBytes / 1024 / Math.Max(1, items):N1} KiB/item");
    }

    /// <summary>Writer-thread CPU so far (the phases from <see cref="IngestPhase.CatchUp"/> on).</summary>
    private static double WriterCpuMs(IngestPhaseTimes timings) =>
        Enum.GetValues<IngestPhase>().Where(p => p >= IngestPhase.CatchUp).Sum(p => timings.Cpu(p).TotalMilliseconds);

    /// <summary>EXPLAIN QUERY PLAN of the search statements' shapes, so a full scan shows up.</summary>
    private static void PrintPlans(string db)
    {
        using var connection = SqliteCorpusStore.Connect(db, Microsoft.Data.Sqlite.SqliteOpenMode.ReadOnly);
        string[] shapes =
        [
            "SELECT articles_fts.rowid FROM articles_fts WHERE articles_fts MATCH 'police' ORDER BY articles_fts.rowid DESC LIMIT 1 OFFSET 4999",
            "SELECT articles_fts.rowid FROM articles_fts CROSS JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH 'police' AND a.is_latest = 1 AND (a.site_key = 'x' OR a.host = 'x') ORDER BY articles_fts.rowid DESC LIMIT 1",
            "SELECT a.seq FROM articles a WHERE a.is_latest = 1 AND a.seq IN (SELECT ae.article_seq FROM entity_names n JOIN article_entities ae ON ae.entity_no = n.entity_no WHERE n.name_key = 'x') ORDER BY a.published_date DESC, a.seq DESC LIMIT 1000",
            "SELECT a.seq FROM articles a WHERE a.is_latest = 1 AND a.seq IN (SELECT article_seq FROM claims WHERE status = 'disputed') AND a.published_date >= '2020-01-01' ORDER BY a.published_date DESC, a.seq DESC LIMIT 1000",
        ];
        Console.WriteLine("query plans:");
        foreach (string sql in shapes)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + sql;
            using var r = command.ExecuteReader();
            var steps = new List<string>();
            while (r.Read())
            {
                steps.Add(r.GetString(3));
            }

            Console.WriteLine($"  {sql[..Math.Min(70, sql.Length)]}…\n    {string.Join(" | ", steps)}");
        }
    }

    private void TimeSearches(ICorpusStore store, SyntheticCorpus corpus)
    {
        var rng = new Random(42);
        int queriesPerKind = options.Queries;
        var words = corpus.TitleWords;
        var names = corpus.EntityNames;
        string Word() => words[rng.Next(words.Count)];
        var from = new DateOnly(2019, 12, 1);
        var kinds = new (string Name, Func<SearchQuery> Make)[]
        {
            ("one word", () => new SearchQuery { Text = Word() }),
            ("two words", () => new SearchQuery { Text = Word() + " " + Word() }),
            ("word + site", () => new SearchQuery { Text = Word(), Site = SyntheticCorpus.Outlet(rng.Next(1000)) }),
            ("word + 30 days", () => new SearchQuery { Text = Word(), From = from.AddDays(rng.Next(300)), To = from.AddDays(rng.Next(300) + 30) }),
            ("word + entity", () => new SearchQuery { Text = Word(), Entity = names[rng.Next(names.Count)] }),
            ("entity only", () => new SearchQuery { Entity = names[rng.Next(names.Count)] }),
            ("word + event type + status", () => new SearchQuery { Text = Word(), EventType = "protest", ClaimStatus = "disputed" }),
            ("word, no facets", () => new SearchQuery { Text = Word(), Facets = false }),
            ("word + speaker", () => new SearchQuery { Text = Word(), Speaker = names[rng.Next(names.Count)] }),
            ("site + 30 days (no words)", () => new SearchQuery { Site = SyntheticCorpus.Outlet(rng.Next(1000)), From = from.AddDays(rng.Next(300)), To = from.AddDays(rng.Next(300) + 30) }),
            ("claim status + event type", () => new SearchQuery { EventType = "arrest", ClaimStatus = "denied" }),
            ("phrase, page 3", () => new SearchQuery { Text = "\"" + Word() + " " + Word() + "\"" + " OR " + Word(), Offset = 40 }),
        };

        for (int i = 0; i < WarmUpQueries; i++)
        {
            store.Search(kinds[i % kinds.Length].Make());
        }

        var all = new List<double>();
        var asked = new List<(SearchQuery Query, SearchResults Results)>();
        Console.WriteLine($"search latency, {queriesPerKind} queries per kind (wall ms): p50 / p95 / p99 / max, mean matches, mean process CPU per query; load average {LoadAverage()}");
        foreach (var (name, make) in kinds)
        {
            var times = new List<double>();
            long matches = 0;
            // --only phases: where each kind's time goes (thread CPU per step, summed over the kind)
            var phases = options.Only == "phases" ? new SearchPhaseTimes(ThreadCpuClock.Now) : null;
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            for (int i = 0; i < queriesPerKind; i++)
            {
                var query = make();
                long start = Stopwatch.GetTimestamp();
                // --only no-sets: the plan before the in-memory value sets (an A/B anchor in one build)
                var results = options.Only == "no-sets" && store is SqliteCorpusStore plain ? plain.SearchWithoutSets(query)
                    : phases is not null && store is SqliteCorpusStore timed ? timed.Search(query, phases)
                    : store.Search(query);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                matches += results.Total;
                asked.Add((query, results));
            }

            all.AddRange(times);
            double cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / queriesPerKind;
            Console.WriteLine($"  {name,-28} {Percentile(times, 50),7:N2} / {Percentile(times, 95),7:N2} / {Percentile(times, 99),7:N2} / {times.Max(),7:N2}   {matches / queriesPerKind,6:N0}   cpu {cpuMs:N2} ms/query");
            if (phases is not null)
            {
                Console.WriteLine("      " + string.Join("; ", phases.Totals.Select(p => $"{p.Phase} {p.CpuMs / queriesPerKind:N2}")));
            }
        }

        Console.WriteLine($"  {"all kinds",-28} {Percentile(all, 50),7:N2} / {Percentile(all, 95),7:N2} / {Percentile(all, 99),7:N2} / {all.Max(),7:N2}   load average {LoadAverage()}");
        if (options.Only == "same-results" && store is SqliteCorpusStore sqlite)
        {
            SameResults(sqlite, asked);
        }
    }

    /// <summary>Runs each timed query again without the in-memory value sets (the plan before them)
    /// and counts the queries whose page, scores, snippets, total or facets differ.</summary>
    private static void SameResults(SqliteCorpusStore store, List<(SearchQuery Query, SearchResults Results)> asked)
    {
        static string Show(SearchResults r) => string.Join("\n",
            [$"{r.Total} {r.TotalIsLowerBound}", .. r.Hits.Select(h => $"{h.Id} {h.Score:R} {h.Snippet}"),
             .. r.Facets.Sites.Concat(r.Facets.Entities).Concat(r.Facets.EventTypes).Select(f => $"{f.Value} {f.Count}")]);
        int differ = 0;
        foreach (var (query, results) in asked)
        {
            if (Show(store.SearchWithoutSets(query)) != Show(results))
            {
                differ++;
                Console.WriteLine($"  differs: {query}");
            }
        }

        Console.WriteLine($"same results without the value sets: {asked.Count - differ} of {asked.Count} queries identical");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static double Percentile(List<double> values, int p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1)];
    }

    private static long FileSize(string db) =>
        new[] { db, db + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);

    private static void DeleteDb(string db)
    {
        foreach (string f in new[] { db, db + "-wal", db + "-shm" })
        {
            File.Delete(f);
        }
    }

    private sealed class Reporter(Action<IngestCounts> report) : IProgress<IngestCounts>
    {
        public void Report(IngestCounts value) => report(value);
    }
}
