using System.Diagnostics;
using Newsgraph.Benchmarks.Scoring;
using Newsgraph.Core.Input;
using Newsgraph.Extraction.Content;
using Newsgraph.Benchmarks.AngleSharpAnchor;
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
        var set = ExtractionDevSet.LoadShared(options.SharedDir, options.Only);
        if (set is null)
        {
            Console.Error.WriteLine("bench data not found (pass --shared DIR)");
            return 2;
        }

        var decoder = new InputDecoder();
        var parser = new HtmlPageParser();
        var anchor = new AngleSharpTreeReader(InputLimits.Default.MaxDepth);
        var body = new BodyExtractor();
        var metadata = new MetadataExtractor();
        var decoded = set.Pages.Select(p => decoder.Decode(p.Input, InputLimits.Default)).ToList();
        var texts = set.Pages.Select((p, i) => (Text: decoded[i].Text!, p.Input)).ToList();
        var stage = new Newsgraph.Extraction.ExtractionStage();
        // Parsed once up front so the tree walks can be timed without the parser.
        var doms = texts.Select(t => parser.Parse(t.Text, CancellationToken.None)).ToList();
        var bodies = doms.Select((d, i) => body.Extract(d, CancellationToken.None, texts[i].Input.PageUrl)).ToList();
        // The page the old timed unit test decoded: 186 KB of UTF-8 with umlauts and quotes throughout.
        var synthetic = new RawInput("bench:utf8", System.Text.Encoding.UTF8.GetBytes(SyntheticUtf8Page()));
        var phases = new (string Name, Action<int> Run)[]
        {
            ("decode", i => decoder.Decode(texts[i].Input, InputLimits.Default)),
            ("decode 186KB utf-8", _ => decoder.Decode(synthetic, InputLimits.Default)),
            ("parse (AngleSharp)", i => anchor.ParseOnly(texts[i].Text)),
            ("parse", i => parser.Parse(texts[i].Text, CancellationToken.None)),
            ("body (parsed)", i => body.Extract(doms[i], CancellationToken.None, texts[i].Input.PageUrl)),
            ("page scan (parsed)", i => PageScan.Of(doms[i], InputLimits.Default.MaxDepth)),
            ("metadata (parsed)", i => metadata.Extract(doms[i], texts[i].Input.PageUrl, bodies[i])),
            ("json-ld", i => JsonLdReader.Read(doms[i].JsonLd, texts[i].Input.PageUrl)),
            ("parse+body+metadata", i =>
            {
                var dom = parser.Parse(texts[i].Text, CancellationToken.None);
                var b = body.Extract(dom, CancellationToken.None, texts[i].Input.PageUrl);
                metadata.Extract(dom, texts[i].Input.PageUrl, b);
            }),
            ("same via AngleSharp", i =>
            {
                var dom = anchor.Read(texts[i].Text);
                var b = body.Extract(dom, CancellationToken.None, texts[i].Input.PageUrl);
                metadata.Extract(dom, texts[i].Input.PageUrl, b);
            }),
            ("whole stage", i => stage.Read(texts[i].Input, CancellationToken.None)),
        };
        if (options.Phase is { } only)
        {
            // One phase alone, for a profiler attached to the process.
            phases = phases.Where(p => p.Name == only).ToArray();
        }

        // CPU time and allocations alongside wall time: the machine is shared, so wall time swings
        // with other load while process CPU time per page stays comparable between runs.
        Console.WriteLine($"{"phase",-22} {"ms/page",8} {"cpu ms",8} {"pages/s",8} {"KB alloc",9}   (one thread, {options.Passes} passes after 2 warm-up passes)");
        // Warm every phase before timing any: the JIT tiers code up in the background, and a phase
        // timed before the code it shares with later phases is optimised would look slower.
        foreach (var (_, run) in phases)
        {
            for (int w = 0; w < 2; w++)
            {
                for (int i = 0; i < texts.Count; i++)
                {
                    run(i);
                }
            }
        }

        foreach (var (name, run) in phases)
        {
            for (int w = 0; w < 2; w++)
            {
                for (int i = 0; i < texts.Count; i++)
                {
                    run(i);
                }
            }

            var process = Process.GetCurrentProcess();
            var cpu0 = process.TotalProcessorTime;
            long alloc0 = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew();
            for (int pass = 0; pass < options.Passes; pass++)
            {
                for (int i = 0; i < texts.Count; i++)
                {
                    run(i);
                }
            }

            sw.Stop();
            process.Refresh();
            int runs = options.Passes * texts.Count;
            double ms = sw.Elapsed.TotalMilliseconds / runs;
            double cpu = (process.TotalProcessorTime - cpu0).TotalMilliseconds / runs;
            double kb = (GC.GetAllocatedBytesForCurrentThread() - alloc0) / 1024.0 / runs;
            Console.WriteLine($"{name,-22} {ms,8:0.000} {cpu,8:0.000} {1000 / ms,8:0} {kb,9:0}");
        }

        return 0;
    }

    private static string SyntheticUtf8Page()
    {
        var sb = new System.Text.StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"></head><body>");
        while (sb.Length < 186_000)
        {
            sb.Append("<div class=\"para\"><p>Ein Absatz mit Umlauten – äöü – und „Anführungszeichen“.</p></div>\n");
        }

        return sb.Append("</body></html>").ToString();
    }
}
