using Newsgraph.Core.Documents;
using Newsgraph.Time.Lexicon;

namespace Newsgraph.Time.Recognition;

/// <summary>Years ("2016", "’82"), decades ("the 1990s", "the ’90s", "the 1990's") and "mid-2011".</summary>
internal static class YearPatterns
{
    public static Match? At(TokenView v, int i)
    {
        if (!v.Has(i))
        {
            return null;
        }

        var s = v.At(i);
        if (v.Kind(i) == TokenKind.Word && s.StartsWith("mid-", StringComparison.OrdinalIgnoreCase))
        {
            return MidToken(v, i, s[4..]);
        }

        if (v.Kind(i) != TokenKind.Number)
        {
            return null;
        }

        if (NumberTokens.TryDecade(s, out int decade, out bool twoDigit))
        {
            // "90s" without an apostrophe or "the" could be temperatures or ages ("in their 90s").
            if (twoDigit && s[0] is not ('\'' or '’') && !v.Is(i - 1, "the") && !v.Is(i - 1, "early") && !v.Is(i - 1, "late") && !v.Is(i - 1, "mid"))
            {
                return null;
            }

            return new Match(i, i + 1, new Mention(MentionKind.Calendar) { Decade = decade, TwoDigitYear = twoDigit });
        }

        if (NumberTokens.TryApostropheYear(s, out int yy))
        {
            return new Match(i, i + 1, new Mention(MentionKind.Calendar) { Year = yy, TwoDigitYear = true });
        }

        if (!NumberTokens.TryYear(s, out int year) || !IsYearInContext(v, i, year))
        {
            return null;
        }

        // "the 1990's": a decade written with the possessive clitic.
        if (year % 10 == 0 && v.Has(i + 1) && v.Kind(i + 1) == TokenKind.Clitic && v.Touch(i, i + 1)
            && (v.Is(i - 1, "the") || v.Is(i - 1, "early") || v.Is(i - 1, "late")))
        {
            return new Match(i, i + 2, new Mention(MentionKind.Calendar) { Decade = year / 10 });
        }

        return new Match(i, i + 1, new Mention(MentionKind.Calendar) { Year = year });
    }

    /// <summary>A bare four-digit number is a year unless its neighbours make it a count or a code.</summary>
    public static bool IsYearInContext(TokenView v, int i, int year)
    {
        if (v.IsAny(i - 1, ContextWords.BeforeCount) || v.IsAny(i + 1, ContextWords.AfterCount))
        {
            return false;
        }

        if (v.Has(i + 1) && v.Touch(i, i + 1) && v.Kind(i + 1) is TokenKind.Number or TokenKind.Word)
        {
            return false;
        }

        return year is >= 1900 and <= 2099 || v.IsAny(i - 1, ContextWords.BeforeOldYear);
    }

    private static Match? MidToken(TokenView v, int i, ReadOnlySpan<char> rest)
    {
        Mention? inner = null;
        if (NumberTokens.TryYear(rest, out int year))
        {
            inner = new Mention(MentionKind.Calendar) { Year = year };
        }
        else if (NumberTokens.TryDecade(rest, out int decade, out bool twoDigit))
        {
            inner = new Mention(MentionKind.Calendar) { Decade = decade, TwoDigitYear = twoDigit };
        }
        else if (MonthNames.ByName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(rest, out int month) && rest.Length > 3)
        {
            inner = new Mention(MentionKind.Calendar) { Month = month };
        }

        if (inner is null)
        {
            return null;
        }

        // "mid-2011 2012"? No: a year right after makes "mid-June 2019".
        if (inner.Month is not null && NumberTokens.TryYear(v.At(i + 1), out int y))
        {
            return new Match(i, i + 2, inner with { Year = y, Fuzzy = true });
        }

        return new Match(i, i + 1, inner with { Fuzzy = true });
    }
}
