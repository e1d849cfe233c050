using System.Collections.Immutable;
using Newsgraph.Core.Documents;
using Newsgraph.Time.Lexicon;

namespace Newsgraph.Time.Recognition;

/// <summary>
/// Finds time expressions in one sentence: at each token the longest match of any pattern family
/// wins, with its modifiers ("early", "the end of"); then clock times join the day right after
/// them ("12:00 UTC Monday") and dates joined by "to", a dash or "between … and" become ranges.
/// Every pattern looks at a bounded number of tokens, so the work is linear in the sentence.
/// </summary>
internal static class TimeRecognizer
{
    public static List<Match> Find(string text, ImmutableArray<Token> tokens, Sentence sentence)
    {
        var v = new TokenView(text, tokens, sentence.FirstToken, sentence.EndToken);
        var found = new List<Match>();
        int i = v.First;
        while (i < v.End)
        {
            var match = Starters.CanStart(v, i) ? WithModifier(v, i) ?? Best(v, i) : null;
            if (match is null)
            {
                i++;
                continue;
            }

            found.Add(match);
            i = match.EndToken;
        }

        return JoinRanges(v, JoinClockAndDay(v, found));
    }

    private static Match? Best(TokenView v, int i)
    {
        Match? best = null;
        Consider(ref best, DatePatterns.At(v, i));
        Consider(ref best, PeriodPatterns.At(v, i));
        Consider(ref best, RelativePatterns.At(v, i));
        Consider(ref best, WeekdayPatterns.At(v, i));
        Consider(ref best, ClockPatterns.At(v, i));
        Consider(ref best, YearPatterns.At(v, i));
        return best;
    }

    private static void Consider(ref Match? best, Match? candidate)
    {
        if (candidate is not null && (best is null || candidate.EndToken > best.EndToken))
        {
            best = candidate;
        }
    }

    /// <summary>"early June", "the end of August", "around midnight", "the beginning of the year".</summary>
    private static Match? WithModifier(TokenView v, int i)
    {
        int k;
        if (v.IsAny(i, Modifiers.Single))
        {
            k = v.Is(i + 1, "-") && v.Touch(i, i + 1) ? i + 2 : i + 1;
        }
        else if (v.Is(i, "the") && v.IsAny(i + 1, Modifiers.PartOf) && v.Is(i + 2, "of"))
        {
            k = i + 3;
            if (v.Is(k, "the") && v.TryGet(k + 1, TimeUnits.ByName, out TimeUnit unit) && unit is TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Day
                && !v.At(k + 1).EndsWith("s", StringComparison.OrdinalIgnoreCase))
            {
                return new Match(i, k + 2, new Mention(MentionKind.Deictic) { Unit = unit, Fuzzy = true });
            }
        }
        else
        {
            return null;
        }

        var core = Best(v, k);
        if (core is null || core.FirstToken != k)
        {
            return null;
        }

        // "about 2000" is a count; "around noon", "about a month earlier" are times.
        if (v.IsAny(i, Modifiers.Approximators) && core.Mention.Kind == MentionKind.Calendar && core.Mention.Day is null)
        {
            return null;
        }

        return new Match(i, core.EndToken, core.Mention with { Fuzzy = true });
    }

    /// <summary>A clock time directly followed by its day ("12:00 UTC Monday", "3 p.m. today") is one expression.</summary>
    private static List<Match> JoinClockAndDay(TokenView v, List<Match> found)
    {
        for (int n = 0; n + 1 < found.Count; n++)
        {
            var clock = found[n];
            var day = found[n + 1];
            if (clock.Mention.Kind == MentionKind.Clock && day.FirstToken == clock.EndToken && day.Mention.IsDayLevel
                && day.Mention.Hour is null && day.Mention.Kind != MentionKind.Range)
            {
                found[n] = new Match(clock.FirstToken, day.EndToken, day.Mention with
                {
                    Hour = clock.Mention.Hour, Minute = clock.Mention.Minute, Utc = clock.Mention.Utc, Midnight = clock.Mention.Midnight,
                    Fuzzy = day.Mention.Fuzzy || clock.Mention.Fuzzy,
                });
                found.RemoveAt(n + 1);
            }
        }

        return found;
    }

    /// <summary>"Monday to Wednesday", "March–May", "between 2010 and 2015", "from June to August".</summary>
    private static List<Match> JoinRanges(TokenView v, List<Match> found)
    {
        for (int n = 0; n + 1 < found.Count; n++)
        {
            var a = found[n];
            var b = found[n + 1];
            if (b.FirstToken != a.EndToken + 1 || !Joinable(a.Mention, b.Mention))
            {
                continue;
            }

            int joiner = a.EndToken;
            bool joins = v.IsAny(joiner, ContextWords.RangeJoiners) && !(v.Is(joiner, "to") && !v.Is(a.FirstToken - 1, "from"))
                || (v.Is(joiner, "and") && v.Is(a.FirstToken - 1, "between"));
            if (!joins)
            {
                continue;
            }

            found[n] = new Match(a.FirstToken, b.EndToken, new Mention(MentionKind.Range) { From = a.Mention, To = b.Mention });
            found.RemoveAt(n + 1);
        }

        return found;
    }

    private static bool Joinable(Mention a, Mention b) =>
        a.Kind == b.Kind && a.Kind is MentionKind.Calendar or MentionKind.Weekday && a.Hour is null && b.Hour is null
        && (a.Day is null) == (b.Day is null) && a.Decade is null && b.Decade is null && a.Quarter is null && b.Quarter is null
        && a.Season is null && b.Season is null;
}
