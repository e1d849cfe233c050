using System.Text.RegularExpressions;
using Newsgraph.Events;

namespace Newsgraph.Training;

/// <summary>
/// Extra trigger forms from the Phoenix CAMEO verb dictionary: every verb of a block, with its
/// listed irregular forms, coded by its own CAMEO code ("ACCUSE [112]") or else the block's default,
/// mapped to PLOVER by the CAMEO→PLOVER table; multi-word verbs ("+RULE_OUT", "+ASK_FOR") become
/// phrases ("rule out"). A code of "---" means the bare verb codes no event. Codes are coarse (the
/// dictionary relies on object patterns we do not use), so these forms get a low prior and need the
/// classifier's agreement.
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
            if (header.Success || line.StartsWith('&'))
            {
                // A "[---]" block (or a synonym set) has no default: its verbs code only by their own code.
                blockType = header.Success ? TypeOf(header.Groups[1].Value, plover) : -1;
                continue;
            }

            if (line.Length == 0 || !(char.IsLetter(line[0]) || line[0] == '+'))
            {
                continue;
            }

            var verb = Verb().Match(line);
            if (!verb.Success)
            {
                continue;
            }

            // The verb's own code overrides the block's; "---" (or a code PLOVER drops) codes nothing.
            int type = verb.Groups[3].Success ? TypeOf(verb.Groups[3].Value, plover) : blockType;
            if (type < 0)
            {
                continue;
            }

            foreach (string form in FormsOf(verb.Groups[1].Value, verb.Groups[2].Success ? verb.Groups[2].Value : null))
            {
                extras.TryAdd(form, type);
            }
        }

        return [.. extras.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, e.Value, Weight))];
    }

    /// <summary>
    /// Lower-case forms of a verb entry: a single verb's listed irregular forms or its regular
    /// inflections; a multi-word verb ("+RULE_OUT", "WIRE_+TAP") inflects its '+' word and keeps
    /// the others ("rule out", "ruled out").
    /// </summary>
    internal static IEnumerable<string> FormsOf(string entry, string? irregular)
    {
        string lemma = entry.ToLowerInvariant();
        if (!lemma.Contains('_', StringComparison.Ordinal))
        {
            string bare = lemma.TrimStart('+');
            return irregular is null
                ? Events.Lexicon.Inflections.Of(bare)
                : [bare, .. irregular.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(f => f.ToLowerInvariant())];
        }

        var words = lemma.Split('_', StringSplitOptions.RemoveEmptyEntries);
        int verb = Math.Max(0, Array.FindIndex(words, w => w.StartsWith('+')));
        string head = words[verb].TrimStart('+');
        var heads = irregular is null
            ? Events.Lexicon.Inflections.Of(head).Select(f => Replace(words, verb, f))
            : irregular.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(f => f.ToLowerInvariant().Replace("+", "", StringComparison.Ordinal).Replace('_', ' '));
        return [Replace(words, verb, head), .. heads];
    }

    private static string Replace(string[] words, int at, string form) =>
        string.Join(' ', words.Select((w, i) => i == at ? form : w.TrimStart('+')));

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

    [GeneratedRegex(@"^---\s+\S+\s+\[([^\]]*)\]\s+---")]
    private static partial Regex Header();

    [GeneratedRegex(@"^(\+?[A-Z][A-Z_+\-]*)\s*(?:\{([A-Z_+ ]+)\})?\s*(?:\[([^\]]*)\])?\s*$")]
    private static partial Regex Verb();

    [GeneratedRegex(@"^(\d+):\s*([A-Z]+)")]
    private static partial Regex MapLine();
}
