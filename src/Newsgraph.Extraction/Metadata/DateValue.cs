using System.Globalization;

namespace Newsgraph.Extraction.Metadata;

/// <summary>A date read from a page: the calendar date as written, the time when given, and the
/// UTC offset when the source states one (Z counts as a stated offset of zero).</summary>
internal readonly record struct DateValue(DateOnly Date, TimeOnly? Time, TimeSpan? Offset)
{
    public bool IsUtc => Offset == TimeSpan.Zero;

    /// <summary>The instant, when time and offset are known.</summary>
    public DateTimeOffset? Instant => Time is { } t && Offset is { } o ? new DateTimeOffset(Date.ToDateTime(t), o) : null;

    /// <summary>The same instant seen at another offset (its local date there).</summary>
    public DateValue At(TimeSpan offset)
    {
        if (Instant is not { } instant)
        {
            return this;
        }

        var local = instant.ToOffset(offset);
        return new DateValue(DateOnly.FromDateTime(local.DateTime), TimeOnly.FromDateTime(local.DateTime), offset);
    }

    public string ToIso()
    {
        if (Instant is { } instant)
        {
            return instant.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        }

        return Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
