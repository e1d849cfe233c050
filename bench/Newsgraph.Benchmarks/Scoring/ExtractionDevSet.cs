using System.IO.Compression;
using System.Text.Json.Nodes;
using Newsgraph.Core.Input;

namespace Newsgraph.Benchmarks.Scoring;

/// <summary>The extraction dev pages with their body ground truth and gold metadata, loaded into memory.</summary>
public sealed class ExtractionDevSet
{
    private ExtractionDevSet(string folder, IReadOnlyList<DevPage> pages, JsonObject truth, JsonObject gold)
    {
        Folder = folder;
        Pages = pages;
        Truth = truth;
        Gold = gold;
    }

    public string Folder { get; }

    public IReadOnlyList<DevPage> Pages { get; }

    public JsonObject Truth { get; }

    public JsonObject Gold { get; }

    public IReadOnlyDictionary<string, string> TruthBodies =>
        Truth.ToDictionary(kv => kv.Key, kv => kv.Value?["articleBody"]?.GetValue<string>() ?? string.Empty);

    /// <summary>Loads the dev set under the shared folder (<c>bench/extraction/dev</c>); null when it is not there.</summary>
    public static ExtractionDevSet? LoadShared(string sharedDir, string? onlyPrefix = null) =>
        Load(Path.Combine(sharedDir, "bench", "extraction", "dev"), onlyPrefix);

    /// <summary>Loads <paramref name="folder"/> (…/bench/extraction/dev); null when it is not there.</summary>
    public static ExtractionDevSet? Load(string folder, string? onlyPrefix = null)
    {
        if (!File.Exists(Path.Combine(folder, "ground-truth.json")))
        {
            return null;
        }

        var truth = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "ground-truth.json")))!.AsObject();
        var gold = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "metadata.json")))!.AsObject();
        var pages = new List<DevPage>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(folder, "html"), "*.html.gz").Order(StringComparer.Ordinal))
        {
            string id = Path.GetFileName(file)[..^".html.gz".Length];
            if (onlyPrefix is not null && !id.StartsWith(onlyPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            using var gz = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var ms = new MemoryStream();
            gz.CopyTo(ms);
            string? url = truth[id]?["url"]?.GetValue<string>();
            pages.Add(new DevPage(id, new RawInput("file:" + file, ms.ToArray(), "text/html") { PageUrl = url }));
        }

        if (onlyPrefix is not null)
        {
            truth = new JsonObject(truth.Where(kv => kv.Key.StartsWith(onlyPrefix, StringComparison.Ordinal)).Select(kv => KeyValuePair.Create(kv.Key, kv.Value?.DeepClone())));
            gold = new JsonObject(gold.Where(kv => kv.Key.StartsWith(onlyPrefix, StringComparison.Ordinal)).Select(kv => KeyValuePair.Create(kv.Key, kv.Value?.DeepClone())));
        }

        return new ExtractionDevSet(folder, pages, truth, gold);
    }
}

public sealed record DevPage(string Id, RawInput Input);
