using Newsgraph.Core.Documents;
using Newsgraph.Time.Lexicon;

namespace Newsgraph.Time.Recognition;

/// <summary>
/// Clock times: "3 p.m.", "6:38 p.m. ET", "3pm", "16:08 UTC", "0800 GMT", "noon", "midnight",
/// "at 15:30". A 24-hour time without a zone needs a preposition before it ("at 15:30"), so
/// scores and ratios ("won 3:2") stay out.
/// </summary>
internal static class ClockPatterns
{
    public static Match? At(TokenView v, int i)
    {
        if (!v.Has(i))
        {
            return null;
        }

        if (v.Is(i, "noon") || v.Is(i, "midday"))
        {
            return new Match(i, i + 1, new Mention(MentionKind.Clock) { Hour = 12, Minute = 0 });
        }

        if (v.Is(i, "midnight"))
        {
            return new Match(i, i + 1, new Mention(MentionKind.Clock) { Hour = 0, Minute = 0, Midnight = true });
        }

        if (v.Kind(i) != TokenKind.Number)
        {
            return null;
        }

        var s = v.At(i);
        if (NumberTokens.TryJoinedMeridiem(s, out int hour, out int minute, out bool pm))
        {
            return WithZone(v, i, i + 1, To24(hour, pm), minute);
        }

        if (NumberTokens.TryClock(s, out hour, out minute))
        {
            int k = i + 1;
            bool am = v.IsAny(k, ClockWords.Am);
            pm = v.IsAny(k, ClockWords.Pm);
            if ((am || pm) && hour is >= 1 and <= 12)
            {
                return WithZone(v, i, k + 1, To24(hour, pm), minute);
            }

            if (v.Is(k, "o'clock") || v.Is(k, "o’clock"))
            {
                return WithZone(v, i, k + 1, hour, minute);
            }

            bool colon = s.Contains(':');
            if (colon && (v.IsAny(k, ClockWords.Utc) || v.IsAny(k, ClockWords.Local)))
            {
                return WithZone(v, i, k, hour, minute);
            }

            if (colon && v.IsAny(i - 1, ContextWords.BeforeClock) && hour < 24 && !v.IsPunctuation(k, ':'))
            {
                return WithZone(v, i, k, hour, minute);
            }
        }

        if (NumberTokens.TryMilitary(s, out hour, out minute) && (v.IsAny(i + 1, ClockWords.Utc) || v.Is(i + 1, "hours") || v.Is(i + 1, "hrs")))
        {
            return WithZone(v, i, i + 1, hour, minute);
        }

        return null;
    }

    private static int To24(int hour, bool pm) => pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);

    private static Match WithZone(TokenView v, int start, int k, int hour, int minute)
    {
        bool utc = v.IsAny(k, ClockWords.Utc);
        if (utc || (v.Has(k) && ClockWords.Local.Contains(v.At(k).ToString().ToLowerInvariant()) && v.IsCapitalised(k)))
        {
            k++;
        }
        else if (v.Is(k, "local") && v.Is(k + 1, "time"))
        {
            k += 2;
        }

        return new Match(start, k, new Mention(MentionKind.Clock) { Hour = hour % 24, Minute = minute, Utc = utc });
    }
}
