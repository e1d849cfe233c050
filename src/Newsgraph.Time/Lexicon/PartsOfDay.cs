using System.Collections.Frozen;

namespace Newsgraph.Time.Lexicon;

/// <summary>
/// Parts of the day. Our convention (docs/time.md) maps a part of the day to its date ("Monday
/// night" → 2019-11-18); the hour is not guessed.
/// </summary>
internal static class PartsOfDay
{
    public static readonly FrozenSet<string> Names =
        new[] { "morning", "afternoon", "evening", "night", "overnight" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
