using System.Diagnostics;
using System.Text.Json.Nodes;
using Newsgraph.Analysis;
using Newsgraph.Benchmarks.Scoring;
using Newsgraph.Core.Documents;
using Newsgraph.Core.Input;
using Newsgraph.Core.Pipeline;
using Newsgraph.Core.Report;
using Newsgraph.Entities;
using Newsgraph.Events;
using Newsgraph.Extraction;
using Newsgraph.Language;
using Newsgraph.Quotes;

namespace Newsgraph.Benchmarks;

/// <summary>
/// Issue #4's figures for the quotes stage, through the full default pipeline (entities included):
/// quote F1, speaker accuracy, source F1 and status accuracy on the knowledge dev pages (the shared
/// score.py), and what the stage costs — its own time against the rest of the same fast-mode
/// pipeline runs on the 91 extraction dev pages, so the ratio holds whatever the machine's load.
/// </summary>
internal sealed class QuotesBench(BenchOptions options)
{
    /// <summary>
    /// The quality run gets a generous time limit: on a loaded machine a cold first page can pass
    /// the default 10 s, which ends the pipeline early and would count as missing quotes.
    /// </summary>
    private static readonly InputLimits QualityLimits = InputLimits.Default with { Timeout = TimeSpan.FromMinutes(5) };

    public int Run()
    {
        var devSet = ExtractionDevSet.LoadShared(options.SharedDir);
        if (devSet is null)
        {
            Console.Error.WriteLine($"extraction dev set not found under {options.SharedDir}");
            return 2;
        }

        int scored = Score(devSet);
        if (scored != 0)
        {
            return scored;
        }

        if (options.Passes > 0)
        {
            Time(devSet.Pages.ToList());
        }

        return 0;
    }

    private int Score(ExtractionDevSet devSet)
    {
        string goldPath = Path.Combine(options.SharedDir, "bench", "knowledge", "dev", "gold.json");
        if (!File.Exists(goldPath))
        {
            Console.Error.WriteLine($"knowledge dev set not found under {options.SharedDir}");
            return 2;
        }

        var gold = JsonNode.Parse(File.ReadAllText(goldPath))!.AsObject();
        var pages = devSet.Pages.Where(p => gold.ContainsKey(p.Id)).ToList();
        string reportsDir = Path.Combine(options.OutDir, "quotes-reports");
        Directory.CreateDirectory(reportsDir);

        var full = AnalysisPipeline.CreateDefault(QualityLimits);
        foreach (var page in pages)
        {
            var document = full.Run(page.Input);
            foreach (var d in document.Diagnostics.Where(d => d.Severity == Core.Diagnostics.DiagnosticSeverity.Error))
            {
                Console.Error.WriteLine($"{page.Id}: {d.Code} {d.Message}");
            }

            File.WriteAllText(Path.Combine(reportsDir, page.Id + ".json"), ReportJson.Serialize(ReportBuilder.Build(document, full.Stages), indented: true));
        }

        string scorer = Path.Combine(options.SharedDir, "bench", "knowledge", "score.py");
        string output = options.PerPage
            ? PythonScorer.Run(scorer, goldPath, reportsDir, "--per-doc")
            : PythonScorer.Run(scorer, goldPath, reportsDir);
        Console.WriteLine($"quotes on {pages.Count} knowledge dev pages (full pipeline), reports in {reportsDir}");
        foreach (string line in output.Split('\n'))
        {
            if (line.StartsWith("quotes", StringComparison.Ordinal) || line.StartsWith("claims", StringComparison.Ordinal) || options.PerPage && !line.StartsWith("summary", StringComparison.Ordinal))
            {
                Console.WriteLine(line);
            }
            else if (line.StartsWith("summary", StringComparison.Ordinal))
            {
                Console.WriteLine("summary " + string.Join(' ', line.Split(' ').Where(IsQuoteFigure)));
            }
        }

        return 0;
    }

