using System.Collections.Immutable;
using Newsgraph.Core.Documents;

namespace Newsgraph.Events.Candidates;

/// <summary>
/// A protest that a coercive or violent act is done to is that act's target, not an event of its
/// own: "police beat protesters at an opposition rally", "authorities banned the demonstration",
/// "troops dispersed the rally" code COERCE or ASSAULT (PLOVER codes who did what to whom; the
/// protesters are the "whom"). So a PROTEST trigger a few words after such an act, in the same
/// clause, keeps only part of its score.
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

                if (gap >= 0 && ActsOnProtests.Contains(typed[i].Type) && !HasPunctuation(tokens, typed[i].Match.End, typed[j].Match.Start))
                {
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
