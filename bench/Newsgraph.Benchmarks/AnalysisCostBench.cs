using System.Globalization;
using System.Text.Json.Nodes;
using Newsgraph.Analysis;
using Newsgraph.Benchmarks.Scoring;
using Newsgraph.Core.Diagnostics;
using Newsgraph.Core.Documents;
using Newsgraph.Core.Input;
using Newsgraph.Core.Pipeline;
using Newsgraph.Entities;
using Newsgraph.Extraction;
using Newsgraph.Language;

namespace Newsgraph.Benchmarks;

/// <summary>
/// What times + places + events add to fast-mode analysis, measured so a shared, overloaded machine
/// does not decide the figure: two pipelines (extraction → language → entities; the full default
/// pipeline), both warmed, then run page by page in alternation (which goes first alternates too)
/// over many rounds, each stage timed in CPU time of the running thread (not wall: wall measures
/// the other processes). Each round gives ratios; the bench prints their median and spread
/// (quartiles, min–max). Stages are run one by one exactly as <see cref="Pipeline.Run"/> does, so
/// the full pipeline's run also prices each stage: times + places + events against the rest of the
/// same run (extraction, language, entities, quotes) is the issue's figure, and the cross-pipeline
/// ratio checks it.
/// </summary>
internal sealed class AnalysisCostBench(BenchOptions options)
{
    /// <summary>Passes over all pages per pipeline before timing: tiered JIT has promoted the hot code by then.</summary>
    private const int WarmPasses = 2;

    /// <summary>Stages whose cost the bar bounds.</summary>
    private static readonly HashSet<string> AddedStages = new(["places.v1", "time.v1", "events.v1"], StringComparer.Ordinal);

    public int Run()
    {
        var devSet = ExtractionDevSet.LoadShared(options.SharedDir);
        string goldPath = Path.Combine(options.SharedDir, "bench", "knowledge", "dev", "gold.json");
        if (devSet is null || !File.Exists(goldPath))
        {
            Console.Error.WriteLine($"extraction or knowledge dev set not found under {options.SharedDir}");
            return 2;
        }

        var knowledgeIds = JsonNode.Parse(File.ReadAllText(goldPath))!.AsObject().Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        var pages = devSet.Pages.Where(p => options.Only != "knowledge" || knowledgeIds.Contains(p.Id)).ToList();
        bool[] isKnowledge = [.. pages.Select(p => knowledgeIds.Contains(p.Id))];

        // No time limit worth the name: a loaded machine must not cut a stage short and make it look cheap.
        var limits = InputLimits.Default with { Timeout = TimeSpan.FromMinutes(10) };
        var entitiesOnly = new StagedRun(new ExtractionStage(limits), [new LanguageStage(), new EntityStage()]);
        var full = new StagedRun(new ExtractionStage(limits), AnalysisPipeline.KnowledgeStages());
        string[] fullStages = [.. full.StageIds];
        Console.WriteLine($"analysis cost: {pages.Count} pages ({isKnowledge.Count(k => k)} knowledge dev), {options.Passes} rounds, load average {LoadAverage()}");
        Console.WriteLine($"  full pipeline stages: {string.Join(" → ", fullStages)}; added stages: {string.Join(", ", AddedStages)}");

        for (int pass = 0; pass < WarmPasses; pass++)
        {
            foreach (var page in pages)
            {
                entitiesOnly.Run(page.Input, null);
                full.Run(page.Input, null);
            }
        }

        // Per round and page subset: the thread CPU ms of each stage in each pipeline.
        var rounds = new List<(double[] Entities, double[] Full, double[] EntitiesK, double[] FullK)>();
        for (int round = 0; round < options.Passes; round++)
        {
            var (e, f) = (new double[entitiesOnly.StageIds.Count], new double[fullStages.Length]);
            var (ek, fk) = (new double[entitiesOnly.StageIds.Count], new double[fullStages.Length]);
            for (int i = 0; i < pages.Count; i++)
            {
                // Which pipeline goes first alternates with page and round: neither always runs on a cache the other warmed.
                bool entitiesFirst = ((i + round) & 1) == 0;
                var (first, second) = entitiesFirst ? (entitiesOnly, full) : (full, entitiesOnly);
                first.Run(pages[i].Input, entitiesFirst ? e : f);
                second.Run(pages[i].Input, entitiesFirst ? f : e);
                if (isKnowledge[i])
                {
                    AddLastPage(entitiesOnly, ek);
                    AddLastPage(full, fk);
                }
            }

            rounds.Add((e, f, ek, fk));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  round {round + 1}: entities-only {e.Sum() / pages.Count:F2} ms/page, full {f.Sum() / pages.Count:F2} ms/page, T+P+E {Added(f, fullStages) / pages.Count:F2} ms/page (load {LoadAverage()})"));
        }

        Report($"all {pages.Count} pages", rounds.Select(r => (r.Entities, r.Full)).ToList(), fullStages, pages.Count);
        int knowledgePages = isKnowledge.Count(k => k);
        if (knowledgePages > 0 && knowledgePages < pages.Count)
        {
            Report($"the {knowledgePages} knowledge dev pages", rounds.Select(r => (r.EntitiesK, r.FullK)).ToList(), fullStages, knowledgePages);
        }

        Console.WriteLine($"load average at the end {LoadAverage()}");
        return 0;
    }

