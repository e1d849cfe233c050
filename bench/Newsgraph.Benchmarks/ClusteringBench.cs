using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Newsgraph.Benchmarks.Clustering;
using Newsgraph.Corpus.Clustering;
using Newsgraph.Corpus.Dedup;
using Newsgraph.Core.Diagnostics;

namespace Newsgraph.Benchmarks;

/// <summary>
/// Scores and times story clustering on the ECB+ dev set: articles are fed in several shuffled
/// orders (seeds 1..N, N = --passes), each clustering is refined with Recluster and scored with
/// B-cubed and pairwise F1 (our C# scorer, and score.py on every seed's predictions); the same on
/// each half of the topics (leave-topics-out figures); single-thread articles/s. With the
/// environment variable NEWSGRAPH_CLUSTER_SWEEP=1 it instead tunes the main weights on one half of
/// the topics and reports the chosen settings on the other half.
/// </summary>
internal sealed class ClusteringBench(BenchOptions options)
{
    public int Run()
    {
        string dev = Path.Combine(options.SharedDir, "bench", "clustering", "dev");
        string goldPath = Path.Combine(dev, "ecbplus.jsonl");
        if (!File.Exists(goldPath))
        {
            Console.Error.WriteLine($"bench data not found at {goldPath} (pass --shared DIR)");
            return 2;
        }

        var all = ClusteringDevSet.Load(goldPath);
        var keys = new CapitalisedNameKeys();
        var topics = all.Select(a => a.Topic).Distinct().OrderBy(t => int.TryParse(t, out int n) ? n : int.MaxValue).ThenBy(t => t, StringComparer.Ordinal).ToArray();
        var halfA = topics.Where((_, i) => i % 2 == 0).ToHashSet(StringComparer.Ordinal);
        var partA = all.Where(a => halfA.Contains(a.Topic)).ToArray();
        var partB = all.Where(a => !halfA.Contains(a.Topic)).ToArray();
        int seeds = Math.Max(1, options.Passes);
        Console.WriteLine($"articles: {all.Count}  stories: {all.Select(a => a.Cluster).Distinct().Count()}  topics: {topics.Length}  seeds: 1..{seeds}");

        var settings = ClusterSettingsText.Parse(StoryClusterSettings.Default, Environment.GetEnvironmentVariable("NEWSGRAPH_CLUSTER_SETTINGS"));
        var folds = topics.Select((t, i) => (t, i)).GroupBy(x => x.i % TopicFolds, x => x.t)
            .Select(g => g.ToHashSet(StringComparer.Ordinal)).ToArray();
        if (Environment.GetEnvironmentVariable("NEWSGRAPH_CLUSTER_GRID") is { Length: > 0 } grid)
        {
            CrossValidate(all, folds, keys, grid.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), seeds);
            return 0;
        }

