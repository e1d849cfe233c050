using Newsgraph.Time.Lexicon;

namespace Newsgraph.Time.Recognition;

/// <summary>
/// Times relative to now or to the time just talked about: "today", "last night", "this morning",
/// "last week", "next year", "earlier this month", "two weeks ago", "the next year", "a month
/// earlier", "that day", "at the time", "earlier in the day", "in the morning", "last September",
/// "this spring".
/// </summary>
internal static class RelativePatterns
{
    public static Match? At(TokenView v, int i)
    {
        if (!v.IsWord(i))
        {
            return null;
        }

        return DayWord(v, i) ?? EarlierLater(v, i) ?? DeicticShift(v, i) ?? CountAgo(v, i) ?? TheAnaphoric(v, i) ?? ThatAnaphoric(v, i) ?? InThePartOfDay(v, i);
    }

    /// <summary>"today", "tonight", "yesterday morning", "tomorrow night".</summary>
    private static Match? DayWord(TokenView v, int i)
    {
        if (!v.TryGet(i, RelativeWords.DayWords, out int offset))
        {
            return null;
        }

        int end = v.IsAny(i + 1, PartsOfDay.Names) && offset != 0 ? i + 2 : i + 1;
        return new Match(i, end, new Mention(MentionKind.Deictic) { Unit = TimeUnit.Day, Offset = offset });
    }

    /// <summary>"earlier this year", "later today", "earlier in the day", "later that evening".</summary>
    private static Match? EarlierLater(TokenView v, int i)
    {
        if (!v.Is(i, "earlier") && !v.Is(i, "later") && !v.Is(i, "late"))
        {
            return null;
        }

        if (v.Is(i + 1, "in") && v.Is(i + 2, "the") && v.Is(i + 3, "day"))
        {
            return new Match(i, i + 4, new Mention(MentionKind.StoryDay) { Fuzzy = true });
        }

        if (v.Is(i, "late"))
        {
            return null;
        }

        if (DayWord(v, i + 1) is { } day)
        {
            return new Match(i, day.EndToken, day.Mention);
        }

        if (v.Is(i + 1, "this") && DeicticShift(v, i + 1) is { } thisOne)
        {
            return new Match(i, thisOne.EndToken, thisOne.Mention with { Fuzzy = true });
        }

        if (v.Is(i + 1, "that") && ThatAnaphoric(v, i + 1) is { } thatOne)
        {
            return new Match(i, thatOne.EndToken, thatOne.Mention with { Fuzzy = true });
        }

        return null;
    }

    /// <summary>"last week", "this month", "next year", "this weekend", "last quarter", "last night", "this morning", "next Monday", "last September", "this spring".</summary>
    public static Match? DeicticShift(TokenView v, int i)
    {
        if (!v.TryGet(i, RelativeWords.Deictic, out int shift) || v.Is(i - 1, "the") || v.Is(i - 1, "a"))
        {
            return null;
        }

        int k = i + 1;
        if (v.Is(i, "this") && (v.Is(k, "past") || v.Is(k, "coming")))
        {
            shift = v.Is(k, "past") ? -1 : 1;
            k++;
        }

        if (v.IsAny(k, PartsOfDay.Names))
        {
            // "last night" is the night before; "this morning" today; "next morning" is anaphoric, not here.
            return shift == 1 ? null : new Match(i, k + 1, new Mention(MentionKind.Deictic) { Unit = TimeUnit.Day, Offset = shift == -1 ? -1 : 0 });
        }

        if (v.TryGet(k, TimeUnits.ByName, out TimeUnit unit) && !v.At(k).EndsWith("s", StringComparison.OrdinalIgnoreCase) && unit != TimeUnit.Day && unit != TimeUnit.Decade)
        {
            return new Match(i, k + 1, new Mention(MentionKind.Deictic) { Unit = unit, Offset = shift });
        }

        if (v.IsCapitalised(k) && v.TryGet(k, WeekdayNames.Full, out DayOfWeek weekday))
        {
            int end = v.IsAny(k + 1, PartsOfDay.Names) ? k + 2 : k + 1;
            return new Match(i, end, new Mention(MentionKind.Weekday) { Weekday = weekday, Shift = shift });
        }

        if (DatePatterns.IsMonth(v, k) && v.TryGet(k, MonthNames.ByName, out int month) && !NumberTokens.TryDay(v.At(k + 1), out _))
        {
            return new Match(i, k + 1, new Mention(MentionKind.Calendar) { Month = month, Shift = shift });
        }

        if (v.TryGet(k, Seasons.Codes, out string? season))
        {
            return new Match(i, k + 1, new Mention(MentionKind.Calendar) { Season = season, Shift = shift });
        }

        return null;
    }

