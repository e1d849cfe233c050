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

            if (!lexicon.TryGetLower(tokens[i].In(text), out var cues))
            {
                continue;
            }

            string form = tokens[i].TextOf(text).ToLowerInvariant();
            if (IsInFixedPhrase(text, tokens, i, start, form) || IsQuestion(text, tokens, i, end, form))
            {
                continue;
            }

            var phrases = new List<TriggerCue>();
            int phraseEnd = i + 1;
            foreach (var cue in cues)
            {
                if (cue.Following.Length > 0 && Follows(text, tokens, i + 1, end, cue.Following) is int after and > 0)
                {
                    phrases.Add(cue);
                    phraseEnd = Math.Max(phraseEnd, after);
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

    /// <summary>
    /// Why: the Phoenix verb dictionary's patterns put the object a few words after the verb ("cut
    /// diplomatic ties", "held two days of talks"); a "*" in a phrase skips up to this many words
    /// (never punctuation, so the object stays in the verb's clause).
    /// </summary>
    public const int GapReach = 3;

    /// <summary>
    /// Why: a subordinator or relative word opens another clause, so what follows it is not the
    /// verb's object ("the fighting ends as talks open" is no "end * talks").
    /// </summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GapClauseOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "as", "while", "when", "whereas", "because", "after", "before", "until", "unless", "if", "although", "though",
        "who", "which", "where",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The token index just after the matched words, or -1 when they do not follow at <paramref name="at"/>.</summary>
    private static int Follows(string text, ImmutableArray<Token> tokens, int at, int end, string[] words)
    {
        int k = at;
        for (int w = 0; w < words.Length; w++)
        {
            if (words[w] == "*" && w + 1 < words.Length)
            {
                // Gap: the next literal word within reach, over words only.
                string next = words[++w];
                int found = -1;
                for (int g = k; g < Math.Min(end, k + GapReach + 1); g++)
                {
                    if (tokens[g].In(text).Equals(next, StringComparison.OrdinalIgnoreCase))
                    {
                        found = g;
                        break;
                    }

                    if (tokens[g].Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Dash or TokenKind.Ellipsis
                        || GapClauseOpeners.Contains(tokens[g].In(text)))
                    {
                        break;
                    }
                }

                if (found < 0)
                {
                    return -1;
                }

                k = found + 1;
                continue;
            }

            if (k >= end || !tokens[k].In(text).Equals(words[w], StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }

            k++;
        }

        return k;
    }
}
