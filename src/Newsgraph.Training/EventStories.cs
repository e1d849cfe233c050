using System.IO.Compression;
using System.Text;

namespace Newsgraph.Training;

/// <summary>One labelled synthetic story (NGEC): the prompt headline, the text, the PLOVER label and mode, and the hand-written title template it was prompted from.</summary>
internal sealed record EventStory(string Template, string Headline, string Text, string Label, string Mode);

/// <summary>Reads the NGEC synthetic stories from their zip of CSV (multi-line quoted fields).</summary>
internal static class EventStories
{
    public const string ZipName = "gpt_synthetic_events_2023-10-19_19.csv.zip";

    public static List<EventStory> Load(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        var entry = zip.Entries.Single(e => e.FullName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase));
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        var rows = CsvReader.ReadAll(reader);
        var header = rows[0];
        int text = Array.IndexOf(header, "text"), title = Array.IndexOf(header, "title"), prompt = Array.IndexOf(header, "prompt");
        int label = Array.IndexOf(header, "label"), mode = Array.IndexOf(header, "mode");
        return [.. rows.Skip(1).Where(r => r.Length == header.Length).Select(r => new EventStory(
            r[title], HeadlineOf(r[prompt]), r[text], r[label].Trim(), r[mode].Trim().ToLowerInvariant()))];
    }

    /// <summary>The prompt is "Headline\n\n(Agency) --"; the headline is its first line.</summary>
    private static string HeadlineOf(string prompt)
    {
        int end = prompt.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? prompt : prompt[..end]).Trim();
    }
}
