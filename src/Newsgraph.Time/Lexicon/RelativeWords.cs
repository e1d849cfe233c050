using System.Collections.Frozen;

namespace Newsgraph.Time.Lexicon;

/// <summary>Words that shift a unit or a name relative to now or to the time talked about.</summary>
internal static class RelativeWords
{
    /// <summary>Deictic shifts before a unit, weekday, month or season: "last week", "next Monday", "this spring".</summary>
    public static readonly FrozenDictionary<string, int> Deictic = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["last"] = -1, ["next"] = 1, ["this"] = 0, ["coming"] = 1,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Anaphoric shifts after "the": "the next year" is the year after the one just talked about.</summary>
    public static readonly FrozenDictionary<string, int> Anaphoric = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["next"] = 1, ["following"] = 1, ["previous"] = -1, ["preceding"] = -1, ["prior"] = -1,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>"today" and its neighbours: offset in days from the speech time.</summary>
    public static readonly FrozenDictionary<string, int> DayWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["today"] = 0, ["tonight"] = 0, ["yesterday"] = -1, ["tomorrow"] = 1,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Direction words after a count and unit: "two weeks ago" (speech time), "a month earlier" (referent).</summary>
    public static readonly FrozenDictionary<string, int> AfterCount = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["earlier"] = -1, ["before"] = -1, ["prior"] = -1, ["later"] = 1, ["after"] = 1, ["afterwards"] = 1, ["afterward"] = 1,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
}
