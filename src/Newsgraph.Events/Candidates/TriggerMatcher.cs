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

    public static List<TriggerMatch> Find(string text, ImmutableArray<Token> tokens, int start, int end, TriggerLexicon lexicon, Func<int, bool>? isName = null)
    {
        var found = new List<TriggerMatch>();
        for (int i = start; i < end && found.Count < MaxPerSentence; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || tokens[i].Length > 30 || IsProperName(text, tokens, i, start, isName))
            {
                continue;
            }

            string form = tokens[i].TextOf(text).ToLowerInvariant();
            if (!lexicon.TryGet(form, out var cues) || IsInFixedPhrase(text, tokens, i, start, form) || IsQuestion(text, tokens, i, end, form))
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

    /// <summary>
    /// Why: a word inside a name ("National Institute", "Strike Force") or capitalised mid-sentence
    /// is part of a proper name, not a predicate.
    /// </summary>
    private static bool IsProperName(string text, ImmutableArray<Token> tokens, int i, int sentenceStart, Func<int, bool>? isName) =>
        (isName is not null && isName(i)) || (i > sentenceStart && char.IsUpper(text[tokens[i].Start]) && tokens[i - 1].Kind != TokenKind.Quote);

    /// <summary>
    /// Why: inside these fixed phrases a trigger word expresses a condition or a relation, not an
    /// event ("in exchange for", "in return for", "in response to", "in support of").
    /// </summary>
    private static readonly Dictionary<string, string> FixedAfterPrevious = new(StringComparer.Ordinal)
    {
        ["exchange"] = "in",
        ["return"] = "in",
        ["response"] = "in",
        ["support"] = "in",
    };

    /// <summary>
    /// Why: "asked whether", "asked about" is a question put to someone (hearings, interviews), not a
    /// request for action; these words within a few tokens after "ask" mark the question.
    /// </summary>
    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "whether", "if", "about", "how", "why", "what", "when", "who", "where", "which", "questions",
    };

    private static readonly HashSet<string> AskForms = new(StringComparer.Ordinal) { "ask", "asked", "asks", "asking" };

    private const int QuestionWordReach = 4;

    private static bool IsQuestion(string text, ImmutableArray<Token> tokens, int i, int end, string form)
    {
        if (!AskForms.Contains(form))
        {
            return false;
        }

        for (int k = i + 1; k < Math.Min(end, i + 1 + QuestionWordReach); k++)
        {
            if (QuestionWords.Contains(tokens[k].TextOf(text)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInFixedPhrase(string text, ImmutableArray<Token> tokens, int i, int sentenceStart, string form) =>
        i > sentenceStart && FixedAfterPrevious.TryGetValue(form, out var previous)
        && tokens[i - 1].In(text).Equals(previous, StringComparison.OrdinalIgnoreCase);

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
