namespace Newsgraph.Time.Resolution;

/// <summary>The numbers the resolver's choices turn on, each with its reason.</summary>
internal static class ResolutionRules
{
    /// <summary>
    /// A weekday with no tense to go by is the one at most this many days back, else the coming
    /// one: news reports mostly what happened, so the past gets the middle day (Thursday in a
    /// Monday paper is last Thursday).
    /// </summary>
    public const int NeutralWeekdayDaysBack = 3;

    /// <summary>
    /// The story day (the day the report is about, and the day its quotes were spoken) is the last
    /// day-level date mentioned that lies this many days before the publication date or fewer.
    /// </summary>
    public const int StoryDayWindow = 7;

    /// <summary>
    /// An embedded post's own date (a tweet's "— Name (@handle) November 19, 2019" line) later than
    /// the publication date shows the text was updated then; it becomes the anchor if it is at most
    /// this many days later.
    /// </summary>
    public const int EmbeddedPostWindow = 14;

    /// <summary>Two-digit years above the anchor's two digits plus this are last century ("’82" in 2008 is 1982; "’09" is 2009).</summary>
    public const int TwoDigitYearLookahead = 1;
}
