using Newsgraph.Time.Lexicon;

namespace Newsgraph.Time.Recognition;

/// <summary>
/// Quarters, halves and seasons: "the third quarter of 2009", "Q3", "third-quarter", "the last
/// quarter", "the first half of the year", "spring", "the summer of 2019", "Autumn".
/// </summary>
internal static class PeriodPatterns
{
    public static Match? At(TokenView v, int i) => Quarter(v, i) ?? Season(v, i);

    private static Match? Quarter(TokenView v, int i)
    {
        if (!v.IsWord(i))
        {
            return null;
        }

        var s = v.At(i);
        if (s.Length == 2 && (s[0] is 'Q' or 'q') && s[1] is >= '1' and <= '4')
        {
            return WithYear(v, i, i + 1, new Mention(MentionKind.Calendar) { Quarter = s[1] - '0' }, allowBare: true);
        }

        // "third-quarter" as one hyphenated word, before a noun ("third-quarter profit").
        int dash = s.IndexOf('-');
        if (dash > 0 && s[(dash + 1)..].Equals("quarter", StringComparison.OrdinalIgnoreCase)
            && NumberWords.Ordinals.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(s[..dash], out int q))
        {
            return WithYear(v, i, i + 1, new Mention(MentionKind.Calendar) { Quarter = q }, allowBare: true);
        }

        int k = v.Is(i, "the") ? i + 1 : i;
        if (k == i && !v.TryGet(i, NumberWords.Ordinals, out _))
        {
            return null;
        }

        if (v.Is(k, "last") && v.Is(k + 1, "quarter") && k > i && !v.Is(k + 2, "of"))
        {
            return new Match(i, k + 2, new Mention(MentionKind.Deictic) { Unit = TimeUnit.Quarter, Offset = -1 });
        }

        if (!v.TryGet(k, NumberWords.Ordinals, out int n))
        {
            return null;
        }

        if (v.Is(k + 1, "quarter") && !v.Is(k + 2, "-"))
        {
            return WithYear(v, i, k + 2, new Mention(MentionKind.Calendar) { Quarter = n }, allowBare: k > i);
        }

        if (v.Is(k + 1, "half") && n <= 2 && v.Is(k + 2, "of"))
        {
            return WithYear(v, i, k + 2, new Mention(MentionKind.Calendar) { Half = n }, allowBare: false);
        }

        return null;
    }

    private static Match? Season(TokenView v, int i)
    {
        if (!v.IsWord(i) || !v.TryGet(i, Seasons.Codes, out string? code))
        {
            return null;
        }

        bool fall = v.Is(i, "fall");
        var mention = new Mention(MentionKind.Calendar) { Season = code };
        if (NumberTokens.TryYear(v.At(i + 1), out int year))
        {
            return new Match(i, i + 2, mention with { Year = year });
        }

        bool the = v.Is(i - 1, "the");
        if (the && v.Is(i + 1, "of") && NumberTokens.TryYear(v.At(i + 2), out year))
        {
            return new Match(i - 1, i + 3, mention with { Year = year });
        }

        // Alone, a season needs a time preposition or modifier; "fall" (a verb, a noun) needs "in the"/"this"/"last".
        bool cue = the ? v.Is(i - 2, "in") || v.Is(i - 2, "during") || v.Is(i - 2, "by") || v.Is(i - 2, "until") || v.Is(i - 2, "over")
            : !fall && (v.Is(i - 1, "in") || v.Is(i - 1, "during") || v.Is(i - 1, "early") || v.Is(i - 1, "late") || v.Is(i - 1, "mid") || v.Is(i - 1, "until") || v.Is(i - 1, "by") || v.Is(i - 1, "since"));
        if (!cue || v.Is(i + 1, "of") || (v.IsWord(i + 1) && !v.Is(i + 1, "and") && !v.IsCapitalised(i + 1) && !v.Is(i + 1, "when")))
        {
            return null;
        }

        return new Match(the ? i - 1 : i, i + 1, mention with { ByTense = true });
    }

    /// <summary>"… of 2009", "… 2009", "… of this/last/next year", "… of the year".</summary>
    private static Match? WithYear(TokenView v, int start, int k, Mention mention, bool allowBare)
    {
        if (NumberTokens.TryYear(v.At(k), out int year))
        {
            return new Match(start, k + 1, mention with { Year = year });
        }

        if (v.Is(k, "of") && NumberTokens.TryYear(v.At(k + 1), out year))
        {
            return new Match(start, k + 2, mention with { Year = year });
        }

        if (v.Is(k, "of") && v.TryGet(k + 1, RelativeWords.Deictic, out int shift) && v.Is(k + 2, "year"))
        {
            return new Match(start, k + 3, mention with { Shift = shift, Unit = TimeUnit.Year });
        }

        if (v.Is(k, "of") && v.Is(k + 1, "the") && v.Is(k + 2, "year"))
        {
            return new Match(start, k + 3, mention with { Shift = 0, Unit = TimeUnit.Year });
        }

        return allowBare ? new Match(start, k, mention with { ByTense = true }) : null;
    }
}
