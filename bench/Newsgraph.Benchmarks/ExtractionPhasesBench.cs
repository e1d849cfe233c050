using System.Diagnostics;
using Newsgraph.Benchmarks.Scoring;
using Newsgraph.Core.Input;
using Newsgraph.Extraction.Content;
using Newsgraph.Extraction.Html;
using Newsgraph.Extraction.Input;
using Newsgraph.Extraction.Metadata;

namespace Newsgraph.Benchmarks;

/// <summary>
/// Times each phase of extraction separately over the dev pages (decode, parse, body, JSON-LD,
/// page scan, whole metadata), one thread after warm-up, so a regression can be pinned to a phase.
/// </summary>
internal sealed class ExtractionPhasesBench(BenchOptions options)
{
    public int Run()
    {
        var set = ExtractionDevSet.Load(Path.Combine(options.SharedDir, "bench", "extraction", "dev"), options.Only);
        if (set is null)
        {
            Console.Error.WriteLine("bench data not found (pass --shared DIR)");
            return 2;
        }

        var decoder = new InputDecoder();
        var parser = new HtmlPageParser();
        var body = new BodyExtractor();
        var metadata = new MetadataExtractor();
        var decoded = set.Pages.Select(p => decoder.Decode(p.Input, InputLimits.Default)).ToList();
        var texts = set.Pages.Select((p, i) => (Text: decoded[i].Text!, p.Input)).ToList();
        var stage = new Newsgraph.Extraction.ExtractionStage();
        var phases = new (string Name, Action<int> Run)[]
        {
            ("decode", i => decoder.Decode(texts[i].Input, InputLimits.Default)),
            ("nesting-guard", i => NestingGuard.Apply(decoded[i], InputLimits.Default.MaxDepth)),
            ("whole stage", i => stage.Read(texts[i].Input, CancellationToken.None)),
            ("parse", i => parser.Parse(texts[i].Text, CancellationToken.None).Dispose()),
            ("parse+body", i =>
            {
                using var dom = parser.Parse(texts[i].Text, CancellationToken.None);
                body.Extract(dom, CancellationToken.None, texts[i].Input.PageUrl);
            }),
            ("parse+scan", i =>
            {
                using var dom = parser.Parse(texts[i].Text, CancellationToken.None);
                PageScan.Of(dom, InputLimits.Default.MaxDepth);
            }),
            ("json-ld", i => JsonLdReader.Read(texts[i].Text, texts[i].Input.PageUrl)),
            ("parse+body+metadata", i =>
            {
                using var dom = parser.Parse(texts[i].Text, CancellationToken.None);
                var b = body.Extract(dom, CancellationToken.None, texts[i].Input.PageUrl);
                metadata.Extract(dom, texts[i].Text, texts[i].Input.PageUrl, b);
            }),
        };

        Console.WriteLine($"{"phase",-22} {"ms/page",8} {"pages/s",8}   (one thread, {options.Passes} passes after 2 warm-up passes)");
        foreach (var (name, run) in phases)
        {
            for (int w = 0; w < 2; w++)
            {
                for (int i = 0; i < texts.Count; i++)
                {
                    run(i);
                }
            }

            var sw = Stopwatch.StartNew();
            for (int pass = 0; pass < options.Passes; pass++)
            {
                for (int i = 0; i < texts.Count; i++)
                {
                    run(i);
                }
            }

            double ms = sw.Elapsed.TotalMilliseconds / (options.Passes * texts.Count);
            Console.WriteLine($"{name,-22} {ms,8:0.000} {1000 / ms,8:0}");
        }

        return 0;
    }
}
