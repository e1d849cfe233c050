using System.Globalization;
using System.Text.Json;
using Newsgraph.Analysis;
using Newsgraph.Benchmarks.Scoring;
using Newsgraph.Core.Diagnostics;
using Newsgraph.Core.Documents;
using Newsgraph.Core.Input;
using Newsgraph.Core.Pipeline;
using Newsgraph.Events;
using Newsgraph.Extraction;

namespace Newsgraph.Benchmarks;

/// <summary>
/// The events stage alone, for profiling and output checks: every extraction dev page is run once
/// through the stages before events, then the events stage runs on fresh copies of those documents
/// (only the layers it reads) over many passes, timed in thread CPU. Without the rest of the
/// pipeline in the loop a profiler sees the stage's own hot spots. With --out DIR it first writes
/// the events and agents of every page to DIR/events.json, so two builds' outputs can be diffed.
/// </summary>
internal sealed class EventsStageBench(BenchOptions options)
{
    public int Run()
    {
        var devSet = ExtractionDevSet.LoadShared(options.SharedDir);
        if (devSet is null)
        {
            Console.Error.WriteLine($"extraction dev set not found under {options.SharedDir}");
            return 2;
        }

        var limits = InputLimits.Default with { Timeout = TimeSpan.FromMinutes(10) };
        var reader = new ExtractionStage(limits);
        var before = AnalysisPipeline.KnowledgeStages().Where(s => s is not EventStage).ToList();
        var prepared = new List<(string Id, Document Document)>();
        foreach (var page in devSet.Pages.Where(p => options.Only is null || p.Id == options.Only))
        {
            var document = reader.Read(page.Input, CancellationToken.None);
            foreach (var stage in before.TakeWhile(_ => !document.HasErrors))
            {
                stage.Run(document, CancellationToken.None);
            }

            if (!document.HasErrors)
            {
                prepared.Add((page.Id, document));
            }
        }

        var events = new EventStage();
        events.WarmUp();
        if (options.OutDir is { } outDir && Environment.GetEnvironmentVariable("NEWSGRAPH_EVENTS_DUMP") == "1")
        {
            var dump = new SortedDictionary<string, object>(StringComparer.Ordinal);
            foreach (var (id, document) in prepared)
            {
                var copy = CopyInputs(document);
                events.Run(copy, CancellationToken.None);
                dump[id] = new { events = copy.Get(EventLayers.Events), agents = copy.Get(EventLayers.Agents) };
            }

            Directory.CreateDirectory(outDir);
            string path = Path.Combine(outDir, "events.json");
            File.WriteAllText(path, JsonSerializer.Serialize(dump, new JsonSerializerOptions { WriteIndented = true }));
            Console.WriteLine($"wrote {path}");
        }

        Console.WriteLine($"events stage alone: {prepared.Count} pages, {options.Passes} passes, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        for (int pass = -1; pass < options.Passes; pass++)
        {
            double cpu = 0;
            foreach (var (_, document) in prepared)
            {
                var copy = CopyInputs(document);
                double start = StartupTimings.ThreadCpuMilliseconds();
                events.Run(copy, CancellationToken.None);
                cpu += StartupTimings.ThreadCpuMilliseconds() - start;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {(pass < 0 ? "warm-up" : "pass " + (pass + 1))}: {cpu / prepared.Count:F3} ms/page thread CPU (load {File.ReadAllText("/proc/loadavg").Split(' ')[0]})"));
        }

        return 0;
    }

    /// <summary>A fresh document with only the layers the events stage reads.</summary>
    private static Document CopyInputs(Document document)
    {
        var copy = new Document(document.Text, document.Source, document.SourceMap);
        Copy(document, copy, LanguageLayers.Tokens);
        Copy(document, copy, LanguageLayers.Sentences);
        Copy(document, copy, EntityLayers.Entities);
        Copy(document, copy, QuoteLayers.Quotes);
        Copy(document, copy, QuoteLayers.Claims);
        Copy(document, copy, TimeLayers.Expressions);
        return copy;
    }

    private static void Copy<T>(Document from, Document to, LayerKey<T> key) where T : notnull
    {
        if (from.TryGet(key, out var value))
        {
            to.Add(key, value);
        }
    }
}
