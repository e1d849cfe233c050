using System.Collections.Frozen;

namespace Newsgraph.Time.Lexicon;

/// <summary>Seasons (northern hemisphere), written with the TIMEX3 codes ISO 8601 lacks: SP, SU, FA, WI.</summary>
internal static class Seasons
{
    public static readonly FrozenDictionary<string, string> Codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["spring"] = "SP", ["summer"] = "SU", ["autumn"] = "FA", ["fall"] = "FA", ["winter"] = "WI",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>First month of each season; winter starts in December of the year it is named for.</summary>
    public static int FirstMonth(string code) => code switch
    {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    };
}
