namespace Newsgraph.Time.Recognition;

/// <summary>
/// What a time expression says, before it is resolved: the fields the text gives. Which fields
/// matter depends on <see cref="Kind"/>; the resolver turns this into a value.
/// </summary>
internal sealed record Mention(MentionKind Kind)
{
    public int? Year { get; init; }

    /// <summary>A year written with two digits ("’82"): the century is chosen against the anchor.</summary>
    public bool TwoDigitYear { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    public DayOfWeek? Weekday { get; init; }

    /// <summary>-1 "last Monday/September", +1 "next Monday/spring", 0 "this Monday"; null: by tense.</summary>
    public int? Shift { get; init; }

    public int? Quarter { get; init; }

    public int? Half { get; init; }

    /// <summary>TIMEX3 season code: SP, SU, FA, WI.</summary>
    public string? Season { get; init; }

    /// <summary>The decade's first three digits ("199" for the 1990s).</summary>
    public int? Decade { get; init; }

    /// <summary>Step of a deictic or anaphoric offset, and the granularity of its value.</summary>
    public TimeUnit Unit { get; init; } = TimeUnit.Day;

    public int Offset { get; init; }

    /// <summary>"two weeks ago": a point counted back from the speech time, written at day precision for days and weeks.</summary>
    public bool Ago { get; init; }

    /// <summary>"at the time", "that same time": the referent's value at the referent's granularity.</summary>
    public bool SameAsReferent { get; init; }

    /// <summary>"the weekend" with no this/last/next: the one in the tense's direction.</summary>
    public bool ByTense { get; init; }

    public int? Hour { get; init; }

    public int? Minute { get; init; }

    public bool Utc { get; init; }

    /// <summary>"midnight": the end of the day, written as 00:00 of the next day.</summary>
    public bool Midnight { get; init; }

    /// <summary>A modifier made the value fuzzy: early, late, mid, around, the end of, earlier this ….</summary>
    public bool Fuzzy { get; init; }

    /// <summary>For <see cref="MentionKind.Range"/>: the two ends.</summary>
    public Mention? From { get; init; }

    public Mention? To { get; init; }

    /// <summary>True when the mention names a day or a time of day (it can give a clock time its date).</summary>
    public bool IsDayLevel => Kind switch
    {
        MentionKind.Calendar => Day is not null,
        MentionKind.Weekday => true,
        MentionKind.Deictic or MentionKind.Anaphoric => Unit == TimeUnit.Day && !SameAsReferent,
        MentionKind.StoryDay => true,
        _ => false,
    };
}
