using Newsgraph.Core.Documents;
using Newsgraph.Time.Lexicon;

namespace Newsgraph.Time.Recognition;

/// <summary>
/// Dates built on a month name: "Saturday, May 18", "Sept. 30", "September 11, 2001", "18 May 2019",
/// "the 18th of May", "September 10–13", "Sept. 10 to 13", "August 2016", "July"; and numeric
/// dates "2019-11-19", "11/19/2019".
/// </summary>
internal static class DatePatterns
{
    public static Match? At(TokenView v, int i)
    {
        if (Numeric(v, i) is { } numeric)
        {
            return numeric;
        }

        int j = i;
        DayOfWeek? weekday = null;
        if (v.IsCapitalised(i) && (v.TryGet(i, WeekdayNames.Full, out var wd) || (v.Kind(i) == TokenKind.Abbreviation && v.TryGet(i, WeekdayNames.Short, out wd))))
        {
            int k = v.IsPunctuation(i + 1, ',') ? i + 2 : i + 1;
            if (IsMonth(v, k) || (NumberTokens.TryDay(v.At(k), out _) && IsMonth(v, v.Is(k + 1, "of") ? k + 2 : k + 1)))
            {
                weekday = wd;
                j = k;
            }
        }

        return MonthFirst(v, i, j, weekday) ?? DayFirst(v, i, j, weekday);
    }

    /// <summary>A capitalised month name or abbreviation at <paramref name="i"/>.</summary>
    public static bool IsMonth(TokenView v, int i) => v.IsWord(i) && v.IsCapitalised(i) && v.TryGet(i, MonthNames.ByName, out _);

    private static Match? MonthFirst(TokenView v, int start, int j, DayOfWeek? weekday)
    {
        if (!IsMonth(v, j))
        {
            return null;
        }

        v.TryGet(j, MonthNames.ByName, out int month);
        int k = j + 1;
        var next = v.At(k);
        if (v.Kind(j) != TokenKind.Abbreviation && v.IsPunctuation(k, '.') && v.Touch(j, k))
        {
            k++;
            next = v.At(k);
        }

        if (v.Has(k) && v.Kind(k) == TokenKind.Number)
        {
            if (NumberTokens.TryDayRange(next, out int first, out int last))
            {
                var (year, end) = OptionalYear(v, k + 1);
                return Range(start, end, year, month, first, month, last);
            }

            if (NumberTokens.TryDay(next, out int day))
            {
                int after = k + 1;
                if (v.IsAny(after, ContextWords.RangeJoiners))
                {
                    if (NumberTokens.TryDay(v.At(after + 1), out int lastDay) && lastDay > day && !IsMonth(v, after + 2))
                    {
                        var (y, e) = OptionalYear(v, after + 2);
                        return Range(start, e, y, month, day, month, lastDay);
                    }

                    if (IsMonth(v, after + 1) && NumberTokens.TryDay(v.At(after + 2), out int toDay))
                    {
                        v.TryGet(after + 1, MonthNames.ByName, out int toMonth);
                        var (y, e) = OptionalYear(v, after + 3);
                        return Range(start, e, y, month, day, toMonth, toDay);
                    }
                }

                var (year, end) = OptionalYear(v, after);
                return new Match(start, end, new Mention(MentionKind.Calendar) { Year = year, Month = month, Day = day, Weekday = weekday });
            }

            if (weekday is null && NumberTokens.TryYear(next, out int onlyYear))
            {
                return new Match(start, k + 1, new Mention(MentionKind.Calendar) { Year = onlyYear, Month = month });
            }
        }

        if (weekday is not null)
        {
            return null;
        }

        if ((v.IsPunctuation(k, ',') || v.Is(k, "of")) && NumberTokens.TryYear(v.At(k + 1), out int ofYear))
        {
            return new Match(start, k + 2, new Mention(MentionKind.Calendar) { Year = ofYear, Month = month });
        }

        // "October of next year", "September last year".
        int of = v.Is(k, "of") ? k + 1 : k;
        if (v.TryGet(of, RelativeWords.Deictic, out int yearShift) && v.Is(of + 1, "year") && !v.Is(of, "coming"))
        {
            return new Match(start, of + 2, new Mention(MentionKind.Calendar) { Month = month, Shift = yearShift, Unit = TimeUnit.Year });
        }

        return MonthAlone(v, j, month) ? new Match(start, j + 1, new Mention(MentionKind.Calendar) { Month = month }) : null;
    }

