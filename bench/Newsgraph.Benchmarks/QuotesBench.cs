using System.Diagnostics;
using Newsgraph.Benchmarks.Scoring;
using Newsgraph.Core.Input;
using Newsgraph.Core.Pipeline;
using Newsgraph.Extraction;
using Newsgraph.Language;
using Newsgraph.Quotes;

namespace Newsgraph.Benchmarks;

/// <summary>
/// What the quotes stage costs: the extraction dev pages through extraction + language, with and
/// without the quotes stage, alternating passes and keeping each one's best, so the stage's share
/// is a ratio to an anchor measured in the same run on the same machine load.
/// </summary>
internal sealed class QuotesBench(BenchOptions options)
{
    public int Run()
    {
        var devSet = ExtractionDevSet.Load(Path.Combine(options.SharedDir, "bench", "extraction", "dev"));
        if (devSet is null)
        {
            Console.Error.WriteLine($"extraction dev set not found under {options.SharedDir}");
            return 2;
        }

        var pages = devSet.Pages.ToList();
        var limits = InputLimits.Default;
        var without = new PipelineBuilder().WithLimits(limits).ReadWith(new ExtractionStage(limits)).Then(new LanguageStage()).Build();
        var with = new PipelineBuilder().WithLimits(limits).ReadWith(new ExtractionStage(limits)).Then(new LanguageStage()).Then(new QuoteStage()).Build();

        int quotes = 0, claims = 0;
        foreach (var page in pages)
        {
            var document = with.Run(page.Input);
            quotes += document.TryGet(Core.Documents.QuoteLayers.Quotes, out var q) ? q.Length : 0;
            claims += document.TryGet(Core.Documents.QuoteLayers.Claims, out var c) ? c.Length : 0;
        }

        Warm(without, pages);
        Warm(with, pages);
        double anchor = double.MaxValue, all = double.MaxValue;
        for (int pass = 0; pass < options.Passes; pass++)
        {
            anchor = Math.Min(anchor, MillisecondsPerPage(without, pages));
            all = Math.Min(all, MillisecondsPerPage(with, pages));
        }

        Console.WriteLine($"quotes on {pages.Count} extraction dev pages: {quotes} quotes, {claims} claims");
        Console.WriteLine($"speed (one thread, after warm-up, best of {options.Passes} passes): extraction + language {anchor:F2} ms/page (anchor), with quotes {all:F2} ms/page = +{(all / anchor - 1) * 100:F1}% for the quotes stage");
        return 0;
    }

    private static void Warm(Pipeline pipeline, IReadOnlyList<DevPage> pages)
    {
        for (int i = 0; i < 3; i++)
        {
            foreach (var page in pages)
            {
                _ = pipeline.Run(page.Input);
            }
        }
    }

    private static double MillisecondsPerPage(Pipeline pipeline, IReadOnlyList<DevPage> pages)
    {
        var watch = Stopwatch.StartNew();
        foreach (var page in pages)
        {
            _ = pipeline.Run(page.Input);
        }

        return watch.Elapsed.TotalMilliseconds / pages.Count;
    }
}
