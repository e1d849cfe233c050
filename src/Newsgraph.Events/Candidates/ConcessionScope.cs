using System.Collections.Immutable;
using Newsgraph.Core.Documents;

namespace Newsgraph.Events.Candidates;

/// <summary>
/// Stopping a hostile act, and promising a retreat, are concessions, not the act. The PLOVER
/// manual: CONCEDE covers "the promise of future concessions such as easing of administrative or
/// legal restrictions …, removing curfews, suspending protests, and declarations (but not
/// implementations) of ceasefires and withdrawals"; RETREAT covers "observing a ceasefire or
/// otherwise ending active conflicts" (CAMEO 087 "de-escalate military engagement"); "announced …
/// would withdraw troops" is CONCEDE. So "suspended protests", "halted the crackdown", "agreed to
/// stop fighting", "will withdraw troops" code the concession, never PROTEST, COERCE or ASSAULT.
/// </summary>
internal static class ConcessionScope
{
    /// <summary>Why: verbs (and their forms) that stop or undo the act named right after them.</summary>
    private static readonly HashSet<string> CessationWords = new(StringComparer.Ordinal)
    {
        "stop", "stops", "stopped", "stopping", "halt", "halts", "halted", "halting",
        "suspend", "suspends", "suspended", "suspending", "end", "ends", "ended", "ending",
        "cease", "ceases", "ceased", "ceasing", "abandon", "abandons", "abandoned", "abandoning",
        "renounce", "renounces", "renounced", "renouncing", "lift", "lifts", "lifted", "lifting",
        "ease", "eases", "eased", "easing", "relax", "relaxes", "relaxed", "relaxing",
        "scrap", "scraps", "scrapped", "scrapping", "call", "calls", "called", "calling",
        "drop", "drops", "dropped", "dropping",
    };

    /// <summary>Why: "call" stops something only as "call off" ("called off the strike"); "call for" asks for it.</summary>
    private static readonly HashSet<string> NeedsOff = new(StringComparer.Ordinal) { "call", "calls", "called", "calling" };

    /// <summary>Why: the types whose act a cessation verb undoes, and what undoing it is (the manual's CONCEDE list; ending violence is RETREAT).</summary>
    private static readonly Dictionary<string, string> Undone = new(StringComparer.Ordinal)
    {
        ["PROTEST"] = "CONCEDE",
        ["COERCE"] = "CONCEDE",
        ["ASSAULT"] = "RETREAT",
        ["FIGHT"] = "RETREAT",
        ["MOBILIZE"] = "RETREAT",
    };

    /// <summary>Why: words that mark what follows as promised or announced, not done (the manual's "announced … would withdraw").</summary>
    private static readonly HashSet<string> FutureMarkers = new(StringComparer.Ordinal)
    {
        "will", "would", "shall", "'ll",
    };

    /// <summary>Why: "to" after these is a promise or a plan ("agreed to withdraw", "plans to release", "intention to lay down").</summary>
    private static readonly HashSet<string> PromiseHeads = new(StringComparer.Ordinal)
    {
        "agree", "agrees", "agreed", "agreeing", "promise", "promises", "promised", "promising",
        "pledge", "pledges", "pledged", "pledging", "vow", "vows", "vowed", "offer", "offers", "offered",
        "plan", "plans", "planned", "planning", "intend", "intends", "intended", "intention",
        "decide", "decides", "decided", "commit", "commits", "committed", "ready", "willing", "set",
    };

    /// <summary>Why: the words between a cessation verb and what it stops ("halted all its attacks"; "called off the planned strike").</summary>
    public const int Reach = 3;

    /// <summary>Why: a cessation verb that is itself a trigger ("suspend" SANCTION) is spent on its object: it keeps this share of its score.</summary>
    public const float SpentFactor = 0.5f;

    /// <summary>The triggers of one sentence (in text order) with undone acts recoded and promised retreats coded CONCEDE.</summary>
    public static List<TypedTrigger> Apply(string text, ImmutableArray<Token> tokens, IReadOnlyList<TypedTrigger> typed)
    {
        var result = new List<TypedTrigger>(typed);
        for (int j = 0; j < result.Count; j++)
        {
            var trigger = result[j];
            int verb = Undone.ContainsKey(trigger.Type) ? CessationBefore(text, tokens, trigger.Match.Start) : -1;
            if (verb >= 0)
            {
                string type = Undone[trigger.Type];
                result[j] = trigger with { Type = type, Mode = null };
                for (int i = 0; i < result.Count; i++)
                {
                    if (i != j && result[i].Match.Start <= verb && verb < result[i].Match.End)
                    {
                        result[i] = result[i] with { Score = result[i].Score * SpentFactor };
                    }
                }

                trigger = result[j];
                verb = Math.Min(verb, trigger.Match.Start);
            }
            else
            {
                verb = trigger.Match.Start;
            }

            if (result[j].Type == "RETREAT" && IsPromised(text, tokens, verb))
            {
                result[j] = result[j] with { Type = "CONCEDE", Mode = null };
            }
        }

        return result;
    }

    /// <summary>The token of a cessation verb up to <see cref="Reach"/> words before <paramref name="start"/> (no punctuation between), or -1.</summary>
    private static int CessationBefore(string text, ImmutableArray<Token> tokens, int start)
    {
        for (int k = start - 1; k >= 0 && k >= start - Reach - 1; k--)
        {
            if (tokens[k].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                return -1;
            }

            string word = tokens[k].TextOf(text).ToLowerInvariant();
            if (CessationWords.Contains(word))
            {
                bool off = k + 1 < start && tokens[k + 1].TextOf(text).Equals("off", StringComparison.OrdinalIgnoreCase);
                return NeedsOff.Contains(word) && !off ? -1 : k;
            }
        }

        return -1;
    }

    /// <summary>A future marker or a promise's "to" within two words before <paramref name="start"/> ("will withdraw", "agreed to release", "will not fully withdraw").</summary>
    private static bool IsPromised(string text, ImmutableArray<Token> tokens, int start)
    {
        for (int k = start - 1; k >= 0 && k >= start - 3; k--)
        {
            string word = tokens[k].TextOf(text).ToLowerInvariant();
            if (FutureMarkers.Contains(word) || (word == "to" && k > 0 && PromiseHeads.Contains(tokens[k - 1].TextOf(text).ToLowerInvariant())))
            {
                return true;
            }

            if (tokens[k].Kind is not (TokenKind.Word or TokenKind.Abbreviation))
            {
                return false;
            }
        }

        return false;
    }
}
