using Newsgraph.Time.Lexicon;

namespace Newsgraph.Time.Recognition;

/// <summary>"Monday", "Monday night", "Tuesday morning"; not "every Monday" (recurring) nor "Black Monday" (a named day).</summary>
internal static class WeekdayPatterns
{
    public static Match? At(TokenView v, int i)
    {
        if (!v.IsWord(i) || !v.IsCapitalised(i) || !v.TryGet(i, WeekdayNames.Full, out DayOfWeek weekday))
        {
            return null;
        }

        if (v.IsAny(i - 1, ContextWords.Recurring) || (v.IsCapitalised(i - 1) && v.IsAny(i - 1, WeekdayNames.NamedDayPrefixes)))
        {
            return null;
        }

        int end = v.IsAny(i + 1, PartsOfDay.Names) ? i + 2 : i + 1;
        return new Match(i, end, new Mention(MentionKind.Weekday) { Weekday = weekday });
    }
}
