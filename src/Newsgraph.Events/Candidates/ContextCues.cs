using System.Collections.Immutable;
using Newsgraph.Core.Documents;
using Newsgraph.Events.Lexicon;

namespace Newsgraph.Events.Candidates;

/// <summary>
/// What the words right after a trigger say about its type, beyond the lexicon's cues. An attack
/// on policies is verbal ("attacked each other's policies" is ACCUSE, CAMEO 111 "criticize"); a
/// pledge to retaliate is a threat ("vowed revenge", "pledged to take decisive action": CAMEO 13);
/// "pleaded guilty to charges" is the plea, not a second accusation.
/// </summary>
internal static class ContextCues
{
    /// <summary>Why: an object within a few words decides the reading ("attacked the government's handling of …").</summary>
    public const int Reach = 6;

    /// <summary>
    /// Why: abstract objects of "attack": one cannot physically attack a policy or a remark, so the
    /// attack is criticism (ACCUSE, disapprove). People, places and forces stay ASSAULT.
    /// </summary>
    private static readonly HashSet<string> VerbalObjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "policy", "policies", "record", "records", "remarks", "remark", "comments", "comment", "decision",
        "decisions", "plan", "plans", "proposal", "proposals", "stance", "position", "positions", "views",
        "rhetoric", "leadership", "handling", "response", "approach", "claims", "statement", "statements",
        "agenda", "budget", "bill", "legislation", "strategy", "ideas", "credibility", "integrity",
    };

    private static readonly HashSet<string> AttackForms = new(StringComparer.Ordinal) { "attack", "attacks", "attacked", "attacking" };

    /// <summary>Why: a pledge or vow whose object is retaliation is a threat, not a promise of cooperation.</summary>
    private static readonly HashSet<string> PromiseForms = new(StringComparer.Ordinal)
    {
        "pledge", "pledges", "pledged", "pledging", "vow", "vows", "vowed", "vowing", "promise", "promises", "promised", "promising",
    };

    private static readonly HashSet<string> RetaliationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "retaliate", "retaliation", "revenge", "avenge", "punish", "punishment", "action", "consequences", "response", "respond",
    };

    /// <summary>Why: the nouns a plea answers to; after "guilty" they are the plea's object, not an accusation of their own.</summary>
    private static readonly HashSet<string> ChargeNouns = new(StringComparer.Ordinal) { "charge", "charges", "count", "counts" };

    /// <summary>Why: how far before a charge noun "guilty" still governs it ("pleaded guilty to two federal charges").</summary>
    public const int PleaReach = 6;

    /// <summary>
    /// Why: "warn" mostly reports a statement about danger ("warning of dangerous consequences",
    /// "warned that voters are entitled to …", "…, he warned."), which CAMEO codes as a comment (013),
    /// not a threat; PLOVER has no statement type, so such a warning is no event. It is a THREATEN
    /// when what follows commits the speaker's side to action: a first-person word in it ("will not
    /// sit on our hands"), "warned that it/they would …", a retaliation word, or a warning addressed
    /// against someone ("warned Russia against …", "warned them not to …").
    /// </summary>
    private static readonly HashSet<string> WarnForms = new(StringComparer.Ordinal) { "warn", "warns", "warned", "warning", "warnings" };

    private static readonly HashSet<string> SpeakerSideWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "we", "our", "us", "ours", "i", "my", "me",
        "retaliate", "retaliation", "revenge", "avenge", "punish", "punishment", "sanctions", "force", "against",
    };

    private static readonly HashSet<string> ThirdPersonSubjects = new(StringComparer.OrdinalIgnoreCase) { "it", "they", "he", "she" };

    private static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase) { "will", "would", "could", "might", "may", "shall", "won't", "wouldn't" };

    /// <summary>Why: how far a warning's complement is read for a commitment (a short quoted threat or "that" clause).</summary>
    public const int WarningReach = 16;

    /// <summary>
    /// Why: the manual codes a hostage rescue as AID, not as a release (RETREAT): "Police in
    /// Barcelona freed 10 human trafficking victims" is AID, while captors freeing their own
    /// hostages stay RETREAT ("release of prisoners and hostages"). So "free" is a rescue when a
    /// rescuing force is its subject ("Troops freed …", or "freed by police") and its object is a
    /// captive; a state freeing its own prisoners or detainees is still a release.
    /// </summary>
    private static readonly HashSet<string> FreeForms = new(StringComparer.Ordinal) { "free", "frees", "freed", "freeing", "liberate", "liberates", "liberated", "liberating" };

    private static readonly HashSet<string> Rescuers = new(StringComparer.OrdinalIgnoreCase)
    {
        "police", "policemen", "officers", "troops", "soldiers", "army", "military", "forces", "commandos",
        "rescuers", "marines", "navy", "coastguard", "guard", "authorities",
    };

    /// <summary>Why: people held by someone else (the rescuer frees them from captors), not a state's own prisoners.</summary>
    private static readonly HashSet<string> Captives = new(StringComparer.OrdinalIgnoreCase)
    {
        "hostage", "hostages", "captive", "captives", "victim", "victims", "abductees", "kidnapped", "abducted", "trafficked", "slaves",
    };

    /// <summary>Why: a captor between the rescuer and the verb is the verb's subject ("police said rebels freed …").</summary>
    private static readonly HashSet<string> Captors = new(StringComparer.OrdinalIgnoreCase)
    {
        "rebels", "kidnappers", "abductors", "captors", "militants", "insurgents", "gunmen", "pirates", "traffickers", "group", "said", "say", "says",
    };

    /// <summary>
    /// Why: a blockade imposed by armed forces or police restricts movement (CAMEO 191 "impose
    /// blockade", PLOVER COERCE "restrict"); the lexicon gives "blockade" both that cue and
    /// PROTEST "obstruct" (protesters' road blockades). With a force as its subject ("troops
    /// blockaded the town") or its agent ("was blockaded by government troops") it is the coercion.
    /// </summary>
    private static readonly HashSet<string> BlockadeForms = new(StringComparer.Ordinal) { "blockade", "blockades", "blockaded", "blockading" };

    /// <summary>
    /// Why: "arrive" is CONSULT "visit" only when people arrive (Phoenix "ARRIVE [040]"). When
    /// goods do ("aid arrives", "an arms shipment arrived"), the event is their delivery, AID; when
    /// peacekeepers or observers do, it is the access they were allowed, the manual's RETREAT
    /// "allowing the entry of observers, peacekeepers, or humanitarian workers".
    /// </summary>
    private static readonly HashSet<string> ArriveForms = new(StringComparer.Ordinal) { "arrive", "arrives", "arrived", "arriving", "arrival" };

    private static readonly HashSet<string> DeliveredGoods = new(StringComparer.OrdinalIgnoreCase)
    {
        "aid", "supplies", "shipment", "shipments", "convoy", "convoys", "relief", "food", "medicine", "medicines", "vaccines",
        "weapons", "arms", "ammunition", "equipment", "assistance", "cargo", "deliveries",
    };

    private static readonly HashSet<string> AdmittedObservers = new(StringComparer.OrdinalIgnoreCase)
    {
        "peacekeepers", "peacekeeping", "observers", "monitors", "inspectors",
    };

    /// <summary>
    /// Why: "summoning an in-country ambassador to present such grievances is just coded ACCUSE,
    /// not CONSULT" (manual, ACCUSE "disapprove"); the summons is the diplomatic protest, and what
    /// follows it ("over the arms sale", "to protest the sanctions") is its grievance, framed by it.
    /// </summary>
    private static readonly HashSet<string> SummonForms = new(StringComparer.Ordinal) { "summon", "summons", "summoned", "summoning" };

    private static readonly HashSet<string> Diplomats = new(StringComparer.OrdinalIgnoreCase)
    {
        "ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "chargé", "charge", "d'affaires", "emissary",
    };

    /// <summary>
    /// Why: "ACCUSE 'disapprove' is used for diplomatic protests" (manual): a protest that is lodged,
    /// filed, formal, diplomatic or official, or one addressed to someone ("protested to Tokyo"), is
    /// a government's verbal complaint, not a demonstration (PROTEST is collective dissent in public).
    /// </summary>
    private static readonly HashSet<string> ProtestForms = new(StringComparer.Ordinal) { "protest", "protests", "protested", "protesting" };

    private static readonly HashSet<string> DiplomaticProtestMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "lodge", "lodges", "lodged", "lodging", "file", "files", "filed", "filing", "formal", "formally", "diplomatic", "official", "officially",
    };

    /// <summary>Why: the marker sits right before the noun or its adjective ("lodged a strong formal protest").</summary>
    public const int MarkerReach = 3;

    /// <summary>Why: a context-decided type is as reliable as a core cue, a little above a plain one so it wins the arbitration.</summary>
    public const float ContextWeight = 1.2f;

    /// <summary>The match with the cues its context adds, or null when the context says it is no event of its own.</summary>
    public static TriggerMatch? Apply(string text, ImmutableArray<Token> tokens, TriggerMatch match, int sentenceStart, int sentenceEnd)
    {
        string head = tokens[match.Start].TextOf(text).ToLowerInvariant();
        if (ChargeNouns.Contains(head) && match.End - match.Start == 1 && Before(text, tokens, match.Start, sentenceStart, "guilty"))
        {
            return null;
        }

        if (WarnForms.Contains(head) && match.End - match.Start == 1 && !CommitsToAction(text, tokens, match.End, sentenceEnd))
        {
            return null;
        }

        // A reading the manual rules out is replaced, not outvoted: the lexicon's RETREAT or
        // CONSULT cue would otherwise win on the classifier's word-level agreement.
        if (match.End - match.Start == 1 && FreeForms.Contains(head) && IsRescue(text, tokens, match, sentenceStart, sentenceEnd))
        {
            return match with { Cues = [new TriggerCue(PloverTypes.IndexOf("AID"), null, ContextWeight, [])] };
        }

        if (match.End - match.Start == 1 && BlockadeForms.Contains(head) && ImposedByForce(text, tokens, match, sentenceStart, sentenceEnd))
        {
            return match with { Cues = [new TriggerCue(PloverTypes.IndexOf("COERCE"), "restrict", ContextWeight, [])] };
        }

        if (match.End - match.Start == 1 && ArriveForms.Contains(head))
        {
            // Who or what arrives: the subject before it, or "arrival of …" after it.
            bool Arriving(HashSet<string> kind) =>
                Near(text, tokens, match.Start, sentenceStart, kind) || (head == "arrival" && After(text, tokens, match.End, sentenceEnd, kind));
            bool goods = Arriving(DeliveredGoods);
            bool observers = Arriving(AdmittedObservers);
            if (goods != observers)
            {
                return match with { Cues = [goods ? new TriggerCue(PloverTypes.IndexOf("AID"), null, ContextWeight, []) : new TriggerCue(PloverTypes.IndexOf("RETREAT"), "access", ContextWeight, [])] };
            }
        }

        if (SummonForms.Contains(head) && (After(text, tokens, match.End, sentenceEnd, Diplomats) || Near(text, tokens, match.Start, sentenceStart, Diplomats)))
        {
            return match with { Cues = [new TriggerCue(PloverTypes.IndexOf("ACCUSE"), "disapprove", ContextWeight, [])] };
        }

        if (match.End - match.Start == 1 && ProtestForms.Contains(head) && IsDiplomaticProtest(text, tokens, match.Start, sentenceStart, sentenceEnd))
        {
            return match with { Cues = [new TriggerCue(PloverTypes.IndexOf("ACCUSE"), "disapprove", ContextWeight, [])] };
        }

        int type = AttackForms.Contains(head) && After(text, tokens, match.End, sentenceEnd, VerbalObjects) ? PloverTypes.IndexOf("ACCUSE")
            : PromiseForms.Contains(head) && After(text, tokens, match.End, sentenceEnd, RetaliationWords) ? PloverTypes.IndexOf("THREATEN")
            : -1;
        return type < 0 ? match : match with { Cues = [.. match.Cues, new TriggerCue(type, null, ContextWeight, [])] };
    }

    /// <summary>Whether the words after a warning commit the speaker's side to action (see <see cref="WarnForms"/>).</summary>
    private static bool CommitsToAction(string text, ImmutableArray<Token> tokens, int from, int end)
    {
        int limit = Math.Min(end, from + WarningReach);
        for (int k = from; k < limit; k++)
        {
            string word = tokens[k].TextOf(text);
            if (SpeakerSideWords.Contains(word))
            {
                return true;
            }

            string next = k + 1 < limit ? tokens[k + 1].TextOf(text) : "";
            if (word.Equals("not", StringComparison.OrdinalIgnoreCase) && next.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // "warned it would retaliate", "warned that they will": a pronoun subject with a modal right after it.
            if (ThirdPersonSubjects.Contains(word) && Modals.Contains(next)
                && (k == from || tokens[k - 1].TextOf(text).Equals("that", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the protest at <paramref name="at"/> is a diplomatic one (<see cref="ProtestForms"/>).</summary>
    private static bool IsDiplomaticProtest(string text, ImmutableArray<Token> tokens, int at, int start, int end)
    {
        for (int k = at - 1; k >= Math.Max(start, at - MarkerReach); k--)
        {
            if (DiplomaticProtestMarkers.Contains(tokens[k].TextOf(text)))
            {
                return true;
            }
        }

        // "protested to Tokyo", but not "in protest to the decision" (a demonstration's motive).
        bool addressed = at + 1 < end && tokens[at + 1].TextOf(text).Equals("to", StringComparison.OrdinalIgnoreCase);
        bool inProtest = at > start && tokens[at - 1].TextOf(text).Equals("in", StringComparison.OrdinalIgnoreCase);
        return addressed && !inProtest;
    }

    /// <summary>Whether a force (<see cref="Rescuers"/>) imposes the blockade at <paramref name="match"/>: its subject in the clause before it, or "by" + a force after it.</summary>
    private static bool ImposedByForce(string text, ImmutableArray<Token> tokens, TriggerMatch match, int start, int end)
    {
        if (Near(text, tokens, match.Start, start, Rescuers))
        {
            return true;
        }

        for (int k = match.End; k + 1 < Math.Min(end, match.End + Reach); k++)
        {
            if (tokens[k].TextOf(text).Equals("by", StringComparison.OrdinalIgnoreCase) && After(text, tokens, k + 1, Math.Min(end, k + 4), Rescuers))
            {
                return true;
            }

            if (tokens[k].Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether "free" at <paramref name="match"/> is a rescue (<see cref="FreeForms"/>).</summary>
    private static bool IsRescue(string text, ImmutableArray<Token> tokens, TriggerMatch match, int start, int end)
    {
        bool rescuerBefore = false;
        for (int k = match.Start - 1; k >= Math.Max(start, match.Start - Reach); k--)
        {
            string word = tokens[k].TextOf(text);
            if (word is "." or ";" or "," || Captors.Contains(word))
            {
                break;
            }

            if (Rescuers.Contains(word))
            {
                rescuerBefore = true;
                break;
            }
        }

        bool rescuerAfter = false;
        for (int k = match.End; k + 1 < Math.Min(end, match.End + Reach); k++)
        {
            if (tokens[k].TextOf(text).Equals("by", StringComparison.OrdinalIgnoreCase) && After(text, tokens, k + 1, Math.Min(end, k + 4), Rescuers))
            {
                rescuerAfter = true;
                break;
            }
        }

        // Active "troops freed 20 hostages": the captive follows; passive "hostages were freed by police": it precedes.
        return (rescuerBefore && After(text, tokens, match.End, end, Captives))
            || (rescuerAfter && Near(text, tokens, match.Start, start, Captives));
    }

    /// <summary>Whether one of <paramref name="words"/> is within <see cref="Reach"/> words before <paramref name="at"/> in its clause.</summary>
    private static bool Near(string text, ImmutableArray<Token> tokens, int at, int start, HashSet<string> words) =>
        InClause(text, tokens, at - 1, Math.Max(start, at - Reach), -1, words);

    /// <summary>Whether one of <paramref name="words"/> is within <see cref="Reach"/> words from <paramref name="from"/> on, in its clause.</summary>
    private static bool After(string text, ImmutableArray<Token> tokens, int from, int end, HashSet<string> words) =>
        InClause(text, tokens, from, Math.Min(end, from + Reach) - 1, 1, words);

    /// <summary>Walks tokens <paramref name="first"/> to <paramref name="last"/> by <paramref name="step"/>, stopping at a clause boundary.</summary>
    private static bool InClause(string text, ImmutableArray<Token> tokens, int first, int last, int step, HashSet<string> words)
    {
        for (int k = first; step > 0 ? k <= last : k >= last; k += step)
        {
            string word = tokens[k].TextOf(text);
            if (word is "." or ";" or ",")
            {
                return false;
            }

            if (words.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Before(string text, ImmutableArray<Token> tokens, int at, int start, string word)
    {
        for (int k = at - 1; k >= Math.Max(start, at - PleaReach); k--)
        {
            if (tokens[k].TextOf(text).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
