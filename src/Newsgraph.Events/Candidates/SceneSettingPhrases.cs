using System.Collections.Immutable;
using Newsgraph.Core.Documents;

namespace Newsgraph.Events.Candidates;

/// <summary>
/// A sentence-opening adverbial phrase of time, cause or concession sets the scene for the main
/// clause: "After three years of negotiation, the rebels released the hostages", "Following talks
/// in Doha, …", "Despite the protests, …". The reported event is the main clause's; the phrase
/// names what came before or around it. So when a trigger follows the phrase's comma, the
/// triggers inside the phrase keep only part of their score.
/// </summary>
/// <remarks>
/// Not applied to a trailing phrase ("met after the attack"): there "after" also opens full clauses
/// whose event is reported in its own right ("Their release came hours after the Afghan government
/// freed three Taliban prisoners", a knowledge dev event the trailing rule lost).
/// </remarks>
internal static class SceneSettingPhrases
{
    /// <summary>Why: prepositions and subordinators that open a scene-setting phrase (time, cause, concession).</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "after", "following", "despite", "amid", "amidst", "before", "during", "since", "ahead",
    };

    /// <summary>Why: a fronted phrase is short; a comma farther away ends something else (a list, an apposition).</summary>
    public const int MaxLength = 12;

    /// <summary>Why: as a framed trigger (<see cref="FramingScope.FramedFactor"/>): still a possible second event, never above the main clause's.</summary>
    public const float BackgroundFactor = 0.5f;

    /// <summary>The triggers of one sentence (in text order), those inside a scene-setting phrase scaled down when the main clause has one.</summary>
    public static List<TypedTrigger> Apply(string text, ImmutableArray<Token> tokens, Sentence sentence, IReadOnlyList<TypedTrigger> typed)
    {
        var result = new List<TypedTrigger>(typed);
        int first = sentence.FirstToken;
        while (first < sentence.EndToken && tokens[first].Kind == TokenKind.Quote)
        {
            first++;
        }

        if (first >= sentence.EndToken || !Openers.Contains(tokens[first].TextOf(text)))
        {
            return result;
        }

        int comma = -1;
        for (int k = first + 1; k < Math.Min(sentence.EndToken, first + MaxLength + 1); k++)
        {
            if (tokens[k].TextOf(text) == ",")
            {
                comma = k;
                break;
            }
        }

        if (comma < 0 || !typed.Any(t => t.Match.Start > comma))
        {
            return result;
        }

        for (int j = 0; j < result.Count; j++)
        {
            if (result[j].Match.End <= comma)
            {
                result[j] = result[j] with { Score = result[j].Score * BackgroundFactor };
            }
        }

        return result;
    }
}
