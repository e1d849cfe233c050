using System.Collections.Immutable;

namespace Newsgraph.Core.Documents;

/// <summary>The layer the time stage produces: date and time expressions resolved to ISO values.</summary>
public static class TimeLayers
{
    /// <summary>Time expressions in text order; ids are "t1", "t2", ….</summary>
    public static readonly LayerKey<ImmutableArray<TimeExpression>> Expressions = new("time.expressions");
}

/// <summary>How sure a resolved time value is.</summary>
public enum TimeCertainty
{
    Exact,
    Approximate,
    Unresolved,
}

/// <summary>
/// One date or time expression: its span, its ISO 8601 value ("2023-09-10", "2023-W37", "2023-09",
/// "2023-09-05T14:00"), the calendar range it covers when that helps ("next week" → Monday..Sunday),
/// and how certain the value is. <see cref="Value"/> is null when unresolved.
/// </summary>
public sealed record TimeExpression
{
    public required string Id { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public string? Value { get; init; }

    /// <summary>First day of the range (ISO date), or null.</summary>
    public string? RangeStart { get; init; }

    /// <summary>Last day of the range (ISO date, inclusive), or null.</summary>
    public string? RangeEnd { get; init; }

    public required TimeCertainty Certainty { get; init; }

    public TextSpan Span => new(Start, End);
}
