using System.Globalization;
using System.Text;
using Newsgraph.Core.Text;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>
/// A hit's snippet made in managed code from its text: the window of <see cref="WindowTokens"/>
/// words holding the most distinct query words, each query word in <c>[ ]</c>, <c>…</c> where the
/// text goes on — the shape of FTS5's <c>snippet()</c>. Why not <c>snippet()</c>: it needs the
/// match re-run for each hit (a seek per query word per index segment), which cost 4.2 ms CPU of a
/// 10.4 ms search on the 10,000-article bench corpus (search-phases bench), most of the search.
/// Words are told apart and folded as the index's tokenizer does (<c>unicode61 remove_diacritics
/// 2</c>: letters, digits and marks make words; case and accents are ignored).
/// </summary>
internal sealed class SearchSnippet
{
    /// <summary>Words shown, as the <c>snippet(…, 16)</c> the search used before.</summary>
    public const int WindowTokens = 16;

    /// <summary>Words of context kept before the first query word of the window.</summary>
    private const int LeadTokens = 3;

    /// <summary>Query-word occurrences weighed per text: a hostile text of one word repeated a
    /// million times costs no more than its first occurrences.</summary>
    private const int MaxOccurrences = 4_096;

    private readonly HashSet<string> words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly Dictionary<string, int> wordIds = new(StringComparer.Ordinal);
    private readonly int shortest;
    private readonly int longest;

    private SearchSnippet(IEnumerable<string> folded)
    {
        words = new HashSet<string>(folded, StringComparer.OrdinalIgnoreCase);
        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (string w in words)
        {
            wordIds[w] = wordIds.Count;
        }

        shortest = words.Count == 0 ? int.MaxValue : words.Min(w => w.Length);
        longest = words.Count == 0 ? 0 : words.Max(w => w.Length);
    }

    /// <summary>The snippet maker for an FTS5 query built by <see cref="FtsQuery.Build"/> (its quoted
    /// phrases' words; the OR operator is not a word).</summary>
    public static SearchSnippet ForMatch(string match)
    {
        var folded = new List<string>();
        int i = 0;
        while (i < match.Length)
        {
            if (match[i] != '"')
            {
                i++;
                continue;
            }

            // a quoted phrase; "" inside it is a quote mark
            var phrase = new StringBuilder();
            i++;
            while (i < match.Length)
            {
                if (match[i] == '"')
                {
                    if (i + 1 < match.Length && match[i + 1] == '"')
                    {
                        phrase.Append('"');
                        i += 2;
                        continue;
                    }

                    i++;
                    break;
                }

                phrase.Append(match[i++]);
            }

            string text = phrase.ToString();
            foreach (var (start, end) in Tokens(text, 0, text.Length))
            {
                folded.Add(Fold(text.AsSpan(start, end - start)));
            }
        }

        return new SearchSnippet(folded);
    }

    /// <summary>The snippet of <paramref name="text"/>; <paramref name="truncated"/> says the text
    /// goes on after what was given. Null when no query word occurs in what was given.</summary>
    public string? Make(string text, bool truncated = false)
    {
        var tokens = new List<(int Start, int End, int Word)>();
        var occurrences = new List<int>();
        bool stoppedEarly = false;
        int stopAt = int.MaxValue;
        foreach (var (start, end) in Tokens(text, 0, text.Length))
        {
            if (tokens.Count >= stopAt)
            {
                stoppedEarly = true;
                break;
            }

            int word = WordId(text.AsSpan(start, end - start));
            tokens.Add((start, end, word));
            if (word >= 0 && occurrences.Count < MaxOccurrences)
            {
                occurrences.Add(tokens.Count - 1);
                if (stopAt == int.MaxValue && DistinctWithin(tokens, occurrences, tokens.Count - 1 - (WindowTokens - LeadTokens - 1)) == wordIds.Count)
                {
                    // every query word is in one window: no later window can be better
                    stopAt = tokens.Count + WindowTokens;
                }
            }
        }

        if (occurrences.Count == 0)
        {
            return null;
        }

        int bestStart = 0, bestDistinct = -1, bestCount = -1;
        var seen = new HashSet<int>();
        foreach (int occurrence in occurrences)
        {
            int start = Math.Max(0, occurrence - LeadTokens);
            int end = Math.Min(tokens.Count, start + WindowTokens);
            seen.Clear();
            int count = 0;
            for (int t = start; t < end; t++)
            {
                if (tokens[t].Word >= 0)
                {
                    seen.Add(tokens[t].Word);
                    count++;
                }
            }

            if (seen.Count > bestDistinct || (seen.Count == bestDistinct && count > bestCount))
            {
                (bestStart, bestDistinct, bestCount) = (start, seen.Count, count);
            }
        }

        int bestEnd = Math.Min(tokens.Count, bestStart + WindowTokens);
        bool more = bestEnd < tokens.Count || stoppedEarly || truncated;
        var sb = new StringBuilder(text.Length > 400 ? 400 : text.Length + 8);
        if (bestStart > 0)
        {
            sb.Append('…');
        }
        else
        {
            sb.Append(text, 0, tokens[0].Start); // as FTS5: the text before the first word at the start
        }

        for (int t = bestStart; t < bestEnd; t++)
        {
            var (start, end, word) = tokens[t];
            if (t > bestStart)
            {
                sb.Append(text, tokens[t - 1].End, start - tokens[t - 1].End);
            }

            if (word >= 0)
            {
                sb.Append('[').Append(text, start, end - start).Append(']');
            }
            else
            {
                sb.Append(text, start, end - start);
            }
        }

        if (more)
        {
            sb.Append('…');
        }
        else
        {
            sb.Append(text, tokens[bestEnd - 1].End, text.Length - tokens[bestEnd - 1].End); // and after the last at the end
        }

        return sb.ToString();
    }

