using System.Collections.Frozen;

namespace Newsgraph.Events.Lexicon;

/// <summary>
/// Surface form (lower case) → the trigger cues it can start. Built once from the hand-written
/// <see cref="CoreTriggers"/> and the extra verb entries the trained model file carries (derived from
/// the Phoenix CAMEO verb dictionary); a form the core table knows is never overridden by an extra.
/// The derived entries (<see cref="DerivedTriggers"/>, counted on the training material by
/// <c>newsgraph train event-lexicon</c>) are added beside both: a derived phrase on a core word
/// ("suspend protest") wins over the word's own cues when it matches, as any phrase does.
/// </summary>
internal sealed class TriggerLexicon
{
    private readonly FrozenDictionary<string, TriggerCue[]> _byForm;
    private readonly FrozenDictionary<string, TriggerCue[]>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    /// <summary>Why: no trigger form is longer; a longer word is looked up without lower-casing it into a buffer.</summary>
    private const int MaxFormLength = 64;

    public TriggerLexicon(
        IEnumerable<(string Pattern, string Type, string? Mode, float Weight)> core,
        IEnumerable<(string Form, int Type, float Weight)> extras,
        IEnumerable<DerivedTrigger>? derived = null)
    {
        var map = new Dictionary<string, List<TriggerCue>>(StringComparer.Ordinal);
        foreach (var (pattern, type, mode, weight) in core)
        {
            string[] words = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string[] heads = words[0].Split('|');
            var forms = heads.Length > 1 ? heads : Inflections.Of(heads[0]);
            var cue = new TriggerCue(PloverTypes.IndexOf(type), mode, weight, words[1..]);
            foreach (string form in forms.Distinct())
            {
                Add(map, form, cue);
            }
        }

        // A multi-word extra ("rule out") is a phrase cue on its first word. An extra whose first
        // word the core table knows is dropped: a matching phrase wins over the head word's own cues,
        // so a weak dictionary phrase ("meet with") would shadow a reliable core word ("meet").
        // A gapped pattern's head ("hold" of "hold * talks") is not a core word: the dictionary's
        // own cues for it still apply when its object does not follow.
        var coreForms = new HashSet<string>(map.Where(p => !p.Value.TrueForAll(c => c.IsGapped)).Select(p => p.Key), StringComparer.Ordinal);
        var extraHeads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (form, type, weight) in extras)
        {
            string[] words = form.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0 && !coreForms.Contains(words[0]) && (words.Length > 1 || !extraHeads.Contains(words[0])))
            {
                Add(map, words[0], new TriggerCue(type, null, weight, words[1..]));
                extraHeads.Add(words[0]);
            }
        }

        foreach (var entry in derived ?? [])
        {
            AddDerived(map, entry);
        }

        _byForm = map.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _bySpan = _byForm.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int FormCount => _byForm.Count;

    public bool TryGet(string form, out TriggerCue[] cues) => _byForm.TryGetValue(form, out cues!);

    /// <summary>
    /// The cues of <paramref name="word"/> lower-cased (as <see cref="string.ToLowerInvariant()"/>
    /// does). Why: the classifier and the matcher look up every word of a sentence, and most are
    /// no trigger; lower-casing into a stack buffer spares a string per word.
    /// </summary>
    public bool TryGetLower(ReadOnlySpan<char> word, out TriggerCue[] cues)
    {
        if (word.Length > MaxFormLength)
        {
            return TryGet(word.ToString().ToLowerInvariant(), out cues);
        }

        Span<char> lower = stackalloc char[MaxFormLength];
        int length = word.ToLowerInvariant(lower);
        return _bySpan.TryGetValue(lower[..length], out cues!);
    }

    public IEnumerable<string> Forms => _byForm.Keys;

    /// <summary>
    /// A derived pattern is lemmas: its head word takes its regular inflections, its last word
    /// (unless a gap) the lemma and its -s form ("suspend protest" matches "suspended protests");
    /// words between are literal. Why only two tail forms: an object is mostly a noun, and each form
    /// is a cue object built at load.
    /// </summary>
    private static void AddDerived(Dictionary<string, List<TriggerCue>> map, DerivedTrigger entry)
    {
        string[] words = entry.Pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return;
        }

        string?[] tails = words.Length > 1 && words[^1] != "*" ? [.. Inflections.Of(words[^1]).Take(2)] : [null];
        foreach (string? tail in tails)
        {
            string[] following = tail is null ? words[1..] : [.. words[1..^1], tail];
            var cue = new TriggerCue(entry.Type, null, entry.Weight, following) { IsDerived = true };
            foreach (string form in Inflections.Of(words[0]).Distinct())
            {
                Add(map, form, cue);
            }
        }
    }

    private static void Add(Dictionary<string, List<TriggerCue>> map, string form, TriggerCue cue)
    {
        if (!map.TryGetValue(form, out var list))
        {
            map[form] = list = [];
        }

        list.Add(cue);
    }
}
