using System.Collections.Frozen;

namespace Newsgraph.Time.Lexicon;

/// <summary>Month names and their abbreviations (with or without the period), lower case → month number.</summary>
internal static class MonthNames
{
    public static readonly FrozenDictionary<string, int> ByName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sept"] = 9, ["sep"] = 9, ["october"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Month names that are also common English words or first names ("may", "march", "April Ryan",
    /// "Theresa May"): alone they count only after a time preposition or modifier, never next to a
    /// capitalised name.
    /// </summary>
    public static readonly FrozenSet<string> Ambiguous =
        new[] { "march", "mar", "april", "apr", "may", "june", "jun", "august", "aug", "jan", "sep", "oct", "dec" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Short forms that are months only when a day number follows ("Dec 12"), never alone.</summary>
    public static readonly FrozenSet<string> ShortOnly =
        new[] { "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
