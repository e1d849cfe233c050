using System.Collections.Frozen;
using Newsgraph.Time.Recognition;

namespace Newsgraph.Time.Lexicon;

/// <summary>Calendar units as nouns, singular and plural ("two weeks ago", "next month").</summary>
internal static class TimeUnits
{
    public static readonly FrozenDictionary<string, TimeUnit> ByName = new Dictionary<string, TimeUnit>(StringComparer.OrdinalIgnoreCase)
    {
        ["day"] = TimeUnit.Day, ["days"] = TimeUnit.Day, ["week"] = TimeUnit.Week, ["weeks"] = TimeUnit.Week,
        ["weekend"] = TimeUnit.Weekend, ["month"] = TimeUnit.Month, ["months"] = TimeUnit.Month,
        ["quarter"] = TimeUnit.Quarter, ["year"] = TimeUnit.Year, ["years"] = TimeUnit.Year,
        ["decade"] = TimeUnit.Decade, ["decades"] = TimeUnit.Decade,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
}
