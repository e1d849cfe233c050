using System.Collections.Frozen;

namespace Newsgraph.Time.Lexicon;

/// <summary>Weekday names, full and abbreviated, lower case → day.</summary>
internal static class WeekdayNames
{
    public static readonly FrozenDictionary<string, DayOfWeek> Full = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviations, accepted only directly before a month-day date ("Sat., May 18").</summary>
    public static readonly FrozenDictionary<string, DayOfWeek> Short = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["mon"] = DayOfWeek.Monday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday, ["wed"] = DayOfWeek.Wednesday,
        ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday, ["fri"] = DayOfWeek.Friday,
        ["sat"] = DayOfWeek.Saturday, ["sun"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words that turn a weekday into the name of a day in history or the calendar ("Black Monday",
    /// "Good Friday", "Super Tuesday"): those are not this week's weekday, so they are left out
    /// rather than resolved wrongly.
    /// </summary>
    public static readonly FrozenSet<string> NamedDayPrefixes =
        new[] { "black", "cyber", "super", "good", "easter", "ash", "holy", "maundy", "bloody", "blue", "shrove", "palm", "whit", "giving", "small" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
