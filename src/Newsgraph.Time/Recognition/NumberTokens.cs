using System.Globalization;

namespace Newsgraph.Time.Recognition;

/// <summary>Reads day numbers, years and clock times out of number tokens.</summary>
internal static class NumberTokens
{
    /// <summary>"18", "18th", "1st" → 18, 1 (1..31).</summary>
    public static bool TryDay(ReadOnlySpan<char> s, out int day)
    {
        day = 0;
        int digits = CountDigits(s);
        if (digits is 0 or > 2)
        {
            return false;
        }

        var rest = s[digits..];
        if (rest.Length != 0 && !(rest.Length == 2 && IsOrdinalSuffix(rest)))
        {
            return false;
        }

        day = int.Parse(s[..digits], CultureInfo.InvariantCulture);
        return day is >= 1 and <= 31;
    }

    /// <summary>"10–13" or "10-13" → (10, 13): a day range written as one token.</summary>
    public static bool TryDayRange(ReadOnlySpan<char> s, out int first, out int last)
    {
        first = last = 0;
        int dash = s.IndexOfAny('–', '-');
        if (dash < 0 || s.IndexOfAny('—', '/') >= 0)
        {
            return false;
        }

        return TryDay(s[..dash], out first) && TryDay(s[(dash + 1)..], out last) && last > first;
    }

    /// <summary>A four-digit year 1000..2999, digits only.</summary>
    public static bool TryYear(ReadOnlySpan<char> s, out int year)
    {
        year = 0;
        if (s.Length != 4 || CountDigits(s) != 4)
        {
            return false;
        }

        year = int.Parse(s, CultureInfo.InvariantCulture);
        return year is >= 1000 and <= 2999;
    }

    /// <summary>"’82" or "'82": a two-digit year.</summary>
    public static bool TryApostropheYear(ReadOnlySpan<char> s, out int twoDigits)
    {
        twoDigits = 0;
        if (s.Length != 3 || s[0] is not ('\'' or '’') || CountDigits(s[1..]) != 2)
        {
            return false;
        }

        twoDigits = int.Parse(s[1..], CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>"1990s" → 199; "’90s", "90s" → 90 with <paramref name="twoDigit"/> set.</summary>
    public static bool TryDecade(ReadOnlySpan<char> s, out int decade, out bool twoDigit)
    {
        decade = 0;
        twoDigit = false;
        if (s.Length > 0 && s[0] is '\'' or '’')
        {
            s = s[1..];
            twoDigit = true;
        }

        if (s.Length < 3 || s[^1] != 's')
        {
            return false;
        }

        var digits = s[..^1];
        if (digits.Length == 4 && CountDigits(digits) == 4 && digits[3] == '0')
        {
            decade = int.Parse(digits[..3], CultureInfo.InvariantCulture);
            twoDigit = false;
            return decade is >= 100 and <= 299;
        }

        if (digits.Length == 2 && CountDigits(digits) == 2 && digits[1] == '0')
        {
            decade = int.Parse(digits, CultureInfo.InvariantCulture);
            twoDigit = true;
            return true;
        }

        return false;
    }

    /// <summary>"6:38" → (6, 38); "16:08" → (16, 8); "6" → (6, 0).</summary>
    public static bool TryClock(ReadOnlySpan<char> s, out int hour, out int minute)
    {
        hour = minute = 0;
        int colon = s.IndexOf(':');
        var h = colon < 0 ? s : s[..colon];
        if (h.Length is 0 or > 2 || CountDigits(h) != h.Length)
        {
            return false;
        }

        hour = int.Parse(h, CultureInfo.InvariantCulture);
        if (colon >= 0)
        {
            var m = s[(colon + 1)..];
            if (m.Length != 2 || CountDigits(m) != 2)
            {
                return false;
            }

            minute = int.Parse(m, CultureInfo.InvariantCulture);
        }

        return hour <= 24 && minute <= 59;
    }

    /// <summary>"0800" → (8, 0): military time, only with a zone after it.</summary>
    public static bool TryMilitary(ReadOnlySpan<char> s, out int hour, out int minute)
    {
        hour = minute = 0;
        if (s.Length != 4 || CountDigits(s) != 4)
        {
            return false;
        }

        hour = int.Parse(s[..2], CultureInfo.InvariantCulture);
        minute = int.Parse(s[2..], CultureInfo.InvariantCulture);
        return hour <= 23 && minute <= 59;
    }

    /// <summary>"3pm", "10am", "3.30pm" written as one token → hour, minute and whether it is p.m.</summary>
    public static bool TryJoinedMeridiem(ReadOnlySpan<char> s, out int hour, out int minute, out bool pm)
    {
        hour = minute = 0;
        pm = false;
        if (s.Length < 3)
        {
            return false;
        }

        var mark = s[^2..];
        if (mark.Equals("pm", StringComparison.OrdinalIgnoreCase))
        {
            pm = true;
        }
        else if (!mark.Equals("am", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var clock = s[..^2].ToString().Replace('.', ':');
        return TryClock(clock, out hour, out minute) && hour is >= 1 and <= 12;
    }

    public static int CountDigits(ReadOnlySpan<char> s)
    {
        int n = 0;
        while (n < s.Length && char.IsAsciiDigit(s[n]))
        {
            n++;
        }

        return n;
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase);
}
