namespace Newsgraph.Cli.Output;

/// <summary>
/// What the event exports need to know about a PLOVER type (shared/data/events_plover): its quad
/// category (PLOVER manual 0.8, one per type) and the CAMEO root code it collapses
/// (CAMEO2PLOVER-2021.txt read backwards), so a GDELT-style table has codes its readers expect.
/// </summary>
internal static class PloverCodes
{
    /// <summary>Quad categories, numbered as GDELT's QuadClass and PLOVER's quad_code:
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    private static readonly Dictionary<string, (int Quad, string CameoRoot)> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AGREE"] = (1, "03"),
        ["CONSULT"] = (1, "04"),
        ["SUPPORT"] = (1, "05"),
        ["CONCEDE"] = (1, "08"), // CAMEO 081–083 (YIELD, verbal)
        ["COOPERATE"] = (2, "06"),
        ["AID"] = (2, "07"),
        ["RETREAT"] = (2, "08"), // CAMEO 084–087 (YIELD, material)
        ["REQUEST"] = (3, "10"),
        ["ACCUSE"] = (3, "11"), // also CAMEO 09 (investigate), a mode of ACCUSE
        ["REJECT"] = (3, "12"),
        ["THREATEN"] = (3, "13"),
        ["PROTEST"] = (4, "14"),
        ["MOBILIZE"] = (4, "15"),
        ["SANCTION"] = (4, "16"),
        ["COERCE"] = (4, "17"),
        ["ASSAULT"] = (4, "18"), // also CAMEO 19 and 20; 18 is the first of them
    };

    public static int? Quad(string type) => Types.TryGetValue(type, out var codes) ? codes.Quad : null;

    public static string? CameoRoot(string type) => Types.TryGetValue(type, out var codes) ? codes.CameoRoot : null;
}
