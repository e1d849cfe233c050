using System.Collections.Frozen;

namespace Newsgraph.Time.Lexicon;

/// <summary>Words around a candidate that decide whether it is a time expression at all.</summary>
internal static class ContextWords
{
    /// <summary>
    /// Before an ambiguous month name alone ("in May", "the end of March"), these make it a month;
    /// without one, "May" is the modal verb or a name and "March" a walk.
    /// </summary>
    public static readonly FrozenSet<string> BeforeMonth =
        new[] { "in", "since", "until", "till", "by", "during", "through", "throughout", "from", "before", "after", "early", "late", "mid", "last", "next", "this", "of", "between", "and", "to", "or", "on", "until", "that", "each", "every" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Before a four-digit number, these make it a count ("about 2000 people", "more than 1500"),
    /// not a year. News style writes counts of 1,000 and more with a comma, so bare four-digit
    /// numbers are years unless one of these says otherwise.
    /// </summary>
    public static readonly FrozenSet<string> BeforeCount =
        new[] { "about", "around", "some", "nearly", "almost", "than", "approximately", "roughly", "over", "under", "only", "just", "least", "most", "to", "no.", "#", "number", "room", "flight", "route", "page", "pages", "$", "€", "£", "us$", "rs", "rs." }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>After a four-digit number, these make it a quantity, not a year.</summary>
    public static readonly FrozenSet<string> AfterCount =
        new[] { "%", "percent", "per", "people", "troops", "soldiers", "members", "employees", "workers", "jobs", "votes", "points", "km", "miles", "feet", "metres", "meters", "tons", "tonnes", "barrels", "units", "cases", "deaths", "hours", "minutes", "times", "residents", "students", "homes", "acres", "kilometres", "kilometers", "pounds", "dollars", "euros", "yuan", "yen", "rupees", "mw", "gb", "mb", "ft", "kg", "cc", "hp", "rpm", "-", ":" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Before a year below 1900, one of these is needed ("in 1815", "since 1776").</summary>
    public static readonly FrozenSet<string> BeforeOldYear =
        new[] { "in", "since", "of", "from", "until", "till", "by", "before", "after", "year", "circa", "c.", "early", "late", "mid", "and", "to", "between" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Before a weekday, these make it a recurring time, which is left out ("every Monday").</summary>
    public static readonly FrozenSet<string> Recurring =
        new[] { "every", "each", "most", "some", "any", "other" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that join two times into a range ("10 to 13", "Monday through Wednesday").</summary>
    public static readonly FrozenSet<string> RangeJoiners =
        new[] { "to", "through", "thru", "until", "till", "–", "-", "—" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepositions that start a clock time's context ("at 3 p.m.", "by 15:00").</summary>
    public static readonly FrozenSet<string> BeforeClock =
        new[] { "at", "around", "about", "by", "until", "till", "before", "after", "from", "to", "since", "approximately", "roughly", "shortly", "just" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
