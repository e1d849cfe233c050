using System.Globalization;
using System.Reflection;
using Newsgraph.Corpus.Clustering;

namespace Newsgraph.Benchmarks.Clustering;

/// <summary>Applies "Name=value,Name=value" overrides to clustering settings, so the bench can try a
/// setting without a rebuild (NEWSGRAPH_CLUSTER_SETTINGS, NEWSGRAPH_CLUSTER_GRID).</summary>
internal static class ClusterSettingsText
{
    public static StoryClusterSettings Parse(StoryClusterSettings start, string? text)
    {
        var settings = start with { };
        if (string.IsNullOrWhiteSpace(text) || text.Trim() == "-")
        {
            return settings;
        }

        foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split('=', 2, StringSplitOptions.TrimEntries);
            var property = typeof(StoryClusterSettings).GetProperty(pieces[0], BindingFlags.Public | BindingFlags.Instance)
                ?? throw new ArgumentException($"unknown clustering setting '{pieces[0]}'");
            object value = property.PropertyType == typeof(bool) ? bool.Parse(pieces[1])
                : property.PropertyType == typeof(int)
                ? (object)int.Parse(pieces[1], CultureInfo.InvariantCulture)
                : double.Parse(pieces[1], CultureInfo.InvariantCulture);
            property.SetValue(settings, value);
        }

        return settings;
    }
}
