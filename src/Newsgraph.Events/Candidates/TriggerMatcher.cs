using System.Collections.Immutable;
using Newsgraph.Core.Documents;
using Newsgraph.Events.Lexicon;

namespace Newsgraph.Events.Candidates;

/// <summary>
/// Finds trigger words and phrases in a token range by lexicon lookup. A phrase cue ("step down",
/// "call for") that matches wins over the head word's single-word cues, and suppresses the phrases
/// it does not match ("call for" is not "call off").
/// </summary>
internal static class TriggerMatcher
{
    /// <summary>Why: a real sentence has a handful of triggers; a hostile one with thousands gains nothing from more.</summary>
    public const int MaxPerSentence = 24;

    public static List<TriggerMatch> Find(string text, ImmutableArray<Token> tokens, int start, int end, TriggerLexicon lexicon)
    {
        var found = new List<TriggerMatch>();
        for (int i = start; i < end && found.Count < MaxPerSentence; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || tokens[i].Length > 30)
            {
                continue;
            }

            if (!lexicon.TryGet(tokens[i].TextOf(text).ToLowerInvariant(), out var cues))
            {
                continue;
            }

            var phrases = new List<TriggerCue>();
            int phraseEnd = i + 1;
            foreach (var cue in cues)
            {
                if (cue.Following.Length > 0 && Follows(text, tokens, i + 1, end, cue.Following))
                {
                    phrases.Add(cue);
                    phraseEnd = Math.Max(phraseEnd, i + 1 + cue.Following.Length);
                }
            }

            if (phrases.Count > 0)
            {
                found.Add(new TriggerMatch(i, phraseEnd, phrases));
                i = phraseEnd - 1;
                continue;
            }

            var single = cues.Where(c => c.Following.Length == 0).ToList();
            if (single.Count > 0)
            {
                found.Add(new TriggerMatch(i, i + 1, single));
            }
        }

        return found;
    }

    private static bool Follows(string text, ImmutableArray<Token> tokens, int at, int end, string[] words)
    {
        if (at + words.Length > end)
        {
            return false;
        }

        for (int k = 0; k < words.Length; k++)
        {
            if (!tokens[at + k].In(text).Equals(words[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
