using System.Text.RegularExpressions;
using Newsgraph.Events;

namespace Newsgraph.Training;

/// <summary>
/// Extra trigger forms from the Phoenix CAMEO verb dictionary: every single-word verb of a block
/// whose header carries a default CAMEO code, with its listed irregular forms, mapped to PLOVER by
/// the CAMEO→PLOVER table. Block defaults are coarse (the dictionary relies on object patterns we do
/// not use), so these forms get a low prior and need the classifier's agreement.
/// </summary>
internal static partial class PhoenixVerbs
{
    /// <summary>Why: a dictionary verb is right about its type far less often than a hand-written cue.</summary>
    public const float Weight = 0.35f;

    public static List<(string Form, int Type, float Weight)> Load(string cameoVerbs, string cameoToPlover)
    {
        var plover = LoadMap(cameoToPlover);
        var extras = new Dictionary<string, int>(StringComparer.Ordinal);
        int blockType = -1;
        foreach (string raw in File.ReadLines(cameoVerbs))
        {
            string line = raw.Split('#')[0].TrimEnd();
            var header = Header().Match(line);
            if (header.Success)
            {
                blockType = TypeOf(header.Groups[1].Value, plover);
                continue;
            }

            if (blockType < 0 || line.Length == 0 || !char.IsLetter(line[0]))
            {
                continue;
            }

            var verb = Verb().Match(line);
            if (!verb.Success)
            {
                continue;
            }

            string lemma = verb.Groups[1].Value.ToLowerInvariant();
            var forms = verb.Groups[2].Success
                ? [lemma, .. verb.Groups[2].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(f => f.ToLowerInvariant())]
                : Events.Lexicon.Inflections.Of(lemma).ToArray();
            foreach (string form in forms)
            {
                extras.TryAdd(form, blockType);
            }
        }

        return [.. extras.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, e.Value, Weight))];
    }

    private static int TypeOf(string code, Dictionary<string, string> plover)
    {
        string first = code.Split(':')[0];
        for (string c = first; c.Length >= 2; c = c[..^1])
        {
            if (plover.TryGetValue(c, out var type))
            {
                return PloverTypes.IndexOf(type);
            }
        }

        return -1;
    }

    private static Dictionary<string, string> LoadMap(string path)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string raw in File.ReadLines(path))
        {
            var m = MapLine().Match(raw);
            if (m.Success && PloverTypes.IndexOf(m.Groups[2].Value) >= 0)
            {
                map.TryAdd(m.Groups[1].Value, m.Groups[2].Value);
            }
        }

        return map;
    }

    [GeneratedRegex(@"^---\s+\S+\s+\[(\d[\d:]*)\]\s+---")]
    private static partial Regex Header();

    [GeneratedRegex(@"^([A-Z]+)\s*(?:\{([A-Z ]+)\})?\s*$")]
    private static partial Regex Verb();

    [GeneratedRegex(@"^(\d+):\s*([A-Z]+)")]
    private static partial Regex MapLine();
}
