using System.Globalization;
using System.Text.RegularExpressions;
using Newsgraph.Extraction.Metadata.Tables;

namespace Newsgraph.Extraction.Metadata;

/// <summary>
/// Reads dates as pages write them: ISO 8601 from metadata, and the shown forms ("Nov. 19, 2019
/// 8:03 am ET", "19 Nov 2019 05:44 GMT", "25. September 2018", "22 de outubro de 2010",
/// "18.11.2019, 21:17", "11/19/19 06:56 AM EST", "2018-08-16").
/// </summary>
internal static partial class DateParser
{
    public static bool TryParse(string? text, out DateValue value) => TryParse(text, null, out value);

    /// <param name="yearHint">Year to use for shown dates that omit it ("Posted Nov 18, 8:19 PM").</param>
    public static bool TryParse(string? text, int? yearHint, out DateValue value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 400)
        {
            return false;
        }

        return TryIso(text, out value) || TryShown(text, yearHint, out value);
    }

    private static bool TryIso(string text, out DateValue value)
    {
        value = default;
        var m = IsoPattern().Match(text);
        if (!m.Success || !MakeDate(Int(m.Groups["y"]), Int(m.Groups["m"]), Int(m.Groups["d"]), out var date))
        {
            return false;
        }

        TimeOnly? time = null;
        if (m.Groups["h"].Success && Int(m.Groups["h"]) < 24 && Int(m.Groups["mi"]) < 60)
        {
            time = new TimeOnly(Int(m.Groups["h"]), Int(m.Groups["mi"]), m.Groups["s"].Success ? Math.Min(59, Int(m.Groups["s"])) : 0);
        }

        TimeSpan? offset = null;
        if (time is not null && m.Groups["z"].Success)
        {
            offset = ParseOffset(m.Groups["z"].Value);
        }

        value = new DateValue(date, time, offset);
        return true;
    }

    private static bool TryShown(string text, int? yearHint, out DateValue value)
    {
        value = default;
        DateOnly date = default;
        int dateEnd = -1;
        bool found = false;

        var m = MonthFirst().Match(text);
        if (m.Success && Month(m.Groups["mon"].Value) is int mon1 && MakeDate(Year(m.Groups["y"]), mon1, Int(m.Groups["d"]), out date))
        {
            found = true;
            dateEnd = m.Index + m.Length;
        }

        if (!found && (m = DayFirst().Match(text)).Success && Month(m.Groups["mon"].Value) is int mon2 && MakeDate(Year(m.Groups["y"]), mon2, Int(m.Groups["d"]), out date))
        {
            found = true;
            dateEnd = m.Index + m.Length;
        }

        if (!found && (m = Numeric().Match(text)).Success)
        {
            int a = Int(m.Groups["a"]);
            int b = Int(m.Groups["b"]);
            int y = Year(m.Groups["y"]);
            char sep = m.Groups["sep"].Value[0];

            // Dots and day-first values are day.month; slashes are month/day unless the first number can't be a month.
            bool dayFirst = sep == '.' || sep == '-' || a > 12;
            found = dayFirst ? MakeDate(y, b, a, out date) : MakeDate(y, a, b, out date);
            dateEnd = m.Index + m.Length;
        }

        if (!found && yearHint is int hint && (m = MonthDayNoYear().Match(text)).Success && Month(m.Groups["mon"].Value) is int mon3 && MakeDate(hint, mon3, Int(m.Groups["d"]), out date))
        {
            found = true;
            dateEnd = m.Index + m.Length;
        }

        if (!found)
        {
            return false;
        }

        TimeOnly? time = null;
        TimeSpan? offset = null;
        var t = TimePattern().Match(text);
        if (t.Success)
        {
            int h = Int(t.Groups["h"]);
            int mi = Int(t.Groups["mi"]);
            string ampm = t.Groups["ampm"].Value.Replace(".", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
            if (ampm == "pm" && h < 12)
            {
                h += 12;
            }
            else if (ampm == "am" && h == 12)
            {
                h = 0;
            }

            if (h < 24 && mi < 60)
            {
                time = new TimeOnly(h, mi);
                if (t.Groups["zone"].Success && DateCues.ZoneMinutes.TryGetValue(t.Groups["zone"].Value, out int minutes))
                {
                    offset = TimeSpan.FromMinutes(minutes);
                }
            }
        }

        _ = dateEnd;
        value = new DateValue(date, time, offset);
        return true;
    }

    private static int? Month(string name)
    {
        string n = name.Trim('.').ToLowerInvariant();
        return DateCues.Months.TryGetValue(n, out int m) ? m : null;
    }

    private static int Year(Group g)
    {
        int y = Int(g);
        return g.Value.Length == 2 ? 2000 + y : y;
    }

    private static bool MakeDate(int y, int m, int d, out DateOnly date)
    {
        date = default;
        if (y < DateCues.MinYear || y > 2100 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

    private static TimeSpan? ParseOffset(string z)
    {
        if (z is "Z" or "z")
        {
            return TimeSpan.Zero;
        }

        string digits = z[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        if (digits.Length != 4 || !int.TryParse(digits.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int h) ||
            !int.TryParse(digits.AsSpan(2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int m) || h > 14)
        {
            return null;
        }

        var span = new TimeSpan(h, m, 0);
        return z[0] == '-' ? -span : span;
    }

    private static int Int(Group g) => int.TryParse(g.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : -1;

    [GeneratedRegex(@"(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[T ]+(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,]\d+)?)?\s*(?<z>Z|[+-]\d{2}:?\d{2})?)?", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"(?<![\p{L}])(?<mon>\p{L}{3,10})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\.?,?\s+(?:de\s+)?(?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(?<mon>\p{L}{3,10})\.?,?\s+(?:de\s+)?(?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"(?<!\d)(?<a>\d{1,2})(?<sep>[./-])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<![\p{L}])(?<mon>\p{L}{3,10})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?!:)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayNoYear();

    [GeneratedRegex(@"(?<!\d)(?<h>\d{1,2})[:.h](?<mi>\d{2})(?::\d{2})?(?!\d)(?![.]\d)\s*(?<ampm>[ap]\.?m\.?)?\s*(?<zone>UTC|GMT|BST|CEST|CET|EEST|EET|MSK|IST|HKT|SGT|JST|KST|AEST|AEDT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|HST|ET|CT|MT|PT)?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimePattern();
}