    /// <summary>The first <see cref="WindowTokens"/> words of a text without query words.</summary>
    public static string Lead(string text, bool truncated = false)
    {
        int count = 0, end = 0;
        bool more = false;
        foreach (var (_, tokenEnd) in Tokens(text, 0, text.Length))
        {
            if (count == WindowTokens)
            {
                more = true;
                break;
            }

            count++;
            end = tokenEnd;
        }

        return more || truncated ? text[..end] + "…" : text;
    }

    private int WordId(ReadOnlySpan<char> token)
    {
        if (token.Length < shortest || (token.Length > longest && IsAscii(token)))
        {
            return -1; // folding never makes a word longer, and leaves ASCII as long as it is
        }

        if (!IsAscii(token))
        {
            return wordIds.TryGetValue(Fold(token), out int folded) ? folded : -1;
        }

        return lookup.TryGetValue(token, out string? word) ? wordIds[word] : -1;
    }

    /// <summary>Distinct query words among the occurrences at or after token <paramref name="from"/>.</summary>
    private static int DistinctWithin(List<(int Start, int End, int Word)> tokens, List<int> occurrences, int from)
    {
        var seen = new HashSet<int>();
        for (int o = occurrences.Count - 1; o >= 0 && occurrences[o] >= from; o--)
        {
            seen.Add(tokens[occurrences[o]].Word);
        }

        return seen.Count;
    }

    /// <summary>Lower case without accents, as the index's tokenizer compares words. Accented Latin
    /// letters map through <see cref="LatinLetters"/> and combining marks are dropped: the build runs
    /// with invariant globalization, where <c>string.Normalize</c> leaves non-ASCII text as it is.</summary>
    internal static string Fold(ReadOnlySpan<char> token)
    {
        var sb = new StringBuilder(token.Length);
        foreach (char c in token)
        {
            char b = LatinLetters.Base(c);
            if (CharUnicodeInfo.GetUnicodeCategory(b) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(b));
            }
        }

        return sb.ToString();
    }


    /// <summary>The words of text[from..to] as (start, end) offsets.</summary>
    internal static IEnumerable<(int Start, int End)> Tokens(string text, int from, int to)
    {
        int i = from;
        while (i < to)
        {
            if (!IsTokenChar(text, i))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < to && IsTokenChar(text, i))
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }

            yield return (start, Math.Min(i, to));
        }
    }

    /// <summary>Letters, numbers, marks and private-use characters make words (unicode61's token
    /// characters, plus the marks its remove_diacritics folds away).</summary>
    private static bool IsTokenChar(string text, int i)
    {
        char c = text[i];
        if (c < 0x80)
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        var category = char.IsSurrogatePair(text, i) ? CharUnicodeInfo.GetUnicodeCategory(text, i) : CharUnicodeInfo.GetUnicodeCategory(text[i]);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.PrivateUse;
    }

    private static bool IsAscii(ReadOnlySpan<char> token)
    {
        foreach (char c in token)
        {
            if (c > 0x7f)
            {
                return false;
            }
        }

        return true;
    }
}
