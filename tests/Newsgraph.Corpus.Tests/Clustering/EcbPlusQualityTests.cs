using System.Globalization;
using System.Text.Json;
using Newsgraph.Corpus.Clustering;
using Newsgraph.TestSupport;
using Xunit.Abstractions;

namespace Newsgraph.Corpus.Tests.Clustering;

/// <summary>
/// Quality gate on the ECB+ dev set (../shared/bench/clustering/dev): 575 articles in 50 stories,
/// two different events of the same kind per topic. Skipped with a note when the data is absent.
/// </summary>
public sealed class EcbPlusQualityTests(ITestOutputHelper output)
{
    /// <summary>B-cubed F1 measured with the default settings after Recluster (0.939 for every
    /// seed; see docs/clustering.md) …</summary>
    private const double MeasuredFloor = 0.939;

    /// <summary>… minus this margin: small tokenizer or weighting changes reshuffle the canonical
    /// order's early joins and move B-cubed F1 by about ±0.01; a real regression moves it more.</summary>
    private const double NoiseMargin = 0.015;

    /// <summary>Two arrival orders whose results may differ at most this much in B-cubed F1 after
    /// Recluster, which re-runs the pass in a canonical order with freshly computed IDF: none by
    /// design (the single pass alone spreads over 0.03); the tolerance only absorbs floating-point
    /// summation order.</summary>
    private const double OrderTolerance = 0.002;

    private static readonly int[] Seeds = [1, 2, 3];

    [Fact]
    public void Clusters_ecbplus_dev_above_the_measured_floor()
    {
        var articles = Load();
        if (articles is null)
        {
            output.WriteLine("ECB+ dev set not found under ../shared/bench/clustering/dev; quality gate skipped.");
            return;
        }

        var gold = articles.ToDictionary(a => a.Id, a => a.Story, StringComparer.Ordinal);
        var scores = Seeds.Select(seed => ClusteringScore.Of(gold, Cluster(articles, seed))).ToArray();
        foreach (var (seed, s) in Seeds.Zip(scores))
        {
            output.WriteLine($"seed {seed}: B3-F1 {s.BCubedF1:0.000} pair-F1 {s.PairF1:0.000}");
        }

        Assert.True(scores.Average(s => s.BCubedF1) >= MeasuredFloor - NoiseMargin, $"mean B3-F1 {scores.Average(s => s.BCubedF1):0.000} < {MeasuredFloor - NoiseMargin:0.000}");
        Assert.True(scores.Max(s => s.BCubedF1) - scores.Min(s => s.BCubedF1) <= OrderTolerance, "input order changed B3-F1 by more than the tolerance");
    }

    private static Dictionary<string, string> Cluster(IReadOnlyList<(string Id, string Story, ClusterArticle Article)> articles, int seed)
    {
        var order = articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(order);
        var clusterer = new StoryClusterer();
        foreach (var a in order)
        {
            clusterer.Add(a.Article);
        }

        clusterer.Recluster();
        return clusterer.Stories.SelectMany(s => s.MemberIds.Select(m => (m, s.Id))).ToDictionary(p => p.m, p => p.Id, StringComparer.Ordinal);
    }

    private static List<(string Id, string Story, ClusterArticle Article)>? Load()
    {
        if (RepoPaths.Shared is not { } shared)
        {
            return null;
        }

        string path = Path.Combine(shared, "bench", "clustering", "dev", "ecbplus.jsonl");
        if (!File.Exists(path))
        {
            return null;
        }

        var keys = new CapitalisedNameKeys();
        var list = new List<(string, string, ClusterArticle)>();
        foreach (string line in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            string? Str(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            DateTimeOffset? published = Str("published") is { } p && DateTimeOffset.TryParse(p, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;
            string id = Str("id")!;
            list.Add((id, Str("cluster")!, ClusterArticle.FromText(id, Str("text") ?? "", Str("title"), published, keys)));
        }

        return list;
    }
}
