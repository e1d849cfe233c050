using System.Collections.Immutable;
using Newsgraph.Core.Documents;

namespace Newsgraph.Events.Candidates;

/// <summary>
/// A verbal act scopes over the event it is about: "demanded the release of prisoners", "refused to
/// withdraw", "threatened to impose sanctions", "accused X of attacking", "agreed to meet",
/// "condemned the killing". PLOVER codes the act (REQUEST, REJECT, THREATEN, ACCUSE, AGREE), not
/// the event it names, which has not happened (or is only its topic). So a trigger that follows a
/// framing trigger in the same clause loses most of its confidence; the stage then keeps the act.
/// </summary>
internal static class FramingScope
{
    /// <summary>
    /// Why: the PLOVER types whose acts take another event as their object (verbal cooperation and
    /// conflict, meetings about something); a verbal concession too: "apologized for the massacre",
    /// "pardoned the protesters", "acquitted of murder" code the concession, not what it is about.
    /// </summary>
    private static readonly HashSet<string> FramingTypes = new(StringComparer.Ordinal)
    {
        "AGREE", "CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "CONCEDE",
    };

    /// <summary>
    /// Why: words that start a new clause with its own event ("condemned the attack, which killed
    /// five"; "met on Monday after clashes broke out"), so a trigger after them is not framed.
    /// </summary>
    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.OrdinalIgnoreCase)
    {
        ";", ":", "but", "while", "whereas", "after", "before", "since", "because", "as", "when", "which", "who", "where",
    };

    /// <summary>Why: a framed complement follows its act closely ("urged Iran to halt", "accused the army of killing"); farther away it is another event.</summary>
    public const int Reach = 12;

    /// <summary>Why: how much of its confidence a framed trigger keeps: enough to stay a second event of its sentence, never enough to beat the act.</summary>
    public const float FramedFactor = 0.5f;

    /// <summary>
    /// Why: the manual keeps promised concessions and announced retreats as CONCEDE rather than
    /// AGREE ("announced ... would withdraw troops" is CONCEDE); a promise framing them codes CONCEDE.
    /// </summary>
    private static readonly HashSet<string> PromisedAsConcession = new(StringComparer.Ordinal) { "RETREAT", "CONCEDE" };

    /// <summary>The triggers of one sentence (in text order), framed ones with their score scaled down.</summary>
    public static List<TypedTrigger> Apply(string text, ImmutableArray<Token> tokens, IReadOnlyList<TypedTrigger> typed)
    {
        var result = new List<TypedTrigger>(typed);
        for (int j = 0; j < typed.Count; j++)
        {
            int act = FramingAct(text, tokens, typed, j);
            if (act < 0)
            {
                continue;
            }

            result[j] = typed[j] with { Score = typed[j].Score * FramedFactor };
            if (typed[act].Type == "AGREE" && PromisedAsConcession.Contains(typed[j].Type))
            {
                result[act] = result[act] with { Type = "CONCEDE", Mode = null };
            }
        }

        return result;
    }

    /// <summary>The index of the act that frames trigger <paramref name="j"/>, or -1.</summary>
    private static int FramingAct(string text, ImmutableArray<Token> tokens, IReadOnlyList<TypedTrigger> typed, int j)
    {
        var framed = typed[j];
        for (int i = j - 1; i >= 0; i--)
        {
            var act = typed[i];
            if (framed.Match.Start - act.Match.End > Reach)
            {
                return -1;
            }

            if (act.Type != framed.Type && FramingTypes.Contains(act.Type) && !HasClauseBreak(text, tokens, act.Match.End, framed.Match.Start))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool HasClauseBreak(string text, ImmutableArray<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (ClauseBreaks.Contains(tokens[k].TextOf(text)))
            {
                return true;
            }
        }

        return false;
    }
}
