using Newsgraph.Time.Recognition;

namespace Newsgraph.Time.Resolution;

/// <summary>Where one expression sits: its sentence's tense, whether it is quoted, and a day next to it for a clock time.</summary>
internal sealed record ResolutionContext(Tense Tense, bool InQuote, ResolvedTime? NeighbourDay = null);

/// <summary>One resolution: the value (null when unresolved) and whether it is approximate.</summary>
internal sealed record Resolution(ResolvedTime? Time, bool Approximate)
{
    public static readonly Resolution Unresolved = new(null, false);

    public bool IsRange => Time is not null && Time.Value.Contains('/');

    public TimeUnit? Granularity => Time?.Granularity;
}
