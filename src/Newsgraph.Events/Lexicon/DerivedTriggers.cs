using System.Globalization;

namespace Newsgraph.Events.Lexicon;

/// <summary>One derived-lexicon entry: a lemma pattern ("suspend protest", "sign * package"), its PLOVER type index and prior weight.</summary>
internal sealed record DerivedTrigger(string Pattern, int Type, float Weight);

/// <summary>
/// The derived trigger lexicon (<c>Models/event-lexicon-v1.tsv</c>; embedded only when the project
/// embeds it, which it does not now: on held-out data and in cross-validation it did not help, so
/// the file is not committed, docs/events.md): patterns counted on
/// the training material (NGEC training title templates, PLOVER definition dev halves) by
/// <c>newsgraph train event-lexicon</c>, kept when their type is precise enough across templates.
/// One line per entry: pattern, type, weight, then the counts it rests on (support, total);
/// '#' starts a comment line.
/// </summary>
internal static class DerivedTriggers
{
    public const string ResourceName = "Newsgraph.Events.event-lexicon-v1.tsv";

    /// <summary>The embedded entries, or none when this build carries no file.</summary>
    public static List<DerivedTrigger> LoadEmbedded()
    {
        using var stream = typeof(DerivedTriggers).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? [] : Read(new StreamReader(stream));
    }

    /// <summary>Parses the file; a malformed line or an unknown type is a clear error.</summary>
    public static List<DerivedTrigger> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<DerivedTrigger>();
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] fields = line.Split('\t');
            int type = fields.Length >= 3 ? PloverTypes.IndexOf(fields[1]) : -1;
            if (type < 0 || fields[0].Length == 0 || fields[0].Length > 100
                || !float.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out float weight) || !float.IsFinite(weight))
            {
                throw new InvalidDataException($"event lexicon line {number}: expected 'pattern<TAB>TYPE<TAB>weight', got '{line[..Math.Min(line.Length, 80)]}'");
            }

            entries.Add(new DerivedTrigger(fields[0], type, weight));
        }

        return entries;
    }
}
