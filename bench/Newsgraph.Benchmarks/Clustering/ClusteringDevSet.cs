using System.Globalization;
using System.Text.Json;

namespace Newsgraph.Benchmarks.Clustering;

/// <summary>Reads the ECB+ clustering dev set (one JSON article a line).</summary>
internal static class ClusteringDevSet
{
    public static IReadOnlyList<ClusteringDevArticle> Load(string path)
    {
        var list = new List<ClusteringDevArticle>();
        foreach (string line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            string? Str(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            DateTimeOffset? published = Str("published") is { } p && DateTimeOffset.TryParse(p, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;
            list.Add(new ClusteringDevArticle(Str("id")!, Str("cluster")!, Str("topic") ?? "", Str("title"), Str("text") ?? "", published));
        }

        return list;
    }
}
