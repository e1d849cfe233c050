using System.Globalization;
using Newsgraph.Time.Recognition;

namespace Newsgraph.Time.Resolution;

/// <summary>A resolved value: its ISO 8601 (or TIMEX3) text, its granularity and the days it covers.</summary>
internal sealed record ResolvedTime(string Value, TimeUnit Granularity, DateOnly Start, DateOnly End)
{
    public static ResolvedTime Day(DateOnly day) => new(Iso(day), TimeUnit.Day, day, day);

    public static ResolvedTime At(DateOnly day, int hour, int minute, bool utc) =>
        new($"{Iso(day)}T{hour:00}:{minute:00}{(utc ? "Z" : "")}", TimeUnit.Minute, day, day);

    /// <summary>The ISO week holding <paramref name="day"/> ("2019-W46"); the ISO week-year may differ from the calendar year.</summary>
    public static ResolvedTime Week(DateOnly day)
    {
        var dt = day.ToDateTime(TimeOnly.MinValue);
        int year = ISOWeek.GetYear(dt);
        int week = ISOWeek.GetWeekOfYear(dt);
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return new($"{year:0000}-W{week:00}", TimeUnit.Week, monday, monday.AddDays(6));
    }

    /// <summary>The weekend (Saturday and Sunday) of the ISO week holding <paramref name="day"/>: "2008-W42-WE".</summary>
    public static ResolvedTime Weekend(DateOnly day)
    {
        var week = Week(day);
        return new(week.Value + "-WE", TimeUnit.Weekend, week.Start.AddDays(5), week.Start.AddDays(6));
    }

    public static ResolvedTime Month(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return new($"{year:0000}-{month:00}", TimeUnit.Month, first, first.AddMonths(1).AddDays(-1));
    }

    public static ResolvedTime Quarter(int year, int quarter)
    {
        var first = new DateOnly(year, (3 * (quarter - 1)) + 1, 1);
        return new($"{year:0000}-Q{quarter}", TimeUnit.Quarter, first, first.AddMonths(3).AddDays(-1));
    }

    public static ResolvedTime Half(int year, int half)
    {
        var first = new DateOnly(year, half == 1 ? 1 : 7, 1);
        return new($"{year:0000}-H{half}", TimeUnit.Half, first, first.AddMonths(6).AddDays(-1));
    }

    public static ResolvedTime Season(int year, string code)
    {
        var first = new DateOnly(year, Lexicon.Seasons.FirstMonth(code), 1);
        return new($"{year:0000}-{code}", TimeUnit.Season, first, first.AddMonths(3).AddDays(-1));
    }

    public static ResolvedTime Year(int year) =>
        new($"{year:0000}", TimeUnit.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>A decade as its first three digits ("199" for the 1990s), the ISO 8601 reduced form.</summary>
    public static ResolvedTime Decade(int decade) =>
        new($"{decade:000}", TimeUnit.Decade, new DateOnly(decade * 10, 1, 1), new DateOnly((decade * 10) + 9, 12, 31));

    /// <summary>A range from one value to another, written as an ISO 8601 interval "start/end".</summary>
    public static ResolvedTime Between(ResolvedTime from, ResolvedTime to) =>
        new($"{from.Value}/{to.Value}", from.Granularity, from.Start, to.End);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
