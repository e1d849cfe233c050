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
/// A trailing phrase ("resigned following corruption allegations", "met after the attack") is
/// background only when it is a noun phrase: the trigger a few words after the opener is a noun,
/// not a verb. "After" also opens full clauses whose event is reported in its own right ("Their
/// release came hours after the Afghan government freed three Taliban prisoners", a knowledge dev
/// event a rule for every trailing phrase lost), so a trigger that is a past form, or a bare -ing
/// form right after the opener ("before convicting Webb"), is left alone.
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

    /// <summary>Why: prepositions that open a trailing noun phrase of cause or time ("quit following bribery allegations", "resigned amid protests").</summary>
    private static readonly HashSet<string> TrailingOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "after", "following", "despite", "amid", "amidst", "during",
    };

    /// <summary>Why: a trailing noun phrase's head comes soon after its opener ("following the corruption allegations").</summary>
    public const int TrailingReach = 3;

    /// <summary>The triggers of one sentence (in text order), those inside a scene-setting phrase scaled down when the main clause has one.</summary>
    public static List<TypedTrigger> Apply(string text, ImmutableArray<Token> tokens, Sentence sentence, IReadOnlyList<TypedTrigger> typed)
    {
        var result = Fronted(text, tokens, sentence, typed);
        for (int j = 1; j < result.Count; j++)
        {
            if (InTrailingNounPhrase(text, tokens, sentence, result, j))
            {
                result[j] = result[j] with { Score = result[j].Score * BackgroundFactor };
            }
        }

        return result;
    }

    /// <summary>
    /// Whether trigger <paramref name="j"/> heads a noun phrase opened by a <see cref="TrailingOpeners"/>
    /// word up to <see cref="TrailingReach"/> words before it, after an earlier trigger of the sentence
    /// (the main clause's), with only words (no punctuation) between.
    /// </summary>
    private static bool InTrailingNounPhrase(string text, ImmutableArray<Token> tokens, Sentence sentence, List<TypedTrigger> triggers, int j)
    {
        var match = triggers[j].Match;
        string head = tokens[match.End - 1].TextOf(text).ToLowerInvariant();
        if (head.EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        for (int k = match.Start - 1; k >= sentence.FirstToken && k >= match.Start - TrailingReach - 1; k--)
        {
            if (tokens[k].Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation))
            {
                return false;
            }

            if (TrailingOpeners.Contains(tokens[k].TextOf(text)))
            {
                bool bareGerund = k == match.Start - 1 && head.EndsWith("ing", StringComparison.Ordinal);
                return !bareGerund && triggers.Take(j).Any(t => t.Match.End <= k);
            }
        }

        return false;
    }

    /// <summary>The fronted phrase's triggers scaled down when a trigger follows its comma.</summary>
    private static List<TypedTrigger> Fronted(string text, ImmutableArray<Token> tokens, Sentence sentence, IReadOnlyList<TypedTrigger> typed)
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
