using System.Collections.Frozen;

namespace Newsgraph.Time.Lexicon;

/// <summary>
/// Words before a time that keep its value but make it fuzzy ("early June" is 2009-06, approximate).
/// They are part of the expression, as the annotation conventions want ("the end of August",
/// "around midnight", "late 2006").
/// </summary>
internal static class Modifiers
{
    /// <summary>One word before the time.</summary>
    public static readonly FrozenSet<string> Single =
        new[] { "early", "late", "mid", "around", "about", "approximately", "roughly", "nearly", "almost", "circa", "shortly" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"the end of", "the beginning of": the second word of a three-word modifier.</summary>
    public static readonly FrozenSet<string> PartOf =
        new[] { "end", "beginning", "start", "middle", "turn", "close", "rest", "remainder", "first", "last" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Modifiers that only make sense before a point in time, never before a bare year count ("about 2000").</summary>
    public static readonly FrozenSet<string> Approximators =
        new[] { "around", "about", "approximately", "roughly", "nearly", "almost", "circa", "shortly" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
