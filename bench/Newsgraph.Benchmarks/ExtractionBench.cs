using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Newsgraph.Core.Documents;
using Newsgraph.Core.Input;
using Newsgraph.Extraction;

namespace Newsgraph.Benchmarks;

/// <summary>
/// Scores and times the extraction stage on the 91 dev pages: body F1 through the shared scorer,
/// metadata accuracy against metadata.json, single-thread throughput after warm-up and peak memory.
/// </summary>
internal sealed class ExtractionBench(BenchOptions options)
{
    public int Run()
    {
        string dev = Path.Combine(options.SharedDir, "bench", "extraction", "dev");
        if (!Directory.Exists(dev))
        {
            Console.Error.WriteLine($"bench data not found at {dev} (pass --shared DIR)");
            return 2;
        }

        var truth = JsonNode.Parse(File.ReadAllText(Path.Combine(dev, "ground-truth.json")))!.AsObject();
        var gold = JsonNode.Parse(File.ReadAllText(Path.Combine(dev, "metadata.json")))!.AsObject();
        var pages = LoadPages(dev, truth);
        if (options.Only is { } only)
        {
            pages = [.. pages.Where(p => p.Id.StartsWith(only, StringComparison.Ordinal))];
        }

        Console.WriteLine($"pages: {pages.Count} from {dev}");
        var stage = new ExtractionStage();

        // Quality pass (also the first warm-up).
        var results = new Dictionary<string, (string Text, ArticleInfo Info, IReadOnlyList<ArticleImage> Images)>();
        foreach (var page in pages)
        {
            var doc = stage.Read(page.Input, CancellationToken.None);
            results[page.Id] = (doc.Text, doc.GetOrDefault(ArticleLayers.Info) ?? new ArticleInfo(), doc.GetOrDefault(ArticleLayers.Images) ?? []);
        }

        Directory.CreateDirectory(options.OutDir);
        string predictionsPath = Path.Combine(options.OutDir, "predictions.json");
        var predictions = new JsonObject();
        foreach (var (id, r) in results)
        {
            predictions[id] = new JsonObject { ["articleBody"] = r.Text };
        }

        File.WriteAllText(predictionsPath, predictions.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        string scorer = Path.Combine(options.SharedDir, "bench", "extraction", "score.py");
        string bodyScore = RunScorer(scorer, Path.Combine(dev, "ground-truth.json"), predictionsPath);

        var meta = MetadataScore.Compute(gold, results.ToDictionary(r => r.Key, r => (r.Value.Info, r.Value.Images)), Path.Combine(options.OutDir, "metadata-misses.tsv"));

        // Speed: more warm-up, then timed passes on one thread.
        for (int i = 0; i < 2; i++)
        {
            foreach (var page in pages)
            {
                stage.Read(page.Input, CancellationToken.None);
            }
        }

        GC.Collect();
        var sw = Stopwatch.StartNew();
        long processed = 0;
        for (int pass = 0; pass < options.Passes; pass++)
        {
            foreach (var page in pages)
            {
                stage.Read(page.Input, CancellationToken.None);
                processed++;
            }
        }

        sw.Stop();
        double pagesPerSecond = processed / sw.Elapsed.TotalSeconds;
        long peak = Process.GetCurrentProcess().PeakWorkingSet64;
        double avgKb = pages.Average(p => p.Input.Bytes.Length) / 1024.0;

        Console.WriteLine();
        Console.WriteLine("== body (score.py) ==");
        Console.WriteLine(bodyScore.TrimEnd());
        Console.WriteLine();
        Console.WriteLine("== metadata (accuracy over pages) ==");
        foreach (var (field, acc, n) in meta.Fields)
        {
            Console.WriteLine($"{field,-16} {acc:0.000}  ({n} pages)");
        }

        Console.WriteLine($"(misses written to {Path.Combine(options.OutDir, "metadata-misses.tsv")})");
        Console.WriteLine();
        Console.WriteLine("== speed (one thread, in-process, after warm-up) ==");
        Console.WriteLine($"pages/s          {pagesPerSecond:0.0}  ({processed} pages in {sw.Elapsed.TotalSeconds:0.00} s, average page {avgKb:0} KB)");
        Console.WriteLine($"ms/page          {sw.Elapsed.TotalMilliseconds / processed:0.000}");
        Console.WriteLine($"peak memory      {peak / (1024.0 * 1024):0} MB (process peak working set)");
        Console.WriteLine($"anchor           trafilatura ~39 pages/s on this machine kind (shared/README.md): {pagesPerSecond / 39.0:0.0}x");
        return 0;
    }

    private static List<BenchPage> LoadPages(string dev, JsonObject truth)
    {
        var pages = new List<BenchPage>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(dev, "html"), "*.html.gz").Order(StringComparer.Ordinal))
        {
            string id = Path.GetFileName(file)[..^".html.gz".Length];
            using var gz = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var ms = new MemoryStream();
            gz.CopyTo(ms);
            string? url = truth[id]?["url"]?.GetValue<string>();
            pages.Add(new BenchPage(id, new RawInput("file:" + file, ms.ToArray(), "text/html") { PageUrl = url }));
        }

        return pages;
    }

    private static string RunScorer(string scorer, string truthPath, string predictionsPath)
    {
        var psi = new ProcessStartInfo("python3", [scorer, truthPath, predictionsPath]) { RedirectStandardOutput = true, RedirectStandardError = true };
        try
        {
            using var p = Process.Start(psi)!;
            string output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return output;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return $"(python3 not available: {ex.Message})";
        }
    }

    private sealed record BenchPage(string Id, RawInput Input);
}
