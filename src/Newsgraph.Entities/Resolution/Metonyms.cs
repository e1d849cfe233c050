using System.Collections.Frozen;

namespace Newsgraph.Entities.Resolution;

/// <summary>
/// Names that stand for a government. Seats of government ("the White House", "the Kremlin") are
/// organisations with the country they belong to; a capital city used for its government
/// ("Pyongyang has made …") is, by the gold convention, an alias of the country, and decided per
/// mention by <see cref="IsLiteralPlaceContext"/>.
/// </summary>
internal static class Metonyms
{
    public sealed record Seat(string Name, string Iso2);

    /// <summary>Seats of government and state buildings reported as actors, keyed by lookup form.</summary>
    public static readonly FrozenDictionary<string, Seat> Seats = new Dictionary<string, Seat>(StringComparer.Ordinal)
    {
        ["white house"] = new("White House", "US"),
        ["kremlin"] = new("Kremlin", "RU"),
        ["pentagon"] = new("Pentagon", "US"),
        ["downing street"] = new("Downing Street", "GB"),
        ["number 10"] = new("Downing Street", "GB"),
        ["elysee"] = new("Elysee", "FR"),
        ["elysee palace"] = new("Elysee Palace", "FR"),
        ["blue house"] = new("Blue House", "KR"),
        ["zhongnanhai"] = new("Zhongnanhai", "CN"),
        ["foggy bottom"] = new("Foggy Bottom", "US"),
        ["quai d'orsay"] = new("Quai d'Orsay", "FR"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Words before a capital that make it the place, not the government: "in Beijing", "to Moscow",
    /// "the mayor of Kabul". Without one, a capital reads as its government ("Beijing said").
    /// </summary>
    private static readonly FrozenSet<string> LocativeWords = FrozenSet.ToFrozenSet(
    [
        "in", "to", "from", "at", "near", "into", "outside", "inside", "around", "across", "via", "toward", "towards",
        "through", "throughout", "visit", "visited", "visiting", "visits", "of", "downtown", "central", "left", "reached",
        "arrived", "based", "over", "above", "leaving", "left", "flew", "streets", "on",
    ], StringComparer.Ordinal);

    /// <summary>True when the word before a capital, or a ", D.C."-style tail, shows the city itself is meant.</summary>
    public static bool IsLiteralPlaceContext(string? previousWordKey, string? nextWord, string? wordAfterNext) =>
        (previousWordKey is not null && LocativeWords.Contains(previousWordKey))
        || (nextWord == "," && wordAfterNext is { Length: > 0 } && char.IsUpper(wordAfterNext[0]));
}