    private static bool IsQuoteFigure(string field) =>
        field.StartsWith("quote", StringComparison.Ordinal) || field.StartsWith("speaker", StringComparison.Ordinal)
        || field.StartsWith("claim", StringComparison.Ordinal) || field.StartsWith("source", StringComparison.Ordinal)
        || field.StartsWith("status", StringComparison.Ordinal);

    private void Time(IReadOnlyList<DevPage> pages)
    {
        var timed = TimedStages();
        var pipeline = Compose(timed);
        string expected = string.Join(' ', AnalysisPipeline.CreateDefault().Stages.Select(s => s.Id));
        string composed = string.Join(' ', pipeline.Stages.Select(s => s.Id));
        if (composed != expected)
        {
            // The timed copy must be the default pipeline stage for stage, or the ratio means nothing.
            Console.Error.WriteLine($"timed pipeline [{composed}] differs from the default [{expected}]; update QuotesBench.Compose");
            return;
        }

        for (int i = 0; i < 3; i++)
        {
            RunAll(pipeline, pages);
        }

        var quotes = timed.Single(t => t.Info.Id == "quotes.v1");
        double bestQuotes = double.MaxValue, bestRest = double.MaxValue, bestTotal = double.MaxValue;
        for (int pass = 0; pass < options.Passes; pass++)
        {
            quotes.Reset();
            double total = RunAll(pipeline, pages);
            double own = quotes.Elapsed.TotalMilliseconds / pages.Count;
            bestQuotes = Math.Min(bestQuotes, own);
            bestRest = Math.Min(bestRest, total - own);
            bestTotal = Math.Min(bestTotal, total);
        }

        Console.WriteLine($"speed (fast mode = the default pipeline, one thread, {pages.Count} extraction dev pages, after warm-up, best of {options.Passes} passes):");
        Console.WriteLine($"  whole pipeline {bestTotal:F2} ms/page; quotes stage {bestQuotes:F2} ms/page; everything else {bestRest:F2} ms/page (anchor)");
        Console.WriteLine($"  quotes stage adds {bestQuotes / bestRest * 100:F1}% to the rest of the pipeline (bar: <= 20%)");
    }

    /// <summary>The default pipeline's stages after the reader, each wrapped in a stopwatch; same order as <see cref="AnalysisPipeline.CreateDefault"/>.</summary>
    /// <summary>The default pipeline's own stages, each wrapped in a stopwatch.</summary>
    private static List<TimedStage> TimedStages() => AnalysisPipeline.KnowledgeStages().Select(stage => new TimedStage(stage)).ToList();

    private static Pipeline Compose(IEnumerable<TimedStage> stages)
    {
        var limits = InputLimits.Default;
        var builder = new PipelineBuilder().WithLimits(limits).ReadWith(new ExtractionStage(limits));
        foreach (var stage in stages)
        {
            builder.Then(stage);
        }

        return builder.Build();
    }

    /// <summary>Runs every page once; returns wall milliseconds per page.</summary>
    private static double RunAll(Pipeline pipeline, IReadOnlyList<DevPage> pages)
    {
        var watch = Stopwatch.StartNew();
        foreach (var page in pages)
        {
            _ = pipeline.Run(page.Input);
        }

        return watch.Elapsed.TotalMilliseconds / pages.Count;
    }

    /// <summary>A stage that adds the time its inner stage takes to a running total; the contract is the inner stage's.</summary>
    private sealed class TimedStage(IStage inner) : IStage
    {
        private readonly Stopwatch watch = new();

        public StageInfo Info => inner.Info;

        public IReadOnlyList<string> Requires => inner.Requires;

        public IReadOnlyList<string> Produces => inner.Produces;

        public TimeSpan Elapsed => watch.Elapsed;

        public void Reset() => watch.Reset();

        public void Run(Document document, CancellationToken cancellationToken)
        {
            watch.Start();
            try
            {
                inner.Run(document, cancellationToken);
            }
            finally
            {
                watch.Stop();
            }
        }
    }
}
