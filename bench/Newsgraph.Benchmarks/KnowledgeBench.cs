using System.Diagnostics;
using System.Text.Json.Nodes;
using Newsgraph.Analysis;
using Newsgraph.Benchmarks.Scoring;
using Newsgraph.Core.Report;
using Newsgraph.Extraction;

namespace Newsgraph.Benchmarks;

/// <summary>
/// Runs the full default pipeline over the knowledge dev pages (../shared/bench/knowledge/dev: 12
/// extraction dev pages with hand-annotated entities, quotes, claims, times, events), writes one
/// report per page and scores them with the shared score.py. Also times the full pipeline against
/// extraction alone on the same pages, so a stage's cost is a ratio to an anchor of the same run.
/// </summary>
internal sealed class KnowledgeBench(BenchOptions options)
{
    public int Run()
    {
        string goldPath = Path.Combine(options.SharedDir, "bench", "knowledge", "dev", "gold.json");
        var devSet = ExtractionDevSet.LoadShared(options.SharedDir);
        if (!File.Exists(goldPath) || devSet is null)
        {
            Console.Error.WriteLine($"knowledge dev set not found under {options.SharedDir}");
            return 2;
        }

        var gold = JsonNode.Parse(File.ReadAllText(goldPath))!.AsObject();
        var pages = devSet.Pages.Where(p => gold.ContainsKey(p.Id)).ToList();
        string reportsDir = Path.Combine(options.OutDir, "knowledge-reports");
        Directory.CreateDirectory(reportsDir);

        // A generous time limit: the figures are about quality, and a loaded machine must not turn a
        // slow first page (models loading) into a page without entities or quotes.
        var full = AnalysisPipeline.CreateDefault(Core.Input.InputLimits.Default with { Timeout = TimeSpan.FromMinutes(5) });
        foreach (var page in pages)
        {
            var document = full.Run(page.Input);
            var report = ReportBuilder.Build(document, full.Stages);
            File.WriteAllText(Path.Combine(reportsDir, page.Id + ".json"), ReportJson.Serialize(report, indented: true));
        }

        string scorer = Path.Combine(options.SharedDir, "bench", "knowledge", "score.py");
        Console.WriteLine($"knowledge dev: {pages.Count} pages, reports in {reportsDir}");
        Console.Write(options.PerPage
            ? PythonScorer.Run(scorer, goldPath, reportsDir, "--per-doc")
            : PythonScorer.Run(scorer, goldPath, reportsDir));
        if (options.Only == "events")
        {
            // The per-event miss report: each gold event matched or why not, with the sentence's predictions.
            string misses = Path.Combine(AppContext.BaseDirectory, "Scoring", "event_misses.py");
            Console.Write(PythonScorer.Run(misses, scorer, goldPath, reportsDir));
        }

        if (options.Passes == 0)
        {
            // --passes 0: quality only (fast iteration on a loaded machine).
            return 0;
        }

        var extractionOnly = NewsgraphPipeline.CreateDefault();
        Warm(extractionOnly, pages);
        Warm(full, pages);

        // Alternate the two and keep each one's best pass: the other load on the machine then
        // inflates neither figure more than the other.
        double anchor = double.MaxValue, all = double.MaxValue;
        for (int pass = 0; pass < options.Passes; pass++)
        {
            anchor = Math.Min(anchor, MillisecondsPerPage(extractionOnly, pages));
            all = Math.Min(all, MillisecondsPerPage(full, pages));
        }

        Console.WriteLine($"speed (one thread, after warm-up, best of {options.Passes} passes): extraction alone {anchor:F2} ms/page (anchor), full pipeline {all:F2} ms/page = {all / anchor:F2}x the anchor");
        PriceStages(pages);
        return 0;
    }

    /// <summary>
    /// Each knowledge stage's cost as the difference between the pipeline up to it and the pipeline
    /// before it (best of the passes each, interleaved), as ms/page and as a share of the full run.
    /// </summary>
    private void PriceStages(IReadOnlyList<DevPage> pages)
    {
        var stages = AnalysisPipeline.KnowledgeStages();
        var prefixes = Enumerable.Range(0, stages.Count + 1)
            .Select(n => AnalysisPipeline.Create(AnalysisPipeline.KnowledgeStages().Take(n)))
            .ToList();
        foreach (var prefix in prefixes)
        {
            Warm(prefix, pages);
        }

        var best = Enumerable.Repeat(double.MaxValue, prefixes.Count).ToArray();
        for (int pass = 0; pass < options.Passes; pass++)
        {
            for (int n = 0; n < prefixes.Count; n++)
            {
                best[n] = Math.Min(best[n], MillisecondsPerPage(prefixes[n], pages));
            }
        }

        double full = best[^1];
        Console.WriteLine($"stage cost (ms/page as the difference of pipeline prefixes; share of the full {full:F2} ms/page):");
        Console.WriteLine($"  {"extraction.v1",-14} {best[0],7:F2} ms  {best[0] / full,6:P0}");
        for (int n = 1; n < prefixes.Count; n++)
        {
            double cost = best[n] - best[n - 1];
            Console.WriteLine($"  {stages[n - 1].Info.Id,-14} {cost,7:F2} ms  {cost / full,6:P0}");
        }
    }

    private static void Warm(Core.Pipeline.Pipeline pipeline, IReadOnlyList<DevPage> pages)
    {
        for (int i = 0; i < 5; i++)
        {
            foreach (var page in pages)
            {
                _ = pipeline.Run(page.Input);
            }
        }
    }

    private static double MillisecondsPerPage(Core.Pipeline.Pipeline pipeline, IReadOnlyList<DevPage> pages)
    {
        var watch = Stopwatch.StartNew();
        foreach (var page in pages)
        {
            _ = pipeline.Run(page.Input);
        }

        return watch.Elapsed.TotalMilliseconds / pages.Count;
    }
}
