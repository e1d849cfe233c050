namespace Newsgraph.Time.Recognition;

/// <summary>How a mention gets its value.</summary>
internal enum MentionKind
{
    /// <summary>Calendar fields as written ("September 10, 2023", "July", "2016", "the 1990s", "Q3 2009"); a missing year is inferred.</summary>
    Calendar,

    /// <summary>A weekday ("Monday", "last Tuesday"): the nearest one in the direction of the tense.</summary>
    Weekday,

    /// <summary>An offset from the speech time ("today", "yesterday", "last week", "next year", "two weeks ago").</summary>
    Deictic,

    /// <summary>An offset from the time the text last talked about ("the next year", "a month earlier", "that day", "at the time").</summary>
    Anaphoric,

    /// <summary>A part of the report's current day ("earlier in the day", "in the morning").</summary>
    StoryDay,

    /// <summary>A clock time alone ("6:38 p.m."); its day comes from a date next to it or the story day.</summary>
    Clock,

    /// <summary>A range of two mentions ("September 10–13", "between March and May").</summary>
    Range,
}
