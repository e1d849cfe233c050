using System.Collections.Immutable;
using Newsgraph.Core.Documents;

namespace Newsgraph.Events.Candidates;

/// <summary>
/// A protest that a coercive or violent act is done to is that act's target, not an event of its
/// own: "police beat protesters at an opposition rally", "authorities banned the demonstration",
/// "troops dispersed the rally" code COERCE or ASSAULT (PLOVER codes who did what to whom; the
/// protesters are the "whom"). So a PROTEST trigger a few words after such an act, in the same
/// clause, keeps only part of its score; a trigger before it that reads as a protest or as such an
/// act ("blockaded the protest camp") is coded as the act.
/// </summary>
internal static class ProtestTargets
{
    /// <summary>Why: the acts that are done to protesters and protests.</summary>
    private static readonly HashSet<string> ActsOnProtests = new(StringComparer.Ordinal) { "COERCE", "ASSAULT" };

    /// <summary>Why: the object follows its verb closely ("beat protestors", "cracked down on the demonstrations").</summary>
    public const int Reach = 4;

    /// <summary>Why: as a framed trigger (<see cref="FramingScope.FramedFactor"/>): still a possible second event, never above the act.</summary>
    public const float TargetFactor = 0.5f;

    public static List<TypedTrigger> Apply(string text, ImmutableArray<Token> tokens, IReadOnlyList<TypedTrigger> typed)
    {
        var result = new List<TypedTrigger>(typed);
        for (int j = 0; j < typed.Count; j++)
        {
            if (typed[j].Type != "PROTEST")
            {
                continue;
            }

            for (int i = j - 1; i >= 0; i--)
            {
                int gap = typed[j].Match.Start - typed[i].Match.End;
                if (gap > Reach)
                {
                    break;
                }

                if (gap < 0 || HasPunctuation(tokens, typed[i].Match.End, typed[j].Match.Start))
                {
                    continue;
                }

                if (ActsOnProtests.Contains(typed[i].Type))
                {
                    result[j] = typed[j] with { Score = typed[j].Score * TargetFactor };
                    break;
                }

                // "blockaded the protest camp": a word that is a protest or a coercive act ("blockade")
                // is the act when a protest is its object.
                if (typed[i].Type == "PROTEST" && typed[i].Match.Cues.FirstOrDefault(c => ActsOnProtests.Contains(c.TypeName)) is { } act)
                {
                    result[i] = result[i] with { Type = act.TypeName, Mode = act.Mode };
                    result[j] = typed[j] with { Score = typed[j].Score * TargetFactor };
                    break;
                }
            }
        }

        return result;
    }

    private static bool HasPunctuation(ImmutableArray<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (tokens[k].Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number))
            {
                return true;
            }
        }

        return false;
    }
}
