using System.Globalization;
using Newsgraph.Core.Documents;
using Newsgraph.Time.Recognition;

namespace Newsgraph.Time.Resolution;

/// <summary>
/// The anchor that relative times count from: the publication date, moved later when the text
/// embeds a post dated after it (the page was updated then, and "Tuesday" in the updated text is
/// that week's).
/// </summary>
internal static class DocumentTime
{
    /// <summary>The date part of <see cref="ArticleInfo.Published"/> ("2019-11-19" or "2019-11-19T08:00:00-05:00").</summary>
    public static DateOnly? Published(ArticleInfo? info)
    {
        var published = info?.Published;
        if (published is null || published.Length < 10)
        {
            return null;
        }

        return DateOnly.TryParseExact(published.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
    }

    /// <summary>
    /// The latest full date that signs an embedded post ("— Rep. Ilhan Omar (@Ilhan) November 19,
    /// 2019": a line opened by a dash that names a handle), when it is after the publication date
    /// and within <see cref="ResolutionRules.EmbeddedPostWindow"/> days of it.
    /// </summary>
    public static DateOnly? Anchor(DateOnly? published, string text, IEnumerable<(int Start, Mention Mention)> mentions)
    {
        if (published is not { } anchor)
        {
            return null;
        }

        foreach (var (start, m) in mentions)
        {
            if (m.Kind != MentionKind.Calendar || m.Year is not { } y || m.Month is not { } mo || m.Day is not { } d || d > DateTime.DaysInMonth(y, mo))
            {
                continue;
            }

            var date = new DateOnly(y, mo, d);
            if (date > anchor && date <= published.Value.AddDays(ResolutionRules.EmbeddedPostWindow) && SignsPost(text, start))
            {
                anchor = date;
            }
        }

        return anchor;
    }

    private static bool SignsPost(string text, int start)
    {
        int lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var line = text.AsSpan(lineStart, start - lineStart).TrimStart();
        return line.Length > 0 && line[0] is '—' or '–' or '-' && line.Contains("(@", StringComparison.Ordinal) && line.Length < 200;
    }
}
