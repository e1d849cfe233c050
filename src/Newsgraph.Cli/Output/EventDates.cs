using System.Globalization;

namespace Newsgraph.Cli.Output;

/// <summary>The day an exported event is dated: its own resolved time when that names a day,
/// else the article's publication date (GDELT and PLOVER both date events by the report).</summary>
internal static class EventDates
{
    public static DateOnly? Of(Newsgraph.Corpus.Store.StoredEvent e) => Day(e.Time) ?? Day(e.Published);

    /// <summary>The yyyy-MM-dd at the start of an ISO 8601 value, if it has one.</summary>
    public static DateOnly? Day(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
}