    /// <summary>"two weeks ago", "a year earlier", "about a month earlier", "three days later", "one month after".</summary>
    private static Match? CountAgo(TokenView v, int i)
    {
        if (!NumberWords.TryCount(v.At(i), out int count) || !v.TryGet(i + 1, TimeUnits.ByName, out TimeUnit unit)
            || unit is TimeUnit.Weekend or TimeUnit.Quarter)
        {
            return null;
        }

        int k = i + 2;
        if (v.Is(k, "ago"))
        {
            return new Match(i, k + 1, new Mention(MentionKind.Deictic) { Unit = unit, Offset = -count, Ago = true, Fuzzy = unit != TimeUnit.Day });
        }

        if (v.TryGet(k, RelativeWords.AfterCount, out int direction))
        {
            // "a day after the Taliban swapped …" is relative to an event whose time the text does
            // not give here: the referent is a guess, so the value is approximate.
            return new Match(i, k + 1, new Mention(MentionKind.Anaphoric) { Unit = unit, Offset = direction * count, Fuzzy = true });
        }

        return null;
    }

    /// <summary>"the next year", "the previous day", "the following week", "the same day", "the day before", "the time" (after "at").</summary>
    private static Match? TheAnaphoric(TokenView v, int i)
    {
        if (!v.Is(i, "the"))
        {
            return null;
        }

        if (v.TryGet(i + 1, RelativeWords.Anaphoric, out int shift) && v.TryGet(i + 2, TimeUnits.ByName, out TimeUnit unit) && IsSingular(v, i + 2))
        {
            return new Match(i, i + 3, new Mention(MentionKind.Anaphoric) { Unit = unit, Offset = shift });
        }

        if (v.Is(i + 1, "same") && v.TryGet(i + 2, TimeUnits.ByName, out unit) && IsSingular(v, i + 2) && !v.Is(i + 3, "of"))
        {
            return new Match(i, i + 3, new Mention(MentionKind.Anaphoric) { Unit = unit });
        }

        if (v.Is(i + 1, "same") && v.Is(i + 2, "time") && !v.Is(i + 3, "of"))
        {
            return new Match(i, i + 3, new Mention(MentionKind.Anaphoric) { SameAsReferent = true });
        }

        if (v.TryGet(i + 1, TimeUnits.ByName, out unit) && IsSingular(v, i + 1) && (v.Is(i + 2, "before") || v.Is(i + 2, "after"))
            && !v.IsWord(i + 3) && unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year)
        {
            return new Match(i, i + 3, new Mention(MentionKind.Anaphoric) { Unit = unit, Offset = v.Is(i + 2, "before") ? -1 : 1 });
        }

        if (v.Is(i + 1, "weekend") && !v.Is(i + 2, "of") && !v.Is(i + 2, "'s") && !v.Is(i + 2, "’s"))
        {
            return new Match(i, i + 2, new Mention(MentionKind.Deictic) { Unit = TimeUnit.Weekend, ByTense = true });
        }

        if (v.Is(i - 1, "at") && v.Is(i + 1, "time") && !v.Is(i + 2, "of") && !v.Is(i + 2, "when") && !v.Is(i + 2, "being"))
        {
            return new Match(i, i + 2, new Mention(MentionKind.Anaphoric) { SameAsReferent = true });
        }

        return null;
    }

    /// <summary>"that day", "that same time", "that evening", "that year".</summary>
    private static Match? ThatAnaphoric(TokenView v, int i)
    {
        if (!v.Is(i, "that"))
        {
            return null;
        }

        bool same = v.Is(i + 1, "same");
        int k = same ? i + 2 : i + 1;
        if (v.Is(k, "time") && !v.Is(k + 1, "of") && (same || v.IsAny(i - 1, ContextWords.BeforeClock)))
        {
            return new Match(i, k + 1, new Mention(MentionKind.Anaphoric) { SameAsReferent = true });
        }

        if (v.IsAny(k, PartsOfDay.Names))
        {
            return new Match(i, k + 1, new Mention(MentionKind.Anaphoric) { Unit = TimeUnit.Day });
        }

        if (v.TryGet(k, TimeUnits.ByName, out TimeUnit unit) && IsSingular(v, k) && unit is not TimeUnit.Quarter and not TimeUnit.Decade)
        {
            return new Match(i, k + 1, new Mention(MentionKind.Anaphoric) { Unit = unit });
        }

        return null;
    }

    /// <summary>"(in) the morning", "(during) the afternoon": the report's current day.</summary>
    private static Match? InThePartOfDay(TokenView v, int i)
    {
        // "shares closed up 2% for the day", "the worst index of the day": the trading day reported on.
        if (v.Is(i, "the") && v.Is(i + 1, "day") && v.IsAny(i - 1, DayOfReport) && !v.IsWord(i + 2))
        {
            return new Match(i, i + 2, new Mention(MentionKind.StoryDay));
        }

        if (v.Is(i, "the") && (v.Is(i - 1, "in") || v.Is(i - 1, "during")) && v.IsAny(i + 1, PartsOfDay.Names) && !v.Is(i + 2, "of")
            && !v.Is(i + 1, "overnight"))
        {
            return new Match(i, i + 2, new Mention(MentionKind.StoryDay));
        }

        return null;
    }

    /// <summary>Prepositions that make "the day" the day reported on ("for the day", "on the day").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> DayOfReport =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["for", "on", "during", "of"], StringComparer.OrdinalIgnoreCase);

    private static bool IsSingular(TokenView v, int i) => !v.At(i).EndsWith("s", StringComparison.OrdinalIgnoreCase);
}