        if (Environment.GetEnvironmentVariable("NEWSGRAPH_CLUSTER_FOLDGRID") is { Length: > 0 } foldGrid)
        {
            FoldGrid(all, folds, keys, foldGrid.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), seeds);
            return 0;
        }

        if (Environment.GetEnvironmentVariable("NEWSGRAPH_CLUSTER_DIAG") == "1")
        {
            Diagnose(all, keys, settings);
            return 0;
        }

        if (Environment.GetEnvironmentVariable("NEWSGRAPH_CLUSTER_TIME") == "1")
        {
            Time(all, keys, settings, recluster: false);
            Time(all, keys, settings, recluster: true);
            Time(all, keys, settings, recluster: false, IngestWindowEvery);
            Time(all.OrderBy(a => a.Published ?? DateTimeOffset.MinValue).ThenBy(a => a.Id, StringComparer.Ordinal).ToArray(), keys, settings, recluster: false, IngestWindowEvery, shuffle: false);
            return 0;
        }

        if (Environment.GetEnvironmentVariable("NEWSGRAPH_CLUSTER_PRODUCT") == "1")
        {
            Product(all, folds, keys, settings, seeds);
            return 0;
        }

        if (Environment.GetEnvironmentVariable("NEWSGRAPH_CLUSTER_QUICK") == "1")
        {
            Console.WriteLine($"settings: {settings}");
            Report("all, single pass", Evaluate(all, keys, settings, seeds, recluster: false));
            Report("all, + Recluster", Evaluate(all, keys, settings, seeds, recluster: true));
            Report($"all, ingest path", Evaluate(all, keys, settings, seeds, recluster: false, IngestWindowEvery));
            ReportFolds(all, folds, keys, settings, seeds);
            ReportFolds(all, folds, keys, settings, seeds, IngestWindowEvery);
            return 0;
        }

        if (Environment.GetEnvironmentVariable("NEWSGRAPH_CLUSTER_SWEEP") == "1")
        {
            Sweep(partA, partB, keys, seeds);
            Sweep(partB, partA, keys, seeds);
            return 0;
        }

        Directory.CreateDirectory(options.OutDir);
        string scorer = Path.Combine(options.SharedDir, "bench", "clustering", "score.py");
        Console.WriteLine();
        Console.WriteLine("== all 50 stories (C# scorer; mean / min over seeds) ==");
        Report("single pass", Evaluate(all, keys, settings, seeds, recluster: false));
        var final = Evaluate(all, keys, settings, seeds, recluster: true);
        Report("+ Recluster", final);
        Report("ingest path", Evaluate(all, keys, settings, seeds, recluster: false, IngestWindowEvery));
        Console.WriteLine();
        Console.WriteLine("== score.py on each seed's predictions (single pass + Recluster) ==");
        foreach (var (seed, predicted) in final.Predictions)
        {
            string path = Path.Combine(options.OutDir, $"clustering-predictions-seed{seed}.json");
            File.WriteAllText(path, JsonSerializer.Serialize(predicted));
            Console.WriteLine($"seed {seed}: {LastLine(PythonScorer.Run(scorer, goldPath, path))}");
        }

        Console.WriteLine();
        Console.WriteLine("== leave-topics-out halves (each clustered on its own, default settings) ==");
        Report($"half A ({partA.Length})", Evaluate(partA, keys, settings, seeds, recluster: true));
        Report($"half B ({partB.Length})", Evaluate(partB, keys, settings, seeds, recluster: true));
        ReportFolds(all, folds, keys, settings, seeds);
        ReportFolds(all, folds, keys, settings, seeds, IngestWindowEvery);

        Console.WriteLine();
        Console.WriteLine("== near-duplicates (NearDuplicateIndex over title + text, file order) ==");
        var index = new NearDuplicateIndex();
        var byId = all.ToDictionary(a => a.Id, StringComparer.Ordinal);
        int folded = 0, sameStory = 0;
        var dedupTimer = Stopwatch.StartNew();
        foreach (var a in all)
        {
            if (index.Add(a.Id, (a.Title is null ? "" : a.Title + "\n\n") + a.Text) is { } canonical)
            {
                folded++;
                sameStory += byId[canonical].Cluster == a.Cluster ? 1 : 0;
                Console.WriteLine($"  {a.Id} -> {canonical}");
            }
        }

        Console.WriteLine($"folded {folded} of {all.Count} articles onto an earlier copy; {sameStory} of them in the copy's gold story; {all.Count / dedupTimer.Elapsed.TotalSeconds:0} articles/s");

        Console.WriteLine();
        Console.WriteLine("== speed (one thread, after warm-up; entity keys + features + clustering) ==");
        var keyTimer = Stopwatch.StartNew();
        for (int i = 0; i < 10; i++)
        {
            foreach (var a in all)
            {
                keys.Extract(a.Title, a.Text);
            }
        }

        Console.WriteLine($"{"entity keys only",-16} {10 * all.Count / keyTimer.Elapsed.TotalSeconds,8:0} articles/s");
        Time(all, keys, settings, recluster: false);
        Time(all, keys, settings, recluster: true);
        Time(all, keys, settings, recluster: false, IngestWindowEvery);
        return 0;
    }

    /// <summary>Prints, per topic (clustered on its own fold's articles, seed 1, add + Recluster), the
    /// predicted stories as counts of each gold story: where sibling events fuse and stories split.</summary>
    private static void Diagnose(IReadOnlyList<ClusteringDevArticle> all, IEntityKeyExtractor keys, StoryClusterSettings settings)
    {
        var topics = all.Select(a => a.Topic).Distinct().OrderBy(t => int.TryParse(t, out int n) ? n : int.MaxValue).ToArray();
        for (int f = 0; f < TopicFolds; f++)
        {
            var part = all.Where(a => Array.IndexOf(topics, a.Topic) % TopicFolds == f).ToArray();
            var predicted = Cluster(Shuffle(part, 1), keys, settings, recluster: true);
            var gold = part.ToDictionary(a => a.Id, a => a.Cluster, StringComparer.Ordinal);
            var score = ClusteringScore.Of(gold, predicted);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fold {f}: B3-F1 {score.BCubedF1:0.000}"));
            foreach (var topic in part.Select(a => a.Topic).Distinct())
            {
                var stories = part.Where(a => a.Topic == topic).GroupBy(a => predicted[a.Id])
                    .Select(g => string.Join("+", g.GroupBy(a => a.Cluster.EndsWith("ecbplus", StringComparison.Ordinal) ? "P" : "E").OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => $"{x.Count()}{x.Key}")))
                    .OrderBy(x => x, StringComparer.Ordinal);
                Console.WriteLine($"  topic {topic,3}: {string.Join("  ", stories)}");
            }
        }
    }

    /// <summary>The product's paths against the bench's stand-in, same seeds: (1) the real JSONL
    /// ingest into a SQLite store (what <c>newsgraph ingest ecbplus.jsonl</c> stores: capitalised-name
    /// keys, as a JSONL line runs no knowledge stage), once with the ingest default (re-clustering
    /// every 1,000 articles: one end-of-run window here) and once every 100; (2) add + Recluster
    /// with keys made from the full analysis of each article: what ingest stores for an analysed
    /// page (ArticleKeys), and the entities stage's names and the times stage's dates beside
    /// the capitalised-name keys.</summary>
    private void Product(IReadOnlyList<ClusteringDevArticle> all, HashSet<string>[] folds, IEntityKeyExtractor keys, StoryClusterSettings settings, int seeds)
    {
        string dir = Path.Combine(options.OutDir, "product-ingest");
        Console.WriteLine($"settings: {settings}");
        Report("bench: add + Recluster", Evaluate(all, keys, settings, seeds, recluster: true));
        ReportFolds(all, folds, keys, settings, seeds);
        foreach (int every in Environment.GetEnvironmentVariable("NEWSGRAPH_CLUSTER_PRODUCT_INGEST") == "0" ? [] : new[] { 1000, 100 })
        {
            Console.WriteLine($"-- product: JSONL ingest into SQLite, re-clustering every {every} --");
            var whole = EvaluateWith(all, seeds, order => ProductPath.IngestJsonl(order, dir, every));
            Report($"ingest jsonl /{every}", whole);
            var perFold = folds.Select(f => EvaluateWith(all.Where(a => f.Contains(a.Topic)).ToArray(), seeds, order => ProductPath.IngestJsonl(order, dir, every))).ToArray();
            for (int f = 0; f < perFold.Length; f++)
            {
                Report($"fold {f}", perFold[f]);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"folds: B3-F1 mean {perFold.Average(e => e.MeanB3):0.000}  worst fold {perFold.Min(e => e.MeanB3):0.000}  worst fold x seed {perFold.Min(e => e.MinB3):0.000}"));
        }

        var reports = ProductPath.Analyse(all);
        var capitalised = new CapitalisedNameKeys();
        var variants = new (string Name, Func<Newsgraph.Core.Report.AnalysisReport, IReadOnlyList<string>> Keys)[]
        {
            ("ArticleKeys (ingest of an analysed page)", new Newsgraph.Corpus.Ingest.ArticleKeys().Of),
            ("entities-stage names once per mention (ArticleKeys before clustering4)", r => [.. r.Entities.SelectMany(e => Enumerable.Repeat("e:" + Newsgraph.Corpus.Store.Sqlite.SqliteCorpusWriter.NameKey(e.Name), Math.Max(1, e.Mentions.Count)))]),
            ("capitalised names of the analysed text", r => capitalised.Extract(r.Article.Title, r.Article.Text)),
            ("capitalised + entity keys once", r => [.. capitalised.Extract(r.Article.Title, r.Article.Text), .. r.Entities.Where(e => e.Key is not null).Select(e => "k:" + e.Key).Distinct()]),
            ("capitalised + entity names once", r => [.. capitalised.Extract(r.Article.Title, r.Article.Text), .. r.Entities.Select(e => "t:" + e.Type + ":" + e.Name.ToLowerInvariant()).Distinct()]),
            ("capitalised + years of resolved times", r => [.. capitalised.Extract(r.Article.Title, r.Article.Text), .. r.Times.Where(t => t.Value is { Length: >= 4 }).Select(t => "y:" + t.Value![..4]).Distinct()]),
            ("capitalised + resolved dates (month)", r => [.. capitalised.Extract(r.Article.Title, r.Article.Text), .. r.Times.Where(t => t.Value is { Length: >= 7 }).Select(t => "d:" + t.Value![..7]).Distinct()]),
        };
        foreach (var (name, keysOf) in variants)
        {
            Console.WriteLine($"-- analysed pages: {name}, add + Recluster --");
            var analysed = ProductPath.KeysOf(reports, keysOf);
            Report("analysed", Evaluate(all, analysed, settings, seeds, recluster: true));
            ReportFolds(all, folds, analysed, settings, seeds);
        }
    }

    private static Evaluation EvaluateWith(IReadOnlyList<ClusteringDevArticle> set, int seeds, Func<List<ClusteringDevArticle>, Dictionary<string, string>> cluster)
    {
        var gold = set.ToDictionary(a => a.Id, a => a.Cluster, StringComparer.Ordinal);
        var scores = new List<ClusteringScore>();
        var predictions = new List<(int, Dictionary<string, string>)>();
        for (int seed = 1; seed <= seeds; seed++)
        {
            var predicted = cluster(Shuffle(set, seed));
            foreach (var id in gold.Keys.Where(id => !predicted.ContainsKey(id)))
            {
                predicted[id] = "unstored:" + id; // an article the store did not keep counts as its own story
            }

            scores.Add(ClusteringScore.Of(gold, predicted));
            predictions.Add((seed, predicted));
        }

        var mean = new ClusteringScore(scores.Average(s => s.BCubedPrecision), scores.Average(s => s.BCubedRecall), scores.Average(s => s.PairPrecision), scores.Average(s => s.PairRecall));
        return new Evaluation(mean, scores.MinBy(s => s.BCubedF1)!, scores.Average(s => s.BCubedF1), scores.Min(s => s.BCubedF1), scores.Average(s => s.PairF1), scores.Min(s => s.PairF1), predictions);
    }

    /// <summary>Topic folds: each fold clustered on its own stands for a hidden set of other topics
    /// (5 topics, ~115 articles, ten stories).</summary>
    private const int TopicFolds = 5;

    /// <summary>The ingest path's re-clustering period in the bench (NEWSGRAPH_CLUSTER_WINDOW, default
    /// 100): far below IngestOptions.ReclusterEvery (1000) so that a 575-article set sees several
    /// windows, as a long run would.</summary>
    private static readonly int IngestWindowEvery =
        int.TryParse(Environment.GetEnvironmentVariable("NEWSGRAPH_CLUSTER_WINDOW"), CultureInfo.InvariantCulture, out int every) && every > 0 ? every : 100;

    private static void ReportFolds(IReadOnlyList<ClusteringDevArticle> all, HashSet<string>[] folds, IEntityKeyExtractor keys, StoryClusterSettings settings, int seeds, int windowEvery = 0)
    {
        Console.WriteLine(windowEvery > 0 ? $"-- folds, ingest path (window re-clustering every {windowEvery} articles and at the end) --" : "-- folds, add + Recluster --");
        var results = new List<Evaluation>();
        for (int f = 0; f < folds.Length; f++)
        {
            var part = all.Where(a => folds[f].Contains(a.Topic)).ToArray();
            var e = Evaluate(part, keys, settings, seeds, recluster: windowEvery == 0, windowEvery);
            results.Add(e);
            Report($"fold {f} ({part.Length})", e);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"folds: B3-F1 mean {results.Average(e => e.MeanB3):0.000}  worst fold {results.Min(e => e.MeanB3):0.000}  worst fold x seed {results.Min(e => e.MinB3):0.000}"));
    }

    /// <summary>For each grid entry (add + Recluster): the whole dev set and each topic fold clustered
    /// on its own, one line per entry, so settings can be compared by their mean over folds.</summary>
    private static void FoldGrid(IReadOnlyList<ClusteringDevArticle> all, HashSet<string>[] folds, IEntityKeyExtractor keys, string[] grid, int seeds)
    {
        foreach (string text in grid)
        {
            var settings = ClusterSettingsText.Parse(StoryClusterSettings.Default, text);
            double dev = Evaluate(all, keys, settings, seeds, recluster: true).MeanB3;
            var perFold = folds.Select(f => Evaluate(all.Where(a => f.Contains(a.Topic)).ToArray(), keys, settings, seeds, recluster: true).MeanB3).ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"dev {dev:0.000}  folds {string.Join(" ", perFold.Select(x => x.ToString("0.000", CultureInfo.InvariantCulture)))}  mean {perFold.Average():0.000}  worst {perFold.Min():0.000}  | {text}"));
        }
    }

    /// <summary>Leave-topics-out cross-validation: for each topic fold, picks the grid setting with the
    /// best mean B3-F1 over the other folds (clustered together) and scores it on the held-out fold.</summary>
    private static void CrossValidate(IReadOnlyList<ClusteringDevArticle> all, HashSet<string>[] folds, IEntityKeyExtractor keys, string[] grid, int seeds)
    {
        var candidates = grid.Select(g => (Text: g, Settings: ClusterSettingsText.Parse(StoryClusterSettings.Default, g))).ToArray();
        var held = new List<Evaluation>();
        for (int f = 0; f < folds.Length; f++)
        {
            var train = all.Where(a => !folds[f].Contains(a.Topic)).ToArray();
            var test = all.Where(a => folds[f].Contains(a.Topic)).ToArray();
            var scored = candidates.Select(c => (c.Text, c.Settings, Score: Evaluate(train, keys, c.Settings, seeds, recluster: true).MeanB3)).ToArray();
            foreach (var c in scored)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  fold {f} train {c.Score:0.000}  {c.Text}"));
            }

            var best = scored.MaxBy(c => c.Score);
            var e = Evaluate(test, keys, best.Settings, seeds, recluster: true);
            held.Add(e);
            Report($"fold {f} held-out", e);
            Console.WriteLine($"    chosen: {best.Text}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cross-validated held-out: B3-F1 mean {held.Average(e => e.MeanB3):0.000}  worst fold {held.Min(e => e.MeanB3):0.000}  worst fold x seed {held.Min(e => e.MinB3):0.000}  pair-F1 mean {held.Average(e => e.MeanPair):0.000}"));
    }

    private static void Sweep(IReadOnlyList<ClusteringDevArticle> tune, IReadOnlyList<ClusteringDevArticle> test, IEntityKeyExtractor keys, int seeds)
    {
        var results = new List<(double Score, StoryClusterSettings Settings, bool Recluster)>();
        foreach (double textWeight in new[] { 0.2, 0.3, 0.4 })
        {
            foreach (double join in new[] { 0.25, 0.28, 0.31 })
            {
                foreach (double power in new[] { 0.5, 0.75, 1.0 })
                {
                    foreach (double merge in new[] { 0.4, 0.5, 0.6 })
                    {
                        var s = StoryClusterSettings.Default with
                        {
                            TextWeight = textWeight,
                            EntityWeight = 1 - textWeight,
                            JoinThreshold = join,
                            MergeThreshold = merge,
                            EntityCountPower = power,
                        };
                        var e = Evaluate(tune, keys, s, seeds, recluster: true);
                        results.Add((e.MeanB3, s, true));
                    }
                }
            }
        }

        results.Sort((x, y) => y.Score.CompareTo(x.Score));
        Console.WriteLine();
        Console.WriteLine($"== sweep: tuned on {tune.Count} articles, tested on {test.Count} ==");
        foreach (var (score, s, recluster) in results.Take(8))
        {
            var held = Evaluate(test, keys, s, seeds, recluster);
            Console.WriteLine($"tune B3 {score:0.000} | held-out B3 {held.MeanB3:0.000} (min {held.MinB3:0.000}) pair {held.MeanPair:0.000} | text {s.TextWeight} join {s.JoinThreshold} merge {s.MergeThreshold} power {s.EntityCountPower} recluster {recluster}");
        }
    }

    private static Evaluation Evaluate(IReadOnlyList<ClusteringDevArticle> set, IEntityKeyExtractor keys, StoryClusterSettings settings, int seeds, bool recluster, int windowEvery = 0)
    {
        var gold = set.ToDictionary(a => a.Id, a => a.Cluster, StringComparer.Ordinal);
        var scores = new List<ClusteringScore>();
        var predictions = new List<(int, Dictionary<string, string>)>();
        for (int seed = 1; seed <= seeds; seed++)
        {
            var predicted = Cluster(Shuffle(set, seed), keys, settings, recluster, windowEvery);
            scores.Add(ClusteringScore.Of(gold, predicted));
            predictions.Add((seed, predicted));
        }

        var mean = new ClusteringScore(scores.Average(s => s.BCubedPrecision), scores.Average(s => s.BCubedRecall), scores.Average(s => s.PairPrecision), scores.Average(s => s.PairRecall));
        return new Evaluation(mean, scores.MinBy(s => s.BCubedF1)!, scores.Average(s => s.BCubedF1), scores.Min(s => s.BCubedF1), scores.Average(s => s.PairF1), scores.Min(s => s.PairF1), predictions);
    }

    /// <summary>Clusters in arrival order; <paramref name="windowEvery"/> &gt; 0 does what ingest does
    /// (IngestOptions.ReclusterEvery): re-clusters the neighbourhood of the articles added since the
    /// last time every that many articles and at the end, instead of one whole <paramref name="recluster"/>.</summary>
    private static Dictionary<string, string> Cluster(IEnumerable<ClusteringDevArticle> ordered, IEntityKeyExtractor keys, StoryClusterSettings settings, bool recluster, int windowEvery = 0, ReclusterTimer? timer = null)
    {
        var clusterer = new StoryClusterer(settings);
        var since = new List<string>();
        foreach (var a in ordered)
        {
            clusterer.Add(ClusterArticle.FromText(a.Id, a.Text, a.Title, a.Published, keys));
            since.Add(a.Id);
            if (windowEvery > 0 && since.Count >= windowEvery)
            {
                double cpu = StartupTimings.ThreadCpuMilliseconds();
                clusterer.Recluster(since);
                timer?.Add(StartupTimings.ThreadCpuMilliseconds() - cpu);
                since.Clear();
            }
        }

        if (windowEvery > 0 && since.Count > 0)
        {
            double cpu = StartupTimings.ThreadCpuMilliseconds();
            clusterer.Recluster(since);
            timer?.Add(StartupTimings.ThreadCpuMilliseconds() - cpu);
        }

        if (recluster)
        {
            double cpu = StartupTimings.ThreadCpuMilliseconds();
            clusterer.Recluster();
            timer?.Add(StartupTimings.ThreadCpuMilliseconds() - cpu);
        }

        var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var story in clusterer.Stories)
        {
            foreach (string id in story.MemberIds)
            {
                predicted[id] = story.Id;
            }
        }

        return predicted;
    }

    private static List<ClusteringDevArticle> Shuffle(IReadOnlyList<ClusteringDevArticle> set, int seed)
    {
        var list = set.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var random = new Random(seed);
        for (int i = list.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    private static void Time(IReadOnlyList<ClusteringDevArticle> set, IEntityKeyExtractor keys, StoryClusterSettings settings, bool recluster, int windowEvery = 0, bool shuffle = true)
    {
        var order = shuffle ? Shuffle(set, 1) : [.. set];
        for (int i = 0; i < 3; i++)
        {
            Cluster(order, keys, settings, recluster, windowEvery);
        }

        GC.Collect();
        const int Repeats = 10;
        double cpu = StartupTimings.ThreadCpuMilliseconds();
        var timer = new ReclusterTimer();
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < Repeats; i++)
        {
            Cluster(order, keys, settings, recluster, windowEvery, timer);
        }

        sw.Stop();
        cpu = StartupTimings.ThreadCpuMilliseconds() - cpu;
        double rate = Repeats * set.Count / sw.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(windowEvery > 0 ? (shuffle ? "ingest path" : "ingest, by date") : recluster ? "add + Recluster" : "add only"),-16} {rate,8:0} articles/s wall  {cpu / (Repeats * set.Count),7:0.000} ms/article thread CPU, of which re-clustering {timer.Milliseconds / (Repeats * set.Count),7:0.000}  ({Repeats} x {set.Count} articles in {sw.Elapsed.TotalSeconds:0.00} s)"));
    }

    private static void Report(string label, Evaluation e) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-18} B3-F1 {e.MeanB3:0.000} (min {e.MinB3:0.000})  pair-F1 {e.MeanPair:0.000} (min {e.MinPair:0.000})  B3 P {e.Mean.BCubedPrecision:0.000} R {e.Mean.BCubedRecall:0.000}"));

    private static string LastLine(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "(no output)";

    /// <summary>Thread CPU spent in re-clustering calls.</summary>
    private sealed class ReclusterTimer
    {
        public double Milliseconds { get; private set; }

        public void Add(double milliseconds) => Milliseconds += milliseconds;
    }

    private sealed record Evaluation(ClusteringScore Mean, ClusteringScore Worst, double MeanB3, double MinB3, double MeanPair, double MinPair, List<(int Seed, Dictionary<string, string> Predicted)> Predictions);
}