    private static void AddLastPage(StagedRun run, double[] sums)
    {
        for (int s = 0; s < sums.Length; s++)
        {
            sums[s] += run.LastPage[s];
        }
    }

    private static void Report(string what, List<(double[] Entities, double[] Full)> rounds, string[] fullStages, int pageCount)
    {
        // Issue figure: T+P+E against the rest of the same full run (extraction, language, entities, quotes).
        var sameRun = rounds.Select(r => Added(r.Full, fullStages) / (r.Full.Sum() - Added(r.Full, fullStages))).ToList();
        // Cross-pipeline: the full pipeline over the entities-only one (quotes included in the difference).
        var overEntities = rounds.Select(r => (r.Full.Sum() / r.Entities.Sum()) - 1).ToList();
        // Cross-pipeline, quotes moved to the anchor: full over (entities-only + the full run's quotes).
        int quotes = Array.IndexOf(fullStages, "quotes.v1");
        var crossWithQuotes = rounds.Select(r => (r.Full.Sum() / (r.Entities.Sum() + (quotes >= 0 ? r.Full[quotes] : 0))) - 1).ToList();

        Console.WriteLine($"{what}: median over {rounds.Count} rounds [quartiles] (min–max), thread CPU");
        Console.WriteLine($"  times + places + events over the rest of the full run: {Spread(sameRun)}   (bar ≤ +30%)");
        Console.WriteLine($"  full pipeline over entities-only + quotes (two pipelines): {Spread(crossWithQuotes)}");
        Console.WriteLine($"  full pipeline over entities-only (quotes counted as added): {Spread(overEntities)}");
        double fullMs = Median(rounds.Select(r => r.Full.Sum() / pageCount).ToList());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  per stage in the full pipeline (median ms/page; share of the full {fullMs:F2} ms/page):"));
        for (int s = 0; s < fullStages.Length; s++)
        {
            double ms = Median(rounds.Select(r => r.Full[s] / pageCount).ToList());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {fullStages[s],-14} {ms,8:F3} ms  {ms / fullMs,6:P1}{(AddedStages.Contains(fullStages[s]) ? "  (added)" : "")}"));
        }
    }

    private static double Added(double[] stageSums, string[] stageIds)
    {
        double sum = 0;
        for (int s = 0; s < stageIds.Length; s++)
        {
            sum += AddedStages.Contains(stageIds[s]) ? stageSums[s] : 0;
        }

        return sum;
    }

    private static string Spread(List<double> ratios)
    {
        var sorted = ratios.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"{Median(sorted) * 100:+0.0;-0.0}% [{Quantile(sorted, 0.25) * 100:+0.0;-0.0}, {Quantile(sorted, 0.75) * 100:+0.0;-0.0}] ({sorted[0] * 100:+0.0;-0.0} – {sorted[^1] * 100:+0.0;-0.0})");
    }

    private static double Median(List<double> values) => Quantile([.. values.Order()], 0.5);

    private static double Quantile(List<double> sorted, double q)
    {
        double at = q * (sorted.Count - 1);
        int low = (int)Math.Floor(at);
        int high = Math.Min(sorted.Count - 1, low + 1);
        return sorted[low] + ((at - low) * (sorted[high] - sorted[low]));
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
        catch (UnauthorizedAccessException)
        {
            return "?";
        }
    }

    /// <summary>
    /// A reader and its stages run in order as <see cref="Pipeline.Run"/> runs them (stop at the
    /// first error), each timed in thread CPU milliseconds.
    /// </summary>
    private sealed class StagedRun
    {
        private readonly IReaderStage reader;
        private readonly IReadOnlyList<IStage> stages;

        public StagedRun(IReaderStage reader, IReadOnlyList<IStage> stages)
        {
            this.reader = reader;
            this.stages = stages;
            StageIds = [reader.Info.Id, .. stages.Select(s => s.Info.Id)];
            LastPage = new double[StageIds.Count];
        }

        public IReadOnlyList<string> StageIds { get; }

        /// <summary>The thread CPU ms of each stage on the last page run.</summary>
        public double[] LastPage { get; }

        /// <summary>Runs one page; adds each stage's thread CPU ms to <paramref name="sums"/> when given.</summary>
        public void Run(RawInput input, double[]? sums)
        {
            Array.Clear(LastPage);
            double before = StartupTimings.ThreadCpuMilliseconds();
            var document = reader.Read(input, CancellationToken.None);
            double after = StartupTimings.ThreadCpuMilliseconds();
            LastPage[0] = after - before;
            for (int s = 0; s < stages.Count && !document.HasErrors; s++)
            {
                before = after;
                stages[s].Run(document, CancellationToken.None);
                after = StartupTimings.ThreadCpuMilliseconds();
                LastPage[s + 1] = after - before;
            }

            if (sums is not null)
            {
                for (int s = 0; s < sums.Length; s++)
                {
                    sums[s] += LastPage[s];
                }
            }
        }
    }
}
