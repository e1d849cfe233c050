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

        int type = AttackForms.Contains(head) && After(text, tokens, match.End, sentenceEnd, VerbalObjects) ? PloverTypes.IndexOf("ACCUSE")
            : PromiseForms.Contains(head) && After(text, tokens, match.End, sentenceEnd, RetaliationWords) ? PloverTypes.IndexOf("THREATEN")
            : -1;
        return type < 0 ? match : match with { Cues = [.. match.Cues, new TriggerCue(type, null, ContextWeight, [])] };
    }

    private static bool After(string text, ImmutableArray<Token> tokens, int from, int end, HashSet<string> words)
    {
        for (int k = from; k < Math.Min(end, from + Reach); k++)
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
