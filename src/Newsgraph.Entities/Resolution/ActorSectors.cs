using System.Collections.Frozen;

namespace Newsgraph.Entities.Resolution;

/// <summary>
/// Reads a CAMEO actor code ("RUSGOV", "IGOUNO", "AFGREB") into the country it belongs to and a
/// sector word for the report. CAMEO codes are three-letter chunks: a country (ISO 3166 alpha-3)
/// or an international type first, then roles.
/// </summary>
internal static class ActorSectors
{
    private static readonly FrozenDictionary<string, string> SectorByChunk = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["GOV"] = "government",
        ["MIL"] = "military",
        ["LEG"] = "legislature",
        ["JUD"] = "judiciary",
        ["OPP"] = "opposition",
        ["REB"] = "rebels",
        ["INS"] = "insurgents",
        ["SEP"] = "separatists",
        ["MED"] = "media",
        ["BUS"] = "business",
        ["MNC"] = "business",
        ["COP"] = "police",
        ["SPY"] = "intelligence",
        ["ELI"] = "elite",
        ["PTY"] = "party",
        ["EDU"] = "education",
        ["HLH"] = "health",
        ["REL"] = "religion",
        ["CVL"] = "civilian",
        ["LAB"] = "labour",
        ["AGR"] = "agriculture",
        ["REF"] = "refugees",
        ["HRI"] = "human rights",
        ["ENV"] = "environment",
        ["CRM"] = "criminal",
        ["IGO"] = "intergovernmental",
        ["NGO"] = "ngo",
        ["UAF"] = "armed forces",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The sector of an international code (IGO, NGO, MNC), else of its first role chunk after the country, or null.</summary>
    public static string? SectorOf(string code)
    {
        if (code.Length == 3 || (code.Length > 3 && code[..3] is "IGO" or "NGO" or "MNC"))
        {
            return SectorByChunk.GetValueOrDefault(code[..3]);
        }

        for (int at = 3; at + 3 <= code.Length; at += 3)
        {
            if (SectorByChunk.TryGetValue(code.Substring(at, 3), out string? sector))
            {
                return sector;
            }
        }

        return null;
    }

    /// <summary>The alpha-3 country chunk, if the code starts with one.</summary>
    public static string? CountryChunk(string code) => code.Length >= 3 ? code[..3] : null;
}
