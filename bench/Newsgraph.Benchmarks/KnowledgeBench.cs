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
        var devSet = ExtractionDevSet.Load(Path.Combine(options.SharedDir, "bench", "extraction", "dev"));
        if (!File.Exists(goldPath) || devSet is null)
        {
            Console.Error.WriteLine($"knowledge dev set not found under {options.SharedDir}");
            return 2;
        }

        var gold = JsonNode.Parse(File.ReadAllText(goldPath))!.AsObject();
        var pages = devSet.Pages.Where(p => gold.ContainsKey(p.Id)).ToList();
        string reportsDir = Path.Combine(options.OutDir, "knowledge-reports");
        Directory.CreateDirectory(reportsDir);

        var full = AnalysisPipeline.CreateDefault();
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

        var extractionOnly = NewsgraphPipeline.CreateDefault();
        var withoutEvents = WithoutEvents();
        Warm(extractionOnly, pages);
        Warm(withoutEvents, pages);
        Warm(full, pages);

        // Alternate the three and keep each one's best pass: the other load on the machine then
        // inflates no figure more than another.
        double anchor = double.MaxValue, all = double.MaxValue, noEvents = double.MaxValue;
        for (int pass = 0; pass < options.Passes; pass++)
        {
            anchor = Math.Min(anchor, MillisecondsPerPage(extractionOnly, pages));
            noEvents = Math.Min(noEvents, MillisecondsPerPage(withoutEvents, pages));
            all = Math.Min(all, MillisecondsPerPage(full, pages));
        }

        Console.WriteLine($"speed (one thread, after warm-up, best of {options.Passes} passes): extraction alone {anchor:F2} ms/page (anchor), full pipeline {all:F2} ms/page = {all / anchor:F2}x the anchor");
        Console.WriteLine($"events stage: full pipeline without it {noEvents:F2} ms/page; events add {(all - noEvents) / noEvents:P1} to the rest of the analysis ({(all - noEvents) / all:P1} of the full pipeline)");
        return 0;
    }

    /// <summary>The default pipeline less the events stage (it runs last, so nothing else changes): the events cost is the difference.</summary>
    private static Core.Pipeline.Pipeline WithoutEvents() =>
        new Core.Pipeline.PipelineBuilder()
            .ReadWith(new ExtractionStage(Core.Input.InputLimits.Default))
            .Then(new Language.LanguageStage())
            .Then(new Entities.EntityStage())
            .Then(new Time.TimeStage())
            .Then(new Quotes.QuoteStage())
            .Build();

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
