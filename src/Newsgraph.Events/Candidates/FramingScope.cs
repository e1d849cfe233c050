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
    /// <summary>Why: the PLOVER types whose acts take another event as their object (verbal cooperation and conflict, meetings about something).</summary>
    private static readonly HashSet<string> FramingTypes = new(StringComparer.Ordinal)
    {
        "AGREE", "CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
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

    /// <summary>The triggers of one sentence (in text order), framed ones with their score scaled down.</summary>
    public static List<TypedTrigger> Apply(string text, ImmutableArray<Token> tokens, IReadOnlyList<TypedTrigger> typed)
    {
        var result = new List<TypedTrigger>(typed.Count);
        for (int j = 0; j < typed.Count; j++)
        {
            result.Add(IsFramed(text, tokens, typed, j) ? typed[j] with { Score = typed[j].Score * FramedFactor } : typed[j]);
        }

        return result;
    }

    private static bool IsFramed(string text, ImmutableArray<Token> tokens, IReadOnlyList<TypedTrigger> typed, int j)
    {
        var framed = typed[j];
        for (int i = j - 1; i >= 0; i--)
        {
            var act = typed[i];
            if (framed.Match.Start - act.Match.End > Reach)
            {
                return false;
            }

            if (act.Type != framed.Type && FramingTypes.Contains(act.Type) && !HasClauseBreak(text, tokens, act.Match.End, framed.Match.Start))
            {
                return true;
            }
        }

        return false;
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
