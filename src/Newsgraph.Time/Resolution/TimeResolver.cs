using Newsgraph.Time.Recognition;

namespace Newsgraph.Time.Resolution;

/// <summary>
/// Turns mentions into values, in text order, for one document. It keeps what the text has talked
/// about so far: the referent (the last resolved time, for "the next year", "that day", "at the
/// time") and the story day (the last recent day mentioned, for "earlier in the day" and for
/// "today" inside a quote). Deictic times count from the anchor (the publication date), or from
/// the story day when they are quoted speech. Without an anchor, anything relative is unresolved.
/// </summary>
internal sealed class TimeResolver(DateOnly? anchor)
{
    private ResolvedTime? referent;
    private DateOnly? storyDay;

    public Resolution Resolve(Mention m, ResolutionContext context)
    {
        Resolution result;
        try
        {
            result = m.Kind switch
            {
                MentionKind.Calendar => Calendar(m, context),
                MentionKind.Weekday => Weekday(m, context),
                MentionKind.Deictic => Deictic(m, context),
                MentionKind.Anaphoric => Anaphoric(m),
                MentionKind.StoryDay => StoryDay(),
                MentionKind.Clock => Clock(m, context),
                MentionKind.Range => Range(m, context),
                _ => Resolution.Unresolved,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            // A date arithmetic step left the calendar (year 0, year 10000): no value.
            result = Resolution.Unresolved;
        }

        if (result.Time is { } time && m.Hour is { } hour && time.Granularity == TimeUnit.Day)
        {
            result = WithClock(result, time.Start, hour, m.Minute ?? 0, m.Utc, m.Midnight);
        }

        if (m.Fuzzy && result.Time is not null && !(m.Kind == MentionKind.Deictic && m.Unit == TimeUnit.Day && !m.Ago))
        {
            result = result with { Approximate = true };
        }

        Remember(result);
        return result;
    }

    private DateOnly? SpeechTime(ResolutionContext context) => context.InQuote && storyDay is { } day ? day : anchor;

    private void Remember(Resolution result)
    {
        if (result.Time is not { } time)
        {
            return;
        }

        referent = time;
        if (time.Granularity is TimeUnit.Day or TimeUnit.Minute && anchor is { } a
            && time.Start <= a && time.Start >= a.AddDays(-ResolutionRules.StoryDayWindow))
        {
            storyDay = time.Start;
        }
    }

    private Resolution Calendar(Mention m, ResolutionContext context)
    {
        if (m.Decade is { } decade)
        {
            return new(ResolvedTime.Decade(m.TwoDigitYear ? Century(decade, 10) / 10 : decade), m.TwoDigitYear && anchor is null);
        }

        var speech = SpeechTime(context);
        int? year = m.Year is { } y ? (m.TwoDigitYear ? Century(y, 1) : y) : null;
        if (year is null && m.Shift is { } yearShift && m.Unit == TimeUnit.Year && speech is { } s0)
        {
            year = s0.Year + yearShift;
        }

        if (year is { } known)
        {
            return new(Explicit(m, known), false);
        }

        if (speech is not { } speechDay)
        {
            return Resolution.Unresolved;
        }

        // Four years either way, so that Feb. 29 finds its leap year in either direction.
        var candidates = new List<ResolvedTime>(9);
        for (int cy = speechDay.Year - 4; cy <= speechDay.Year + 4; cy++)
        {
            if (Explicit(m, cy) is { } c && (m.Day is null || m.Weekday is null || c.Start.DayOfWeek == m.Weekday))
            {
                candidates.Add(c);
            }
        }

        if (candidates.Count == 0)
        {
            // A weekday that fits none of the years near the anchor ("Monday, Feb. 30"): take the date, not the weekday.
            return m.Weekday is not null ? Calendar(m with { Weekday = null }, context) : Resolution.Unresolved;
        }

        var chosen = m.Shift is { } shift ? Shifted(candidates, speechDay, shift) : ByTense(candidates, speechDay, context.Tense, m.Day is null);
        return chosen is null ? Resolution.Unresolved : new(chosen, true);
    }

    /// <summary>The mention's fields with <paramref name="year"/> filled in; null when the date does not exist (Feb. 29, 2019).</summary>
    private static ResolvedTime? Explicit(Mention m, int year)
    {
        if (year is < 1 or > 9998)
        {
            return null;
        }

        if (m.Quarter is { } q)
        {
            return ResolvedTime.Quarter(year, q);
        }

        if (m.Half is { } h)
        {
            return ResolvedTime.Half(year, h);
        }

        if (m.Season is { } season)
        {
            return ResolvedTime.Season(year, season);
        }

        if (m.Month is { } month)
        {
            if (m.Day is { } day)
            {
                return day <= DateTime.DaysInMonth(year, month) ? ResolvedTime.Day(new DateOnly(year, month, day)) : null;
            }

            return ResolvedTime.Month(year, month);
        }

        return ResolvedTime.Year(year);
    }

    /// <summary>"last September" is the latest before this month; "next spring" the first after now; "this June" the one of this year.</summary>
    private static ResolvedTime? Shifted(List<ResolvedTime> candidates, DateOnly speech, int shift) => shift switch
    {
        < 0 => candidates.LastOrDefault(c => c.End < speech && !(c.Granularity == TimeUnit.Month && c.Start.Year == speech.Year && c.Start.Month == speech.Month)),
        > 0 => candidates.FirstOrDefault(c => c.Start > speech),
        _ => candidates.FirstOrDefault(c => c.Start <= speech && speech <= c.End) ?? candidates.FirstOrDefault(c => c.Start.Year == speech.Year),
    };

    /// <summary>
    /// A date without its year: in a past-tense sentence the latest one at or before the speech
    /// time, in a future one the first at or after it, otherwise the nearest (a whole period
    /// without a day prefers the one under way or just past).
    /// </summary>
    private static ResolvedTime? ByTense(List<ResolvedTime> candidates, DateOnly speech, Tense tense, bool period)
    {
        return tense switch
        {
            Tense.Past => candidates.LastOrDefault(c => c.Start <= speech),
            Tense.Future => candidates.FirstOrDefault(c => c.End >= speech),
            _ => period
                ? candidates.FirstOrDefault(c => c.Start <= speech && speech <= c.End) ?? Nearest(candidates, speech)
                : Nearest(candidates, speech),
        };
    }

    private static ResolvedTime? Nearest(List<ResolvedTime> candidates, DateOnly speech)
    {
        ResolvedTime? best = null;
        int bestDistance = int.MaxValue;
        foreach (var c in candidates)
        {
            int distance = c.End < speech ? speech.DayNumber - c.End.DayNumber : c.Start > speech ? c.Start.DayNumber - speech.DayNumber : 0;

            // Ties go to the past: news mostly reports what happened.
            if (distance < bestDistance || (distance == bestDistance && best is not null && c.Start < best.Start))
            {
                best = c;
                bestDistance = distance;
            }
        }

        return best;
    }

    private Resolution Weekday(Mention m, ResolutionContext context)
    {
        if (SpeechTime(context) is not { } speech || m.Weekday is not { } weekday)
        {
            return Resolution.Unresolved;
        }

        int back = ((int)speech.DayOfWeek - (int)weekday + 7) % 7;
        int forward = (7 - back) % 7;
        DateOnly day;
        bool approximate = false;
        switch (m.Shift)
        {
            case < 0:
                day = speech.AddDays(back == 0 ? -7 : -back);
                break;
            case > 0:
                day = speech.AddDays(forward == 0 ? 7 : forward);
                break;
            case 0:
                day = ResolvedTime.Week(speech).Start.AddDays(((int)weekday + 6) % 7);
                break;
            default:
                switch (context.Tense)
                {
                    case Tense.Past:
                        day = speech.AddDays(-back);
                        break;
                    case Tense.Future:
                        day = speech.AddDays(forward);
                        break;
                    default:
                        day = back <= ResolutionRules.NeutralWeekdayDaysBack ? speech.AddDays(-back) : speech.AddDays(forward);
                        approximate = back != 0;
                        break;
                }

                break;
        }

        return new(ResolvedTime.Day(day), approximate);
    }

    private Resolution Deictic(Mention m, ResolutionContext context)
    {
        if (SpeechTime(context) is not { } speech)
        {
            return Resolution.Unresolved;
        }

        if (m.Ago)
        {
            return m.Unit switch
            {
                TimeUnit.Day => new(ResolvedTime.Day(speech.AddDays(m.Offset)), false),
                TimeUnit.Week => new(ResolvedTime.Day(speech.AddDays(7 * m.Offset)), true),
                TimeUnit.Month => new(ResolvedTime.Month(speech.AddMonths(m.Offset).Year, speech.AddMonths(m.Offset).Month), true),
                TimeUnit.Decade => new(ResolvedTime.Year(speech.Year + (10 * m.Offset)), true),
                _ => new(ResolvedTime.Year(speech.Year + m.Offset), true),
            };
        }

        switch (m.Unit)
        {
            case TimeUnit.Day:
                return new(ResolvedTime.Day(speech.AddDays(m.Offset)), false);
            case TimeUnit.Week:
                return new(ResolvedTime.Week(speech.AddDays(7 * m.Offset)), true);
            case TimeUnit.Weekend:
                return new(Weekend(m, speech, context.Tense), true);
            case TimeUnit.Month:
                var month = speech.AddMonths(m.Offset);
                return new(ResolvedTime.Month(month.Year, month.Month), m.Offset != 0);
            case TimeUnit.Quarter:
                var quarterDay = speech.AddMonths(3 * m.Offset);
                return new(ResolvedTime.Quarter(quarterDay.Year, ((quarterDay.Month - 1) / 3) + 1), true);
            case TimeUnit.Decade:
                return new(ResolvedTime.Decade((speech.Year / 10) + m.Offset), true);
            default:
                return new(ResolvedTime.Year(speech.Year + m.Offset), false);
        }
    }

    /// <summary>"this weekend", "last weekend", or "the weekend": the one just past in a past-tense sentence, else the coming one.</summary>
    private static ResolvedTime Weekend(Mention m, DateOnly speech, Tense tense)
    {
        if (!m.ByTense)
        {
            return ResolvedTime.Weekend(speech.AddDays(7 * m.Offset));
        }

        var thisWeekend = ResolvedTime.Weekend(speech);
        bool past = tense == Tense.Past || (tense == Tense.Neutral && speech.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Tuesday or DayOfWeek.Wednesday);
        if (speech >= thisWeekend.Start)
        {
            return thisWeekend;
        }

        return past ? ResolvedTime.Weekend(speech.AddDays(-7)) : thisWeekend;
    }

    private Resolution Anaphoric(Mention m)
    {
        if (referent is not { } r)
        {
            return Resolution.Unresolved;
        }

        if (m.SameAsReferent)
        {
            return new(r with { Value = r.Value.Split('/')[0] }, true);
        }

        var day = r.Start;
        ResolvedTime? value = m.Unit switch
        {
            TimeUnit.Day when r.Granularity is TimeUnit.Day or TimeUnit.Minute => ResolvedTime.Day(day.AddDays(m.Offset)),
            TimeUnit.Week when r.Granularity <= TimeUnit.Week => ResolvedTime.Week(day.AddDays(7 * m.Offset)),
            TimeUnit.Weekend when r.Granularity <= TimeUnit.Weekend => ResolvedTime.Weekend(day.AddDays(7 * m.Offset)),
            TimeUnit.Month when r.Granularity <= TimeUnit.Month => ResolvedTime.Month(day.AddMonths(m.Offset).Year, day.AddMonths(m.Offset).Month),
            TimeUnit.Year when r.Granularity <= TimeUnit.Year => ResolvedTime.Year(day.Year + m.Offset),
            TimeUnit.Decade => ResolvedTime.Decade((day.Year / 10) + m.Offset),
            _ => null,
        };
        return value is null ? Resolution.Unresolved : new(value, true);
    }

    private Resolution StoryDay() =>
        storyDay is { } day ? new(ResolvedTime.Day(day), true) : anchor is { } a ? new(ResolvedTime.Day(a), true) : Resolution.Unresolved;

    private Resolution Clock(Mention m, ResolutionContext context)
    {
        bool exact = context.NeighbourDay is not null;
        DateOnly? day = context.NeighbourDay?.Start ?? storyDay ?? anchor;
        if (day is not { } d)
        {
            return Resolution.Unresolved;
        }

        return WithClock(new(ResolvedTime.Day(d), !exact), d, m.Hour ?? 0, m.Minute ?? 0, m.Utc, m.Midnight);
    }

    private static Resolution WithClock(Resolution dayResolution, DateOnly day, int hour, int minute, bool utc, bool midnight) =>
        dayResolution with { Time = ResolvedTime.At(midnight ? day.AddDays(1) : day, hour, minute, utc) };

    private Resolution Range(Mention m, ResolutionContext context)
    {
        if (m.From is not { } fromMention || m.To is not { } toMention)
        {
            return Resolution.Unresolved;
        }

        // "September and October of 2007": the first end takes the year the second one gives.
        if (fromMention.Kind == MentionKind.Calendar && fromMention.Year is null && toMention.Year is { } toYear && fromMention.Month is { } fm)
        {
            fromMention = fromMention with { Year = fm > (toMention.Month ?? fm) ? toYear - 1 : toYear, TwoDigitYear = toMention.TwoDigitYear };
        }

        var from = Resolve(fromMention, context);
        if (from.Time is not { } f)
        {
            return Resolution.Unresolved;
        }

        // The second end takes the year the first one got ("September 10–13" in the right year).
        var toFilled = toMention.Kind == MentionKind.Calendar && toMention.Year is null && fromMention.Year is null && toMention.Month is { } tm
            ? toMention with { Year = tm < (fromMention.Month ?? tm) ? f.Start.Year + 1 : f.Start.Year }
            : toMention;
        var to = Resolve(toFilled, context);
        if (to.Time is not { } t)
        {
            return Resolution.Unresolved;
        }

        if (t.End < f.Start && toMention.Kind == MentionKind.Weekday)
        {
            t = ResolvedTime.Day(t.Start.AddDays(7));
        }

        return t.End < f.Start ? Resolution.Unresolved : new(ResolvedTime.Between(f, t), from.Approximate || to.Approximate);
    }

    /// <summary>A two-digit year or decade in the century that keeps it at most a year past the anchor ("’82" → 1982, "’09" → 2009).</summary>
    private int Century(int twoDigits, int step)
    {
        int limit = (anchor?.Year ?? 2000) + ResolutionRules.TwoDigitYearLookahead;
        int modern = 2000 + twoDigits;
        return modern <= limit + (step == 10 ? 9 : 0) ? modern : 1900 + twoDigits;
    }
}
