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
        "drop", "drops", "dropped", "dropping", "remove", "removes", "removed", "removing",
        "pause", "pauses", "paused", "pausing", "freeze", "freezes", "froze", "freezing",
        // The nouns of stopping: "suspension of attacks", "cessation of hostilities", "a moratorium on strikes".
        "suspension", "cessation", "moratorium",
    };

    /// <summary>Why: the participles of <see cref="CessationWords"/> that stop the act named before them ("curfew lifted", "restrictions were eased").</summary>
    private static readonly HashSet<string> CessationParticiples = new(StringComparer.Ordinal)
    {
        "stopped", "halted", "suspended", "ended", "ceased", "abandoned", "lifted", "eased", "relaxed", "scrapped", "dropped", "removed",
        "paused", "frozen",
    };

    /// <summary>
    /// Why: finite forms of the intransitive stopping verbs: "hostilities stop", "the fighting ends
    /// as talks begin" say the act stopped. Read only with nothing after them that could be an
    /// object (<see cref="ClauseEnders"/>): "protesters stop traffic" stops something else.
    /// </summary>
    private static readonly HashSet<string> IntransitiveCessations = new(StringComparer.Ordinal)
    {
        "stop", "stops", "end", "ends", "cease", "ceases", "halt", "halts", "subside", "subsides", "subsided",
    };

    /// <summary>Why: words that may follow an intransitive verb and cannot start its object (a preposition, a subordinator, a conjunction).</summary>
    private static readonly HashSet<string> ClauseEnders = new(StringComparer.Ordinal)
    {
        "as", "after", "when", "while", "in", "on", "at", "for", "following", "amid", "across", "since", "until", "with", "and",
        "but", "before", "during", "despite", "under", "ahead", "overnight", "today", "yesterday", "tomorrow",
    };

    /// <summary>Why: auxiliaries between an act and its participle ("the curfew was lifted", "the curfew will be lifted").</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "to",
    };

    /// <summary>Why: words that yield to the demands named right after them ("gave in to demands", "met their demands"; CAMEO 083 "accede to demands").</summary>
    private static readonly HashSet<string> YieldWords = new(StringComparer.Ordinal)
    {
        "into", "accede", "accedes", "acceded", "bow", "bows", "bowed", "yield", "yields", "yielded",
        "meet", "meets", "met", "grant", "grants", "granted", "agree", "agrees", "agreed", "accept", "accepts", "accepted",
    };

    private static readonly HashSet<string> DemandForms = new(StringComparer.Ordinal) { "demand", "demands" };

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

    /// <summary>Why: words that mark what follows as promised or declared, not done (the manual's "announced … would withdraw"; "declarations (but not implementations) of ceasefires").</summary>
    private static readonly HashSet<string> FutureMarkers = new(StringComparer.Ordinal)
    {
        "will", "would", "shall", "'ll", "declare", "declares", "declared", "declaring",
    };

    /// <summary>
    /// Why: verbs that declare a stop to fighting rather than report one. The manual's CONCEDE holds
    /// "declarations (but not implementations) of ceasefires", its RETREAT "observing a ceasefire or
    /// otherwise ending active conflicts": "announced a suspension of attacks", "proclaimed a truce"
    /// are the declaration. Only for ceasefires and stopped violence: "announced the release of
    /// prisoners" or "announced its withdrawal" usually reports the act itself (the manual asks for
    /// a future, "announced … would withdraw", before an announced retreat is CONCEDE).
    /// </summary>
    private static readonly HashSet<string> DeclarationVerbs = new(StringComparer.Ordinal)
    {
        "announce", "announces", "announced", "announcing", "proclaim", "proclaims", "proclaimed", "proclaiming",
        "declare", "declares", "declared", "declaring", "unveil", "unveils", "unveiled", "unveiling",
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

    /// <summary>Why: "agreed to" is followed at once by its verb, or by a few words before "demands" ("agreed to all the opposition's demands").</summary>
    public const int AgreedReach = 4;

    /// <summary>Why: a cessation verb that is itself a trigger ("suspend" SANCTION) is spent on its object: it keeps this share of its score.</summary>
    public const float SpentFactor = 0.5f;

    /// <summary>The triggers of one sentence (in text order) with undone acts recoded and promised retreats coded CONCEDE.</summary>
    public static List<TypedTrigger> Apply(string text, ImmutableArray<Token> tokens, IReadOnlyList<TypedTrigger> typed)
    {
        var result = new List<TypedTrigger>(typed);
        for (int j = 0; j < result.Count; j++)
        {
            var trigger = result[j];
            if (trigger.Type == "AGREE" && AgreesToConcession(text, tokens, trigger.Match.End))
            {
                result[j] = trigger with { Type = "CONCEDE", Mode = null };
                Spend(result, j, trigger.Match.End, trigger.Match.End + AgreedReach);
                continue;
            }

            if (trigger.Type == "REQUEST" && YieldsTo(text, tokens, trigger.Match))
            {
                result[j] = trigger with { Type = "CONCEDE", Mode = null };
                continue;
            }

            // The act a cessation verb undoes is read from every cue of the trigger, not only the
            // typed one: after "halt", "attacks" is the violence halted even where the classifier
            // preferred its verbal reading.
            string? undone = UndoneType(trigger);
            if (undone is not null && CessationAfter(text, tokens, trigger.Match.End))
            {
                result[j] = trigger with { Type = undone, Mode = null };
                continue;
            }

            int verb = undone is not null ? CessationBefore(text, tokens, trigger.Match.Start) : -1;
            bool ceasefire = trigger.Mode == "ceasefire" || trigger.Match.Cues.Any(c => c.Mode == "ceasefire");
            if (verb >= 0)
            {
                result[j] = trigger with { Type = undone!, Mode = null };
                Spend(result, j, verb, verb);

                trigger = result[j];
                ceasefire |= undone == "RETREAT";
                verb = Math.Min(verb, trigger.Match.Start);
            }
            else
            {
                verb = trigger.Match.Start;
            }

            if (result[j].Type == "RETREAT" && (IsPromised(text, tokens, verb) || (ceasefire && IsDeclared(text, tokens, verb))))
            {
                result[j] = result[j] with { Type = "CONCEDE", Mode = null };
            }
        }

        return result;
    }

    /// <summary>What undoing the trigger's act is: its typed type's, else the first of its cues' that a cessation undoes; null when none.</summary>
    private static string? UndoneType(TypedTrigger trigger)
    {
        if (Undone.TryGetValue(trigger.Type, out var type))
        {
            return type;
        }

        foreach (var cue in trigger.Match.Cues)
        {
            if (Undone.TryGetValue(cue.TypeName, out type))
            {
                return type;
            }
        }

        return null;
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

    /// <summary>Scales down every trigger but <paramref name="keep"/> that overlaps tokens [from, to]: its words are the concession's.</summary>
    private static void Spend(List<TypedTrigger> triggers, int keep, int from, int to)
    {
        for (int i = 0; i < triggers.Count; i++)
        {
            if (i != keep && triggers[i].Match.Start <= to && from < triggers[i].Match.End)
            {
                triggers[i] = triggers[i] with { Score = triggers[i].Score * SpentFactor };
            }
        }
    }

    /// <summary>
    /// "agreed to lift …", "agrees to halt …", "agreed to all demands": a promise to stop or undo
    /// something, or to meet demands (CAMEO 083 "accede to demands"), is a concession.
    /// </summary>
    private static bool AgreesToConcession(string text, ImmutableArray<Token> tokens, int end)
    {
        if (end >= tokens.Length || !tokens[end].TextOf(text).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (int k = end + 1; k < tokens.Length && k <= end + AgreedReach; k++)
        {
            string word = tokens[k].TextOf(text).ToLowerInvariant();
            if ((k == end + 1 && CessationWords.Contains(word) && !NeedsOff.Contains(word)) || word is "demands" or "demand")
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

    /// <summary>"demands" after a yielding word within three words ("gives into demands", "met all their demands").</summary>
    private static bool YieldsTo(string text, ImmutableArray<Token> tokens, TriggerMatch match)
    {
        if (match.End - match.Start != 1 || !DemandForms.Contains(tokens[match.Start].TextOf(text).ToLowerInvariant()))
        {
            return false;
        }

        for (int k = match.Start - 1; k >= 0 && k >= match.Start - 3; k--)
        {
            if (YieldWords.Contains(tokens[k].TextOf(text).ToLowerInvariant()))
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

    /// <summary>A cessation participle right after the act, "be" forms and adverbs allowed between ("curfew lifted", "the strike was called off"), or an intransitive stopping verb ("hostilities temporarily stop").</summary>
    private static bool CessationAfter(string text, ImmutableArray<Token> tokens, int end)
    {
        for (int k = end; k < tokens.Length && k <= end + 3; k++)
        {
            string word = tokens[k].TextOf(text).ToLowerInvariant();
            if (CessationParticiples.Contains(word) || (word == "called" && k + 1 < tokens.Length && tokens[k + 1].TextOf(text).Equals("off", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            if (IntransitiveCessations.Contains(word))
            {
                return k + 1 >= tokens.Length || tokens[k + 1].Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation)
                    || ClauseEnders.Contains(tokens[k + 1].TextOf(text).ToLowerInvariant());
            }

            // An adverb between the act and its stopping ("hostilities temporarily stop", "the strike was finally called off").
            if (!Auxiliaries.Contains(word) && !(word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A declaration verb within three words before <paramref name="start"/>, no punctuation between ("announced a halt to", "declared a truce").</summary>
    private static bool IsDeclared(string text, ImmutableArray<Token> tokens, int start)
    {
        for (int k = start - 1; k >= 0 && k >= start - 3; k--)
        {
            if (DeclarationVerbs.Contains(tokens[k].TextOf(text).ToLowerInvariant()))
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
