using System.Collections.Frozen;

namespace Newsgraph.Quotes.Cues;

/// <summary>What a reporting verb can introduce.</summary>
[Flags]
internal enum CueUse
{
    None = 0,

    /// <summary>Introduces a direct quotation ("…," she said).</summary>
    Direct = 1,

    /// <summary>Introduces reported speech with propositional content ("said (that) …").</summary>
    Indirect = 2,

    Both = Direct | Indirect,
}

/// <summary>
/// Reporting verbs, by inflected form. Started from the 53 verbs of Krestel et al. (2008) in
/// ../shared/data/attribution_lexicons/krestel_verbs.txt, kept to speech acts (believe, think,
/// hope, fear, worry describe a state of mind, not an utterance, and in news they do not introduce
/// quotations), and extended with the verbs news copy uses for quotations and posts (tweeted,
/// posted, told, quipped). Each form maps to its lemma, which the report gives as the cue.
/// </summary>
internal static class ReportingVerbs
{
    private static readonly (string Lemma, CueUse Use, string[] Forms)[] Table =
    [
        ("say", CueUse.Both, ["said", "says", "say", "saying"]),
        ("tell", CueUse.Both, ["told", "tells", "tell", "telling"]),
        ("add", CueUse.Both, ["added", "adds", "adding"]),
        ("warn", CueUse.Both, ["warned", "warns", "warning"]),
        ("announce", CueUse.Both, ["announced", "announces", "announcing"]),
        ("state", CueUse.Both, ["stated", "states"]),
        ("stress", CueUse.Both, ["stressed", "stresses", "stressing"]),
        ("insist", CueUse.Both, ["insisted", "insists", "insisting"]),
        ("claim", CueUse.Both, ["claimed", "claims", "claiming"]),
        ("argue", CueUse.Both, ["argued", "argues", "arguing"]),
        ("note", CueUse.Both, ["noted", "notes", "noting"]),
        ("explain", CueUse.Both, ["explained", "explains", "explaining"]),
        ("confirm", CueUse.Both, ["confirmed", "confirms", "confirming"]),
        ("deny", CueUse.Both, ["denied", "denies", "denying"]),
        ("admit", CueUse.Both, ["admitted", "admits", "admitting"]),
        ("acknowledge", CueUse.Both, ["acknowledged", "acknowledges", "acknowledging"]),
        ("testify", CueUse.Both, ["testified", "testifies", "testifying"]),
        ("report", CueUse.Both, ["reported", "reports"]),
        ("reiterate", CueUse.Both, ["reiterated", "reiterates", "reiterating"]),
        ("declare", CueUse.Both, ["declared", "declares", "declaring"]),
        ("assert", CueUse.Both, ["asserted", "asserts", "asserting"]),
        ("allege", CueUse.Both, ["alleged", "alleges", "alleging"]),
        ("maintain", CueUse.Both, ["maintained", "maintains", "maintaining"]),
        ("contend", CueUse.Both, ["contended", "contends"]),
        ("disclose", CueUse.Both, ["disclosed", "discloses"]),
        ("reveal", CueUse.Both, ["revealed", "reveals"]),
        ("predict", CueUse.Both, ["predicted", "predicts", "predicting"]),
        ("estimate", CueUse.Both, ["estimated", "estimates"]),
        ("concede", CueUse.Both, ["conceded", "concedes", "conceding"]),
        ("complain", CueUse.Both, ["complained", "complains", "complaining"]),
        ("reply", CueUse.Both, ["replied", "replies"]),
        ("respond", CueUse.Direct, ["responded"]),
        ("write", CueUse.Both, ["wrote", "writes"]),
        ("tweet", CueUse.Both, ["tweeted", "tweets"]),
        ("post", CueUse.Direct, ["posted"]),
        ("promise", CueUse.Both, ["promised", "promises", "promising"]),
        ("pledge", CueUse.Both, ["pledged", "pledges"]),
        ("suggest", CueUse.Both, ["suggested", "suggests"]),
        ("recall", CueUse.Both, ["recalled", "recalls", "recalling"]),
        ("indicate", CueUse.Both, ["indicated", "indicates"]),
        ("emphasize", CueUse.Both, ["emphasized", "emphasised", "emphasizes", "emphasises"]),
        ("accuse", CueUse.Direct, ["accused", "accuses", "accusing"]),
        ("urge", CueUse.Direct, ["urged", "urges", "urging"]),
        ("ask", CueUse.Direct, ["asked", "asks", "asking"]),
        ("call", CueUse.Direct, ["called", "calls", "calling"]),
        ("describe", CueUse.Direct, ["described", "describes", "describing"]),
        ("quip", CueUse.Direct, ["quipped", "quips"]),
        ("joke", CueUse.Direct, ["joked", "jokes"]),
        ("exclaim", CueUse.Direct, ["exclaimed"]),
        ("shout", CueUse.Direct, ["shouted"]),
        ("beg", CueUse.Direct, ["begged"]),
        ("criticize", CueUse.Direct, ["criticized", "criticised"]),
        ("continue", CueUse.Direct, ["continued"]),
        ("declare", CueUse.Direct, ["declaring"]),
    ];

    private static readonly FrozenDictionary<string, (string Lemma, CueUse Use)> Forms = BuildForms();

    public static bool TryGet(ReadOnlySpan<char> word, out string lemma, out CueUse use)
    {
        var lookup = Forms.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var entry))
        {
            (lemma, use) = entry;
            return true;
        }

        lemma = string.Empty;
        use = CueUse.None;
        return false;
    }

    /// <summary>
    /// Lemmas whose content clause often comes without "that" ("said it would", "warned Putin and Kim
    /// had written"). Other verbs take an object as often as a clause ("claimed victory", "announced
    /// the decision"), so they count as reports only with "that" or a pronoun subject after them.
    /// </summary>
    public static bool TakesBareClause(string lemma) => lemma is "say" or "tell" or "add" or "warn" or "report"
        or "insist" or "argue" or "note" or "testify" or "reiterate" or "write" or "tweet" or "state" or "explain"
        or "complain" or "reply" or "stress" or "predict" or "estimate";

    /// <summary>True for "-ing" forms, which take the subject of their main clause (", saying …").</summary>
    public static bool IsParticiple(ReadOnlySpan<char> word) => word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    private static FrozenDictionary<string, (string, CueUse)> BuildForms()
    {
        var forms = new Dictionary<string, (string, CueUse)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (lemma, use, words) in Table)
        {
            foreach (string form in words)
            {
                forms.TryAdd(form, (lemma, use));
            }
        }

        return forms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