    /// <summary>
    /// A month name alone is a month only when it cannot be a word or a name: a short form needs
    /// its period and a preposition; an ambiguous name ("May", "March", "June") needs a time
    /// preposition before it and no capitalised word on either side (Theresa May, April Ryan).
    /// </summary>
    private static bool MonthAlone(TokenView v, int j, int month)
    {
        var word = TokenView.TrimPeriod(v.At(j));
        bool shortForm = MonthNames.ShortOnly.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
        bool ambiguous = MonthNames.Ambiguous.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || shortForm;
        bool prepositionBefore = v.IsAny(j - 1, ContextWords.BeforeMonth) && !v.IsCapitalised(j - 1);
        if (v.IsAny(j - 1, ContextWords.Recurring))
        {
            return false;
        }

        if (ambiguous)
        {
            return prepositionBefore && !(v.IsWord(j + 1) && v.IsCapitalised(j + 1) && !v.Touch(j, j + 1));
        }

        // Capitalised at a sentence start, a full month name is still a month ("September saw …").
        return !(v.IsWord(j - 1) && v.IsCapitalised(j - 1) && !v.IsAny(j - 1, ContextWords.BeforeMonth) && month > 0);
    }

    private static Match? DayFirst(TokenView v, int start, int j, DayOfWeek? weekday)
    {
        int k = j;
        if (v.Is(k, "the") && weekday is null)
        {
            k++;
        }

        if (!v.Has(k) || v.Kind(k) != TokenKind.Number)
        {
            return null;
        }

        bool range = NumberTokens.TryDayRange(v.At(k), out int first, out int last);
        if (!range && !NumberTokens.TryDay(v.At(k), out first))
        {
            return null;
        }

        int m = v.Is(k + 1, "of") ? k + 2 : k + 1;
        if (!IsMonth(v, m) || (k > j && m == k + 1))
        {
            return null;
        }

        v.TryGet(m, MonthNames.ByName, out int month);
        var (year, end) = OptionalYear(v, m + 1);
        return range
            ? Range(start, end, year, month, first, month, last)
            : new Match(start, end, new Mention(MentionKind.Calendar) { Year = year, Month = month, Day = first, Weekday = weekday });
    }

    /// <summary>", 2019" or " 2019" after a date: the year and where the expression ends.</summary>
    private static (int? Year, int End) OptionalYear(TokenView v, int k)
    {
        if (NumberTokens.TryYear(v.At(k), out int year))
        {
            return (year, k + 1);
        }

        if (v.IsPunctuation(k, ',') && NumberTokens.TryYear(v.At(k + 1), out year))
        {
            return (year, k + 2);
        }

        return (null, k);
    }

    private static Match Range(int start, int end, int? year, int fromMonth, int fromDay, int toMonth, int toDay) =>
        new(start, end, new Mention(MentionKind.Range)
        {
            From = new Mention(MentionKind.Calendar) { Year = year, Month = fromMonth, Day = fromDay },
            To = new Mention(MentionKind.Calendar) { Year = year, Month = toMonth, Day = toDay },
        });

    /// <summary>"2019-11-19", "2019/11/19", "11/19/2019" (US order unless the first number is over 12).</summary>
    private static Match? Numeric(TokenView v, int i)
    {
        if (!v.Has(i) || v.Kind(i) != TokenKind.Number)
        {
            return null;
        }

        var s = v.At(i);
        if (s.Length is < 8 or > 10)
        {
            return null;
        }

        char sep = s.Contains('-') ? '-' : s.Contains('/') ? '/' : '\0';
        if (sep == '\0')
        {
            return null;
        }

        Span<Range> parts = stackalloc Range[4];
        if (s.Split(parts, sep) != 3)
        {
            return null;
        }

        var a = s[parts[0]];
        var b = s[parts[1]];
        var c = s[parts[2]];
        if (NumberTokens.CountDigits(a) != a.Length || NumberTokens.CountDigits(b) != b.Length || NumberTokens.CountDigits(c) != c.Length
            || a.Length == 0 || b.Length == 0 || c.Length == 0)
        {
            return null;
        }

        int x = int.Parse(a, System.Globalization.CultureInfo.InvariantCulture);
        int y = int.Parse(b, System.Globalization.CultureInfo.InvariantCulture);
        int z = int.Parse(c, System.Globalization.CultureInfo.InvariantCulture);
        int year, month, day;
        if (a.Length == 4)
        {
            (year, month, day) = (x, y, z);
        }
        else if (c.Length == 4 && sep == '/')
        {
            (year, month, day) = x > 12 ? (z, y, x) : (z, x, y);
        }
        else
        {
            return null;
        }

        if (year is < 1000 or > 2999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new Match(i, i + 1, new Mention(MentionKind.Calendar) { Year = year, Month = month, Day = day });
    }
}
